import net from 'node:net'

/**
 * A loopback TCP proxy in front of PostgreSQL that a test can hold (queries wait, as on a
 * slow or hung database), cut (every connection dropped and new ones refused, as while the
 * database restarts) and restore.
 */
export type TcpProxy = {
  port: number
  hold: () => void
  release: () => void
  cut: () => Promise<void>
  restore: () => Promise<void>
  close: () => Promise<void>
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  let holding = false
  const held: (() => void)[] = []
  const sockets = new Set<net.Socket>()
  let server: net.Server | null = null

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
        client.on('data', (chunk) => {
          const forward = () => upstream.write(chunk)
          if (holding) held.push(forward)
          else forward()
        })
        upstream.pipe(client)
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
  }
}
