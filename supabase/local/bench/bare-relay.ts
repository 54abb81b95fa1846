/**
 * The floor of any proxy process, for `npm run bench:stack`: a TCP relay that understands no HTTP at all.
 * It only drops `/rest/v1` from the request line, which is enough for the bench's requests (small GETs
 * without a body, each arriving in one read) and for nothing else, then passes bytes both ways.
 *
 * Whatever this adds to PostgREST's latency is the cost of a second process and a second loopback hop
 * on this machine, which no gateway (Kong, or ours) can go under.
 *
 * Usage: node --import tsx bare-relay.ts POSTGREST_URL; prints `relay port: N`.
 */
import { connect, createServer } from 'node:net'

const target = new URL(process.argv[2] ?? '')
const PREFIX = '/rest/v1'

const server = createServer({ noDelay: true }, (client) => {
  const upstream = connect({ host: target.hostname, port: Number(target.port), noDelay: true })
  client.on('data', (chunk: Buffer) => {
    const space = chunk.indexOf(0x20)
    const at = space > 0 && space < 8 && chunk.toString('latin1', space + 1, space + 1 + PREFIX.length) === PREFIX ? space + 1 : -1
    upstream.write(at < 0 ? chunk : Buffer.concat([chunk.subarray(0, at), chunk.subarray(at + PREFIX.length)]))
  })
  upstream.pipe(client)
  client.on('error', () => upstream.destroy())
  client.on('close', () => upstream.destroy())
  upstream.on('error', () => client.destroy())
})

server.listen(0, '127.0.0.1', () => {
  const address = server.address()
  console.log(`relay port: ${typeof address === 'object' && address ? address.port : ''}`)
})
process.on('SIGTERM', () => process.exit(0))
