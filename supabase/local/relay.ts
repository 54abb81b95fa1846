import type { IncomingMessage, ServerResponse } from 'node:http'
import { connect, type Socket } from 'node:net'

/** Up to this many bytes of an upstream answer are gathered before anything is sent on. */
const COALESCE_LIMIT = 256 * 1024
/** An upstream answer head (or chunk line) longer than this is refused. */
const MAX_LINE = 64 * 1024
/** Pooled connections idle longer than this are closed instead of reused, well before PostgREST (Warp) drops them at 30 s. */
const IDLE_MS = 10_000

/** Request headers that belong to the client's connection, or that the relay sets itself. */
const HOP_REQUEST = new Set(['host', 'connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'content-length', 'te', 'trailer', 'upgrade', 'expect'])
/** Answer headers that belong to the upstream connection, or that the relay sets itself. */
const HOP_RESPONSE = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'content-length', 'trailer', 'upgrade'])

class UpstreamFailure extends Error {}

interface PooledSocket extends Socket {
  /** The exchange reading from this connection now; none while it idles in the pool. */
  exchange?: Exchange
  idleSince?: number
}

/**
 * A small HTTP/1.1 client for the gateway's hop to PostgREST, over a pool of keep-alive connections.
 *
 * Node's http.request (Agent, ClientRequest, a second IncomingMessage and its streams) cost the gateway
 * about as much CPU per request as all the rest of its work, and on a machine where PostgREST, Postgres
 * and the gateway share two cores that CPU is latency. This client writes the request head in one
 * write and reads the answer with a parser of its own: status line and headers, a body framed by
 * Content-Length, chunked encoding or the close of the connection, 1xx interim answers skipped, HEAD,
 * 204 and 304 without a body. The answer goes on with its status and headers as PostgREST sent them
 * (names, order, repeats; connection headers dropped). An answer that ends within COALESCE_LIMIT goes
 * out in one write with its length; a longer one (an export) streams as it comes, with backpressure.
 */
export class Upstream {
  private readonly idle = new Map<string, PooledSocket[]>()

  /**
   * Sends `req` (method, headers as the gateway left them, body) to `base` + `path`, and the answer to
   * `res` with `extraHeaders` added (replacing upstream headers of the same name). `fail` is called
   * instead when no answer could be passed on (refused, lost or malformed before anything was sent).
   */
  forward(req: IncomingMessage, res: ServerResponse, base: URL, path: string, extraHeaders: Record<string, string>, fail: () => void): void {
    new Exchange(this, req, res, base, path, extraHeaders, fail).start()
  }

  /** An idle pooled connection to `host`, if one is fresh enough to trust. */
  take(host: string): PooledSocket | undefined {
    const list = this.idle.get(host)
    const now = Date.now()
    while (list?.length) {
      const sock = list.pop()!
      if (sock.destroyed) continue
      if (now - sock.idleSince! > IDLE_MS) {
        sock.destroy()
        continue
      }
      return sock
    }
    return undefined
  }

  open(base: URL): PooledSocket {
    const sock: PooledSocket = connect({ host: base.hostname, port: Number(base.port || 80), noDelay: true })
    sock.on('data', (chunk: Buffer) => {
      if (sock.exchange) sock.exchange.onData(chunk)
      // Bytes nobody asked for: the connection is out of step, so it is dropped.
      else sock.destroy()
    })
    sock.on('close', () => {
      const list = this.idle.get(base.host)
      const at = list ? list.indexOf(sock) : -1
      if (at >= 0) list!.splice(at, 1)
      sock.exchange?.onClose()
    })
    // A refused or reset connection ends in 'close', where the exchange answers.
    sock.on('error', () => undefined)
    return sock
  }

  release(host: string, sock: PooledSocket): void {
    sock.exchange = undefined
    sock.idleSince = Date.now()
    // Paused for a slow client of the last answer; it must read again for the next one.
    sock.resume()
    let list = this.idle.get(host)
    if (!list) this.idle.set(host, (list = []))
    list.push(sock)
  }

  /** Closes every idle pooled connection. */
  close(): void {
    for (const list of this.idle.values()) for (const sock of list.splice(0)) sock.destroy()
  }
}

type Framing = 'none' | 'length' | 'chunked'

/** One request passed on and its answer passed back. */
class Exchange {
  private sock: PooledSocket | undefined
  private parser!: AnswerParser
  private reused = false
  private settled = false
  private bodySent: boolean
  private readonly framing: Framing
  private head = ''

  constructor(
    private readonly pool: Upstream,
    private readonly req: IncomingMessage,
    private readonly res: ServerResponse,
    private readonly base: URL,
    private readonly path: string,
    private readonly extraHeaders: Record<string, string>,
    private readonly fail: () => void,
  ) {
    const headers = req.headers
    this.framing = headers['transfer-encoding'] !== undefined ? 'chunked' : headers['content-length'] !== undefined ? 'length' : 'none'
    this.bodySent = this.framing === 'none'
  }

