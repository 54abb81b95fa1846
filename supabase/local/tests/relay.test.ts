/**
 * The gateway's own HTTP/1.1 client (relay.ts) against an upstream that answers with scripted bytes:
 * the framings, splits and failures PostgREST may produce but not on demand. gateway.test.ts checks
 * the same path against the real PostgREST.
 */
import { createHash } from 'node:crypto'
import { request as httpRequest } from 'node:http'
import { createServer, type Server, type Socket } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'
import { startGateway } from '../gateway.ts'

const KEY = 'test-key'
const KONG_502 = { message: 'An invalid response was received from the upstream server' }

interface Seen {
  head: string
  body: Buffer
  connection: number
}

/** What the scripted upstream does with each request it reads. */
type Script = (socket: Socket, seen: Seen) => void | Promise<void>

let script: Script
let seen: Seen[] = []
let connections = 0
let upstream: Server
let gateway: Awaited<ReturnType<typeof startGateway>>
let upstreamUrl = ''
let gatewayUrl = ''

/** Reads requests off one upstream connection (Content-Length or chunked bodies) and hands each to the script. */
function serve(socket: Socket) {
  const connection = ++connections
  let buf = Buffer.alloc(0)
  let busy = false
  const next = async () => {
    if (busy) return
    const end = buf.indexOf('\r\n\r\n')
    if (end < 0) return
    const head = buf.toString('latin1', 0, end)
    let at = end + 4
    let body = Buffer.alloc(0)
    const length = /\r\ncontent-length: (\d+)/i.exec(head)
    if (length) {
      if (buf.length < at + Number(length[1])) return
      body = buf.subarray(at, at + Number(length[1]))
      at += Number(length[1])
    } else if (/\r\ntransfer-encoding: chunked/i.test(head)) {
      const parts: Buffer[] = []
      for (;;) {
        const eol = buf.indexOf('\r\n', at)
        if (eol < 0) return
        const size = parseInt(buf.toString('latin1', at, eol), 16)
        if (buf.length < eol + 2 + size + 2) return
        if (size === 0) {
          at = eol + 4
          break
        }
        parts.push(buf.subarray(eol + 2, eol + 2 + size))
        at = eol + 2 + size + 2
      }
      body = Buffer.concat(parts)
    }
    buf = buf.subarray(at)
    const request = { head, body, connection }
    seen.push(request)
    busy = true
    await script(socket, request)
    busy = false
    void next()
  }
  socket.on('data', (chunk: Buffer) => {
    buf = Buffer.concat([buf, chunk])
    void next()
  })
  socket.on('error', () => undefined)
}

/** Writes the pieces one by one, each in its own TCP segment as far as the kernel allows. */
async function writeSplit(socket: Socket, pieces: (string | Buffer)[]) {
  for (const piece of pieces) {
    socket.write(piece)
    await new Promise((r) => setTimeout(r, 5))
  }
}

const ok = (body: string, extra = '') =>
  `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${extra}\r\n${body}`

async function get(path: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers)
  headers.set('apikey', KEY)
  const res = await fetch(`${gatewayUrl}/rest/v1${path}`, { ...init, headers })
  const body = Buffer.from(await res.arrayBuffer())
  return { status: res.status, headers: res.headers, body, text: body.toString() }
}

beforeAll(async () => {
  upstream = createServer(serve)
  await new Promise<void>((done) => upstream.listen(0, '127.0.0.1', done))
  const address = upstream.address() as { port: number }
  upstreamUrl = `http://127.0.0.1:${address.port}`
  gateway = await startGateway({ port: 0, apiKeys: [KEY], rest: () => upstreamUrl, auth: (_req, res) => res.end() })
  gatewayUrl = `http://127.0.0.1:${gateway.port}`
})

afterAll(async () => {
  gateway.closeAllConnections()
  await new Promise((done) => gateway.close(done))
  await new Promise((done) => upstream.close(done))
})

beforeEach(() => {
  seen = []
})

