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

/** Reads a NUL-terminated string at `offset`; returns it and the offset after it. */
function cString(body, offset) {
  const end = body.indexOf(0, offset)
  return [body.subarray(offset, end).toString('utf8'), end + 1]
}

/** Bind ('B'): portal, statement, format codes, then the parameter values (text format). */
function bindOf(body) {
  let [, offset] = cString(body, 0)
  let statement
  ;[statement, offset] = cString(body, offset)
  const formats = body.readInt16BE(offset)
  offset += 2 + 2 * formats
  const count = body.readInt16BE(offset)
  offset += 2
  const params = []
  for (let i = 0; i < count; i++) {
    const length = body.readInt32BE(offset)
    offset += 4
    params.push(length < 0 ? null : body.subarray(offset, offset + length).toString('utf8'))
    if (length > 0) offset += length
  }
  return { statement, params }
}

export async function startStatementCounter({ targetHost = '127.0.0.1', targetPort = 5432 } = {}) {
  let statements = []
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, targetHost)
    // Per connection: prepared statements by name ('' is the unnamed one) and the bound one.
    const prepared = new Map()
    let bound = { sql: '', params: [] }
    const read = messageReader((type, body) => {
      if (type === 'P') {
        const [name, offset] = cString(body, 0)
        prepared.set(name, cString(body, offset)[0])
      }
      if (type === 'B') {
        const { statement, params } = bindOf(body)
        bound = { sql: prepared.get(statement) ?? '', params }
      }
      if (type === 'Q') statements.push({ sql: cString(body, 0)[0], params: [] })
      if (type === 'E') statements.push(bound)
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
    /** The statements ({ sql, params }) since the last call. */
    take() {
      const taken = statements
      statements = []
      return taken
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  }
}