  start() {
    const { req, res, framing } = this
    const headers = req.headers
    let head = `${req.method} ${this.path} HTTP/1.1\r\nhost: ${this.base.host}\r\n`
    for (const name in headers) {
      if (HOP_REQUEST.has(name)) continue
      const value = headers[name]
      if (typeof value === 'string') head += `${name}: ${value}\r\n`
      else if (value) for (const v of value) head += `${name}: ${v}\r\n`
    }
    if (framing === 'chunked') head += 'transfer-encoding: chunked\r\n'
    else if (framing === 'length') head += `content-length: ${headers['content-length']}\r\n`
    this.head = `${head}\r\n`
    // A pooled connection may turn out closed only once the request is on it. A request without a body
    // is then sent again; one with a body (streamed, not kept) cannot be, so it always takes a fresh
    // connection rather than risk a 502 (seen in CI: a PATCH on a connection PostgREST had closed).
    this.attempt(framing === 'none')

    // The client gone before the exchange finished (mid-body, mid-answer): the upstream connection
    // cannot be reused, and must not wait for the rest of a body that will never come.
    res.on('close', () => {
      if (this.settled) return
      this.settled = true
      this.sock?.destroy()
    })
    if (framing === 'none') return
    req.on('data', (chunk: Buffer) => {
      const sock = this.sock
      if (!sock || sock.destroyed) return
      let ok: boolean
      if (framing === 'chunked') {
        sock.cork()
        sock.write(`${chunk.length.toString(16)}\r\n`, 'latin1')
        sock.write(chunk)
        ok = sock.write('\r\n', 'latin1')
        sock.uncork()
      } else ok = sock.write(chunk)
      if (!ok) {
        req.pause()
        sock.once('drain', () => req.resume())
      }
    })
    req.on('end', () => {
      const sock = this.sock
      if (framing === 'chunked' && sock && !sock.destroyed) sock.write('0\r\n\r\n', 'latin1')
      this.bodySent = true
    })
  }

  private attempt(reuse: boolean) {
    const taken = reuse ? this.pool.take(this.base.host) : undefined
    this.reused = taken !== undefined
    const sock = taken ?? this.pool.open(this.base)
    this.sock = sock
    sock.exchange = this
    this.parser = new AnswerParser(this.req.method === 'HEAD', this.res, this.extraHeaders, () => {
      // A slow client: stop reading from upstream until it has taken what it was sent.
      sock.pause()
      this.res.once('drain', () => sock.resume())
    })
    sock.write(this.head, 'latin1')
  }

  onData(chunk: Buffer) {
    try {
      this.parser.push(chunk)
    } catch {
      return this.abort()
    }
    if (this.parser.finished) this.complete()
  }

  onClose() {
    if (this.settled) return
    if (this.parser.endsOnClose()) {
      try {
        this.parser.finishAtClose()
      } catch {
        return this.abort()
      }
      return this.complete()
    }
    // A pooled connection the server closed just as it was reused: a request without a body is sent
    // again on a fresh connection, as nothing of it can have been acted on.
    if (this.reused && this.framing === 'none' && !this.parser.seenAnything) return this.attempt(false)
    this.abort()
  }

  /** The whole answer is in: the connection goes back to the pool if it can carry another request. */
  private complete() {
    this.settled = true
    const sock = this.sock!
    sock.exchange = undefined
    if (this.bodySent && this.parser.reusable && !sock.destroyed) this.pool.release(this.base.host, sock)
    else sock.destroy()
  }

  /** No good answer: a 502 if nothing was sent yet, else the client's connection is cut. */
  private abort() {
    if (this.settled) return
    this.settled = true
    const sock = this.sock!
    sock.exchange = undefined
    sock.destroy()
    if (this.res.headersSent) this.res.destroy()
    else this.fail()
  }
}

/** Reads one HTTP/1.1 answer from raw bytes and passes it on to `res`. */
class AnswerParser {
  finished = false
  /** Whether any byte of an answer has arrived. */
  seenAnything = false
  /** Whether the connection may carry another request afterwards. */
  reusable = true

  private pending: Buffer | undefined
  private state: 'head' | 'length' | 'chunk-size' | 'chunk-data' | 'chunk-end' | 'trailers' | 'until-close' | 'done' = 'head'
  private remaining = 0
  private status = 0
  private headers: string[] = []
  private chunks: Buffer[] = []
  private size = 0
  private streaming = false

  constructor(
    private readonly headRequest: boolean,
    private readonly res: ServerResponse,
    private readonly extraHeaders: Record<string, string>,
    private readonly backpressure: () => void,
  ) {}

