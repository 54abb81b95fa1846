import type { IncomingMessage } from 'node:http'
import { PassThrough, type Readable } from 'node:stream'
import { Busboy, type BusboyHeaders, type BusboyInstance } from '@fastify/busboy'
import { TooLarge } from './blobs.ts'
import type { BucketRow, ObjectMetadata, StorageContext } from './context.ts'
import { E } from './errors.ts'

export interface Received {
  version: string
  size: number
  metadata: ObjectMetadata
  userMetadata: Record<string, unknown> | null
}

function parseUserMetadata(value: string | undefined, base64: boolean): Record<string, unknown> | null {
  if (!value) return null
  if (value.length > 1024 * 1024) throw E.tooLarge('user_metadata')
  try {
    const parsed: unknown = JSON.parse(base64 ? Buffer.from(value, 'base64').toString('utf8') : value)
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null
  } catch {
    return null
  }
}

function metadataOf(size: number, md5: string, mimetype: string, cacheControl: string): ObjectMetadata {
  return {
    eTag: `"${md5}"`,
    size,
    mimetype,
    cacheControl,
    lastModified: new Date().toUTCString(),
    contentLength: size,
    httpStatusCode: 200,
  }
}

/**
 * The request body as a stream that may be destroyed without destroying the request: a refused body
 * (too large) is then read to its end by the error handler and the keep-alive connection stays in step;
 * a request destroyed mid-body leaves the client's next request on that connection hanging. A client
 * that goes away mid-body still ends the stream, with an error.
 */
export function requestBody(req: IncomingMessage): Readable {
  const body = new PassThrough()
  req.once('close', () => {
    if (!req.complete) body.destroy(new Error('request aborted'))
  })
  return req.pipe(body)
}

/**
 * Takes an upload's bytes and metadata as Storage does: a raw body (type from Content-Type, cache
 * control verbatim, user metadata base64 in x-metadata) or a multipart form (first file; fields
 * cacheControl, contentType, metadata). Type and size limits hold before anything counts as stored.
 */
export async function receiveUpload(ctx: StorageContext, req: IncomingMessage, bucket: BucketRow): Promise<Received> {
  const limit = ctx.limitFor(bucket)
  const type = req.headers['content-type'] ?? ''
  if (type.toLowerCase().startsWith('multipart/form-data')) return receiveMultipart(ctx, req, bucket, limit)
  const mimetype = type || 'application/octet-stream'
  ctx.checkMime(bucket, mimetype)
  const declared = Number(req.headers['content-length'] ?? NaN)
  if (declared > limit) {
    req.resume()
    throw E.tooLarge()
  }
  const userMetadata = parseUserMetadata(req.headers['x-metadata'] as string | undefined, true)
  const written = await ctx.blobs.write(requestBody(req), limit).catch((error: unknown) => {
    throw error instanceof TooLarge ? E.tooLarge() : error
  })
  if (written.size === 0 && Number.isNaN(declared)) {
    await ctx.blobs.remove(written.version)
    throw E.noContent()
  }
  const cacheControl = (req.headers['cache-control'] as string | undefined) ?? 'no-cache'
  return { version: written.version, size: written.size, userMetadata, metadata: metadataOf(written.size, written.md5, mimetype, cacheControl) }
}

function receiveMultipart(ctx: StorageContext, req: IncomingMessage, bucket: BucketRow, limit: number): Promise<Received> {
  return new Promise((resolve, reject) => {
    const fields: Record<string, string> = {}
    let file: Promise<{ version: string; size: number; md5: string }> | undefined
    let partType = 'application/octet-stream'
    let truncated = false
    let part: Readable | undefined
    let finished = false
    let parser: BusboyInstance
    try {
      // Past fileSize busboy cuts the file short and marks it truncated (Storage's check). Destroying the
      // part stream instead would stall busboy for good, and the request with it.
      parser = new Busboy({ headers: req.headers as BusboyHeaders, limits: { fields: 10, files: 1, fileSize: limit } })
    } catch {
      reject(E.invalidRequest('Malformed multipart body'))
      return
    }
    parser.on('field', (name: string, value: string) => (fields[name] = value))
    parser.on('file', (_name: string, stream: NodeJS.ReadableStream & import('node:stream').Readable, _filename: string, _encoding: string, mimetype: string) => {
      if (file) return stream.resume()
      partType = mimetype || partType
      part = stream
      stream.on('limit', () => (truncated = true))
      file = ctx.blobs.write(stream, limit)
      file.catch(() => stream.resume())
    })
    parser.on('error', () => reject(E.invalidRequest('Malformed multipart body')))
    parser.on('finish', () => {
      finished = true
      if (!file) return reject(E.noContent())
      file.then(
        async (written) => {
          const mimetype = fields.contentType || partType
          try {
            if (truncated) throw E.tooLarge()
            ctx.checkMime(bucket, mimetype)
          } catch (error) {
            await ctx.blobs.remove(written.version)
            return reject(error)
          }
          const cacheControl = fields.cacheControl ? `max-age=${fields.cacheControl}` : 'no-cache'
          const userMetadata = parseUserMetadata(fields.metadata ?? fields.userMetadata, false)
          resolve({ version: written.version, size: written.size, userMetadata, metadata: metadataOf(written.size, written.md5, mimetype, cacheControl) })
        },
        (error: unknown) => reject(error instanceof TooLarge ? E.tooLarge() : error),
      )
    })
    // A client gone mid-body: busboy would wait for the rest forever. End the file (its partial bytes are
    // removed by the blob store) and drop what was already complete.
    req.once('close', () => {
      if (req.complete || finished) return
      part?.destroy(new Error('request aborted'))
      void file?.then((written) => ctx.blobs.remove(written.version), () => undefined)
      reject(new Error('request aborted'))
    })
    req.pipe(parser)
  })
}
