/**
 * A loopback TCP proxy in front of PostgreSQL that counts the statements the app sends:
 * each simple Query ('Q') and each Execute ('E') of the extended protocol is one
 * statement. It reads the wire protocol only (no SSL: loopback), so it counts what the
 * database really receives, whatever library or ORM sends it.
 */
import net from 'node:net'

/** Splits the client→server byte stream into messages; calls onMessage(type, body). */
function messageReader(onMessage) {
  let buffer = Buffer.alloc(0)
  let startupDone = false
  return (chunk) => {
    buffer = Buffer.concat([buffer, chunk])
    for (;;) {
      if (!startupDone) {
        // The startup message has no type byte: length (4) then the body.
        if (buffer.length < 4) return
        const length = buffer.readInt32BE(0)
        if (buffer.length < length) return
        buffer = buffer.subarray(length)
        startupDone = true
        continue
      }
      if (buffer.length < 5) return
      const length = buffer.readInt32BE(1)
      if (buffer.length < 1 + length) return
      onMessage(String.fromCharCode(buffer[0]), buffer.subarray(5, 1 + length))
      buffer = buffer.subarray(1 + length)
    }
  }
}

/** The SQL text of a Parse ('P': name\0 query\0 ...) or Query ('Q': query\0) message. */
function sqlOf(type, body) {
  if (type === 'Q') return body.subarray(0, body.indexOf(0)).toString('utf8')
  const nameEnd = body.indexOf(0)
  return body.subarray(nameEnd + 1, body.indexOf(0, nameEnd + 1)).toString('utf8')
}

export async function startStatementCounter({ targetHost = '127.0.0.1', targetPort = 5432 } = {}) {
  let statements = []
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, targetHost)
    // Per connection: the last parsed SQL, so an Execute can be named.
    let parsed = ''
    const read = messageReader((type, body) => {
      if (type === 'P') parsed = sqlOf(type, body)
      if (type === 'Q') statements.push(sqlOf(type, body))
      if (type === 'E') statements.push(parsed)
    })
    client.on('data', (chunk) => {
      read(chunk)
      upstream.write(chunk)
    })
    upstream.pipe(client)
    client.on('error', () => upstream.destroy())
    upstream.on('error', () => client.destroy())
    client.on('close', () => upstream.end())
    upstream.on('close', () => client.end())
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: server.address().port,
    /** The statements since the last call. */
    take() {
      const taken = statements
      statements = []
      return taken
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  }
}
