import type { IncomingMessage, ServerResponse } from 'node:http'

/** Up to this many bytes of an upstream answer are gathered before anything is sent on. */
const COALESCE_LIMIT = 256 * 1024

/**
 * Passes an upstream answer on with its status, headers and body. PostgREST answers in chunks (headers,
 * body, terminator in separate writes); relaying each as it comes costs the client an extra round of
 * small packets, so an answer that ends within COALESCE_LIMIT goes out in one write with its length.
 * Longer answers (exports) stream as they come.
 */
export function relay(up: IncomingMessage, res: ServerResponse, extraHeaders: Record<string, string>): void {
  const chunks: Buffer[] = []
  let size = 0
  let streaming = false
  const startStreaming = () => {
    streaming = true
    res.writeHead(up.statusCode ?? 502, { ...up.headers, ...extraHeaders })
    for (const chunk of chunks) res.write(chunk)
    chunks.length = 0
  }
  up.on('data', (chunk: Buffer) => {
    if (streaming) {
      if (!res.write(chunk)) {
        up.pause()
        res.once('drain', () => up.resume())
      }
      return
    }
    chunks.push(chunk)
    size += chunk.length
    if (size > COALESCE_LIMIT) startStreaming()
  })
  up.on('end', () => {
    if (streaming) return void res.end()
    const body = Buffer.concat(chunks, size)
    const headers: Record<string, string | string[] | undefined> = { ...up.headers, ...extraHeaders }
    delete headers['transfer-encoding']
    headers['content-length'] = String(body.length)
    res.writeHead(up.statusCode ?? 502, headers)
    res.end(body)
  })
  up.on('error', () => res.destroy())
}