describe('answers', () => {
  test('a chunked answer split at awkward places arrives whole, with its length, headers as sent, and CORS', async () => {
    script = (socket) =>
      writeSplit(socket, [
        'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Ra',
        'nge: 0-1/*\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\nAccess-Control-Allow-Origin: https://elsewhere.test\r\nX-Custom:  spaced value \r\n\r\n',
        'a\r\n[{"id',
        '":1},\r',
        '\n9;ext=1\r\n{"id":2}]\r\n',
        '0\r\nX-Trailer: t\r\n',
        '\r\n',
      ])
    const res = await get('/notes?select=id')
    expect(res.status).toBe(200)
    expect(res.text).toBe('[{"id":1},{"id":2}]')
    expect(res.headers.get('content-length')).toBe(String(res.body.length))
    expect(res.headers.get('transfer-encoding')).toBeNull()
    expect(res.headers.get('content-range')).toBe('0-1/*')
    expect(res.headers.getSetCookie()).toEqual(['a=1', 'b=2'])
    expect(res.headers.get('x-custom')).toBe('spaced value')
    // The gateway's CORS answer replaces the upstream's, as Kong's cors plugin does.
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('access-control-expose-headers')).toContain('content-range')
  })

  test('a 100 Continue before the answer is skipped', async () => {
    script = (socket) => writeSplit(socket, ['HTTP/1.1 100 Continue\r\n\r\n', ok('[1]')])
    const res = await get('/x')
    expect([res.status, res.text]).toEqual([200, '[1]'])
  })

  test('HEAD, 204 and 304 have no body, and the connection carries the next request', async () => {
    script = (socket, req) => {
      if (req.head.startsWith('HEAD')) socket.write('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 123\r\n\r\n')
      else if (req.head.includes('/nothing')) socket.write('HTTP/1.1 204 No Content\r\nContent-Range: */*\r\n\r\n')
      else if (req.head.includes('/same')) socket.write('HTTP/1.1 304 Not Modified\r\nETag: "e"\r\n\r\n')
      else socket.write(ok('[2]'))
    }
    const head = await get('/x', { method: 'HEAD' })
    expect([head.status, head.text]).toEqual([200, ''])
    const none = await get('/nothing', { method: 'DELETE' })
    expect([none.status, none.text, none.headers.get('content-range')]).toEqual([204, '', '*/*'])
    const same = await get('/same')
    expect([same.status, same.text]).toEqual([304, ''])
    expect((await get('/x')).text).toBe('[2]')
    expect(new Set(seen.map((s) => s.connection)).size).toBe(1)
  })

  test('sequential requests reuse one upstream connection', async () => {
    const before = connections
    script = (socket) => void socket.write(ok('[]'))
    for (let i = 0; i < 20; i++) expect((await get(`/x?i=${i}`)).status).toBe(200)
    expect(connections - before).toBeLessThanOrEqual(1)
  })

  test('an answer framed by the close of the connection arrives whole; that connection is not reused', async () => {
    script = (socket, req) => {
      if (req.head.includes('/closing')) socket.end('HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the end')
      else socket.write(ok('[3]'))
    }
    const res = await get('/closing')
    expect([res.status, res.text, res.headers.get('content-length')]).toEqual([200, 'until the end', '13'])
    expect((await get('/x')).text).toBe('[3]')
    expect(seen[1]!.connection).not.toBe(seen[0]!.connection)
  })

  test('a 2 MiB answer streams through unchanged (chunked and with a length)', async () => {
    const big = Buffer.alloc(2 * 1024 * 1024, 'x')
    for (let i = 0; i < big.length; i += 997) big[i] = 0x30 + (i % 10)
    const digest = createHash('sha256').update(big).digest('hex')
    script = async (socket, req) => {
      if (req.head.includes('chunked')) {
        socket.write('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/csv\r\n\r\n')
        for (let i = 0; i < big.length; i += 100_000) {
          const part = big.subarray(i, i + 100_000)
          socket.write(`${part.length.toString(16)}\r\n`)
          socket.write(part)
          socket.write('\r\n')
          if (i % 500_000 === 0) await new Promise((r) => setTimeout(r, 2))
        }
        socket.write('0\r\n\r\n')
      } else {
        socket.write(`HTTP/1.1 200 OK\r\nContent-Length: ${big.length}\r\nContent-Type: text/csv\r\n\r\n`)
        socket.write(big)
      }
    }
    for (const path of ['/export?chunked', '/export']) {
      const res = await get(path)
      expect(res.status).toBe(200)
      expect(res.body.length).toBe(big.length)
      expect(createHash('sha256').update(res.body).digest('hex')).toBe(digest)
    }
    // Both answers were read to their end: the connection carried the second request too.
    expect(new Set(seen.map((s) => s.connection)).size).toBe(1)
  })
  test('a client that reads slowly holds the upstream back instead of the gateway buffering the export', async () => {
    const size = 32 * 1024 * 1024
    let upstreamSocket: Socket | undefined
    script = (socket) => {
      upstreamSocket = socket
      socket.write(`HTTP/1.1 200 OK\r\nContent-Length: ${size}\r\nContent-Type: text/csv\r\n\r\n`)
      // In 64 KiB pieces, so the send queue shrinks as the gateway reads.
      const piece = Buffer.alloc(64 * 1024, 'z')
      for (let sent = 0; sent < size; sent += piece.length) socket.write(piece)
    }
    const received = await new Promise<number>((done, fail) => {
      const req = httpRequest(`${gatewayUrl}/rest/v1/export`, { headers: { apikey: KEY } }, (res) => {
        res.pause()
        // Nobody reads: wait until the upstream's send queue stops moving, then most of the export must
        // still be in it (without backpressure the gateway would have read it all into memory).
        let last = -1
        let still = 0
        const check = setInterval(() => {
          const queued = upstreamSocket?.writableLength ?? -1
          still = queued === last ? still + 1 : 0
          last = queued
          if (still < 10) return
          clearInterval(check)
          try {
            expect(queued).toBeGreaterThan(size / 2)
          } catch (error) {
            return fail(error)
          }
          let total = 0
          res.on('data', (chunk: Buffer) => (total += chunk.length))
          res.on('end', () => done(total))
          res.resume()
        }, 100)
      })
      req.on('error', fail)
      req.end()
    })
    expect(received).toBe(size)
  })
})