  push(chunk: Buffer): void {
    this.seenAnything = true
    const buf = this.pending ? Buffer.concat([this.pending, chunk]) : chunk
    this.pending = undefined
    let at = 0
    while (at < buf.length && this.state !== 'done') {
      switch (this.state) {
        case 'head': {
          const end = buf.indexOf('\r\n\r\n', at, 'latin1')
          if (end < 0) {
            if (buf.length - at > MAX_LINE) throw new UpstreamFailure('answer head too large')
            this.pending = buf.subarray(at)
            return
          }
          this.readHead(buf.toString('latin1', at, end))
          at = end + 4
          break
        }
        case 'length':
        case 'chunk-data': {
          const take = Math.min(this.remaining, buf.length - at)
          this.body(buf.subarray(at, at + take))
          this.remaining -= take
          at += take
          if (this.remaining === 0) {
            if (this.state === 'length') this.finish()
            else this.state = 'chunk-end'
          }
          break
        }
        case 'until-close':
          this.body(buf.subarray(at))
          at = buf.length
          break
        default: {
          // chunk-size, chunk-end, trailers: one line each.
          const eol = buf.indexOf(0x0a, at)
          if (eol < 0) {
            if (buf.length - at > MAX_LINE) throw new UpstreamFailure('chunk line too long')
            this.pending = buf.subarray(at)
            return
          }
          const line = buf.toString('latin1', at, eol > at && buf[eol - 1] === 0x0d ? eol - 1 : eol)
          at = eol + 1
          if (this.state === 'chunk-size') {
            const hex = line.split(';', 1)[0]!.trim()
            if (!/^[0-9a-fA-F]{1,12}$/.test(hex)) throw new UpstreamFailure('bad chunk size')
            this.remaining = parseInt(hex, 16)
            this.state = this.remaining === 0 ? 'trailers' : 'chunk-data'
          } else if (this.state === 'chunk-end') {
            if (line !== '') throw new UpstreamFailure('bad chunk end')
            this.state = 'chunk-size'
          } else if (line === '') this.finish()
        }
      }
    }
    // Bytes beyond the answer: nothing was asked for them, so the connection is not reused.
    if (at < buf.length) this.reusable = false
  }

  /** Whether the answer is one whose end is the close of the connection. */
  endsOnClose(): boolean {
    return this.state === 'until-close'
  }

  finishAtClose(): void {
    this.reusable = false
    this.finish()
  }

  private readHead(text: string) {
    const lines = text.split('\r\n')
    const statusLine = /^HTTP\/1\.[01] (\d{3})(?: |$)/.exec(lines[0]!)
    if (!statusLine) throw new UpstreamFailure('bad status line')
    const status = Number(statusLine[1])
    // Interim answers (100 Continue, 103 Early Hints) are not the answer; the real one follows.
    if (status < 200) {
      if (status === 101 || status < 100) throw new UpstreamFailure('unexpected status')
      return
    }
    let length = -1
    let chunked = false
    const headers: string[] = []
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i]!
      const colon = line.indexOf(':')
      if (colon <= 0) throw new UpstreamFailure('bad header line')
      const name = line.slice(0, colon)
      const value = line.slice(colon + 1).trim()
      const lower = name.toLowerCase()
      if (HOP_RESPONSE.has(lower)) {
        if (lower === 'content-length') {
          if (!/^\d{1,15}$/.test(value) || (length >= 0 && length !== Number(value))) throw new UpstreamFailure('bad content-length')
          length = Number(value)
        } else if (lower === 'transfer-encoding') chunked = /(?:^|,)\s*chunked\s*$/i.test(value)
        else if (lower === 'connection' && /(?:^|,)\s*close\s*(?:,|$)/i.test(value)) this.reusable = false
        continue
      }
      if (Object.hasOwn(this.extraHeaders, lower)) continue
      headers.push(name, value)
    }
    for (const name in this.extraHeaders) headers.push(name, this.extraHeaders[name]!)
    this.status = status
    this.headers = headers
    if (this.headRequest || status === 204 || status === 304) return this.finish()
    if (chunked) this.state = 'chunk-size'
    else if (length >= 0) {
      this.remaining = length
      if (length === 0) return this.finish()
      if (length > COALESCE_LIMIT) this.startStreaming(length)
      this.state = 'length'
    } else {
      this.reusable = false
      this.state = 'until-close'
    }
  }

  private body(data: Buffer) {
    if (data.length === 0) return
    if (this.streaming) {
      if (!this.res.write(data)) this.backpressure()
      return
    }
    this.chunks.push(data)
    this.size += data.length
    if (this.size > COALESCE_LIMIT) this.startStreaming()
  }

  private startStreaming(length?: number) {
    this.streaming = true
    if (length !== undefined) this.headers.push('content-length', String(length))
    this.res.writeHead(this.status, this.headers)
    const chunks = this.chunks.splice(0)
    let ok = true
    for (const chunk of chunks) ok = this.res.write(chunk)
    if (!ok) this.backpressure()
  }

  private finish() {
    this.state = 'done'
    this.finished = true
    if (this.streaming) return void this.res.end()
    const body = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks, this.size)
    this.headers.push('content-length', String(body.length))
    this.res.writeHead(this.status, this.headers)
    this.res.end(body)
  }
}
