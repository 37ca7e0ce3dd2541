import net from 'node:net'

/**
 * A loopback TCP proxy in front of PostgreSQL that a test can hold (queries wait, as on a
 * slow or hung database), cut (every connection dropped and new ones refused, as while the
 * database restarts) and restore; or have lose one COMMIT's answer (the database commits,
 * then the connection drops before the app hears so).
 */
export type TcpProxy = {
  port: number
  hold: () => void
  release: () => void
  cut: () => Promise<void>
  restore: () => Promise<void>
  close: () => Promise<void>
  /**
   * On the next connection that sends a statement matching `statement`, lets its COMMIT
   * through, then drops the connection the moment PostgreSQL answers it. Resolves when done.
   */
  loseCommitAnswerAfter: (statement: RegExp) => Promise<void>
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  let holding = false
  const held: (() => void)[] = []
  const sockets = new Set<net.Socket>()
  let server: net.Server | null = null
  let commitTrap: { statement: RegExp; done: () => void } | null = null

  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server = net.createServer((client) => {
        const upstream = net.connect(target.port, target.host)
        sockets.add(client).add(upstream)
        const drop = () => {
          client.destroy()
          upstream.destroy()
          sockets.delete(client)
          sockets.delete(upstream)
        }
        client.on('error', drop).on('close', drop)
        upstream.on('error', drop).on('close', drop)
        // This connection's part in a commit trap: seen the statement, then sent its COMMIT.
        let trapped: 'statement' | 'commit' | null = null
        client.on('data', (chunk) => {
          const text = chunk.toString('latin1')
          if (commitTrap && !trapped && commitTrap.statement.test(text)) trapped = 'statement'
          if (trapped === 'statement' && /\bcommit\b/i.test(text)) trapped = 'commit'
          const forward = () => upstream.write(chunk)
          if (holding) held.push(forward)
          else forward()
        })
        upstream.on('data', (chunk) => {
          if (trapped !== 'commit') return void client.write(chunk)
          const { done } = commitTrap!
          commitTrap = null
          drop()
          done()
        })
      })
      server.once('error', reject)
      server.listen(port, '127.0.0.1', () => resolve((server!.address() as net.AddressInfo).port))
    })

  const stopListening = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy()
      sockets.clear()
      if (!server) return resolve()
      server.close(() => resolve())
      server = null
    })

  const port = await listen(0)
  return {
    port,
    hold: () => {
      holding = true
    },
    release: () => {
      holding = false
      for (const forward of held.splice(0)) forward()
    },
    cut: stopListening,
    restore: async () => {
      await listen(port)
    },
    close: stopListening,
    loseCommitAnswerAfter: (statement) => new Promise<void>((done) => (commitTrap = { statement, done })),
  }
}
