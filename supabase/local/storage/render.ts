import type { IncomingMessage, ServerResponse } from 'node:http'
import type { ObjectRow, StorageContext } from './context.ts'
import { E } from './errors.ts'

/** The headers Storage sends for an object, from the metadata stored with it. */
export function objectHeaders(row: ObjectRow, size: number): Record<string, string> {
  const meta = row.metadata ?? ({} as Partial<NonNullable<ObjectRow['metadata']>>)
  const mimetype = meta.mimetype ?? 'application/octet-stream'
  return {
    // Storage never serves HTML as HTML: an uploaded page must not run on the API's origin.
    'content-type': mimetype.toLowerCase().includes('text/html') ? 'text/plain' : mimetype,
    'content-length': String(size),
    'cache-control': meta.cacheControl ?? 'no-cache',
    'last-modified': new Date(row.updated_at).toUTCString(),
    etag: meta.eTag ?? '',
    'accept-ranges': 'bytes',
    'x-content-type-options': 'nosniff',
    'x-robots-tag': 'none',
  }
}

// RFC 8187 ext-value: encodeURIComponent leaves ' ( ) * alone, but ' ends the charset part.
const extValue = (v: string) => encodeURIComponent(v).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
// The plain `filename` is never percent-decoded by clients: printable ASCII only, quoted unless a token.
function fallbackName(v: string) {
  const plain = v.replace(/[^\x20-\x7e]|["\\]/gu, '_')
  return /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(plain) ? plain : `"${plain}"`
}

function disposition(query: URLSearchParams): Record<string, string> {
  if (!query.has('download')) return {}
  const name = query.get('download')
  if (!name) return { 'content-disposition': 'attachment;' }
  return { 'content-disposition': `attachment; filename=${fallbackName(name)}; filename*=UTF-8''${extValue(name)}` }
}

function parseRange(header: string | undefined, size: number): { start: number; end: number } | undefined {
  if (!header) return undefined
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim())
  if (!match || (!match[1] && !match[2])) throw E.invalidRange()
  let start = match[1] ? Number(match[1]) : size - Number(match[2])
  let end = match[1] && match[2] ? Number(match[2]) : size - 1
  start = Math.max(0, start)
  end = Math.min(end, size - 1)
  if (start > end) throw E.invalidRange()
  return { start, end }
}

/** Streams an object's bytes with Storage's headers; `extra` overrides (signed URLs send Expires instead of Cache-Control). */
export async function renderObject(
  ctx: StorageContext,
  req: IncomingMessage,
  res: ServerResponse,
  row: ObjectRow,
  query: URLSearchParams,
  extra: Record<string, string> = {},
): Promise<void> {
  const size = await ctx.blobs.size(row.version!)
  if (size === undefined) throw E.noSuchKey()
  const headers: Record<string, string> = { ...objectHeaders(row, size), ...disposition(query), ...extra }
  if (extra.expires) delete headers['cache-control']
  if (req.headers['if-none-match'] && req.headers['if-none-match'] === headers.etag) {
    res.writeHead(304, { etag: headers.etag, 'cache-control': headers['cache-control'] ?? 'no-cache' })
    return void res.end()
  }
  const range = parseRange(req.headers.range, size)
  if (req.method === 'HEAD') {
    res.writeHead(200, headers)
    return void res.end()
  }
  if (range) {
    res.writeHead(206, { ...headers, 'content-length': String(range.end - range.start + 1), 'content-range': `bytes ${range.start}-${range.end}/${size}` })
  } else {
    res.writeHead(200, headers)
  }
  const stream = ctx.blobs.read(row.version!, range)
  stream.on('error', () => res.destroy())
  stream.pipe(res)
}