describe('request bodies', () => {
  test('a body with Content-Length and a chunked one reach the upstream byte for byte', async () => {
    script = (socket, req) => void socket.write(ok(JSON.stringify({ got: req.body.toString() })))
    const body = JSON.stringify({ title: 'Permohonan informasi anggaran' })
    const sized = await get('/rpc/echo', { method: 'POST', body, headers: { 'content-type': 'application/json' } })
    expect(JSON.parse(sized.text)).toEqual({ got: body })
    expect(seen[0]!.head).toMatch(new RegExp(`\\r\\ncontent-length: ${Buffer.byteLength(body)}(\\r\\n|$)`))

    const parts = ['{"a":', '"bagian', ' kedua"}']
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const part = parts.shift()
        if (part === undefined) return controller.close()
        await new Promise((r) => setTimeout(r, 10))
        controller.enqueue(new TextEncoder().encode(part))
      },
    })
    const chunked = await get('/rpc/echo', { method: 'POST', body: stream, duplex: 'half' } as RequestInit)
    expect(JSON.parse(chunked.text)).toEqual({ got: '{"a":"bagian kedua"}' })
    expect(seen[1]!.head).toMatch(/\r\ntransfer-encoding: chunked(\r\n|$)/)
  })

  test('the request head: host of the upstream, the gateway’s address headers, no connection headers', async () => {
    script = (socket) => void socket.write(ok('[]'))
    await get('/notes?select=id', { headers: { 'x-forwarded-for': '203.0.113.9', connection: 'keep-alive' } })
    const head = seen[0]!.head
    expect(head.split('\r\n')[0]).toBe('GET /notes?select=id HTTP/1.1')
    expect(head).toContain(`\r\nhost: ${new URL(upstreamUrl).host}`)
    expect(head).toContain('\r\nx-forwarded-for: 203.0.113.9, 127.0.0.1')
    expect(head).toContain('\r\nx-real-ip: 127.0.0.1')
    expect(head).toContain(`\r\nauthorization: Bearer ${KEY}`)
    expect(head).not.toMatch(/\r\nconnection:/i)
  })
})

describe('failures', () => {
  test('an upstream that hangs up before answering: 502 with Kong’s message and CORS', async () => {
    script = (socket) => void socket.destroy()
    const res = await get('/x')
    expect(res.status).toBe(502)
    expect(JSON.parse(res.text)).toEqual(KONG_502)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
  })

  test('a malformed answer, or one cut short, is a 502; the gateway goes on', async () => {
    for (const bytes of [
      'HTTP/9 200 OK\r\n\r\n',
      'garbage\r\n\r\n',
      'HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n',
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
      'HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nshort',
    ]) {
      script = (socket) => void socket.end(bytes)
      const res = await get('/x')
      expect([bytes, res.status]).toEqual([bytes, 502])
    }
    script = (socket) => void socket.write(ok('[4]'))
    expect((await get('/x')).text).toBe('[4]')
  })

  test('a pooled connection the upstream drops on reuse: a GET is sent again on a fresh one; a POST never rides a pooled one', async () => {
    script = (socket, req) => {
      // The first request on each connection is answered; the next one finds the connection gone.
      if (seen.filter((s) => s.connection === req.connection).length > 1) socket.destroy()
      else socket.write(ok('[5]'))
    }
    expect((await get('/first')).text).toBe('[5]')
    const again = await get('/second')
    expect([again.status, again.text]).toEqual([200, '[5]'])
    expect(seen.map((s) => s.head.split(' ')[1])).toEqual(['/first', '/second', '/second'])

    // Its body cannot be sent twice, so it goes on a fresh connection and is answered.
    const post = await get('/rpc/x', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } })
    expect([post.status, post.text]).toEqual([200, '[5]'])
    const connections = new Set(seen.map((s) => s.connection))
    expect(seen.at(-1)!.connection).not.toBe(seen.at(-2)!.connection)
    expect(connections.size).toBe(3)
  })

  test('a client that hangs up mid-answer closes the upstream connection', async () => {
    let upstreamClosed: Promise<void> | undefined
    script = (socket) => {
      upstreamClosed = new Promise((done) => socket.once('close', () => done()))
      socket.write('HTTP/1.1 200 OK\r\nContent-Length: 10000000\r\n\r\n')
      socket.write(Buffer.alloc(512 * 1024, 'y'))
    }
    await new Promise<void>((done, fail) => {
      const req = httpRequest(`${gatewayUrl}/rest/v1/export`, { headers: { apikey: KEY } }, (res) => {
        res.once('data', () => {
          req.destroy()
          done()
        })
      })
      req.on('error', (e) => (e.message.includes('socket hang up') ? undefined : fail(e)))
      req.end()
    })
    await expect(Promise.race([upstreamClosed, new Promise((_, fail) => setTimeout(() => fail(new Error('upstream still open')), 3000))])).resolves.toBeUndefined()
  })
})
