import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import type { Caller } from './db.ts'
import type { ObjectMetadata, StorageContext } from './context.ts'
import { StorageError, E } from './errors.ts'
import { mustBeValidKey } from './keys.ts'
import { completeUpload, probeUpload } from './object-store.ts'
import { requestBody } from './upload.ts'

const TUS_VERSION = '1.0.0'
const TUS_HEADERS = { 'tus-resumable': TUS_VERSION }

interface UploadInfo {
  bucketId: string
  name: string
  length: number
  contentType: string
  cacheControl: string
  upsert: boolean
  sub: string | null
  owner: { owner: string | null; owner_id: string | null }
  userMetadata: Record<string, unknown> | null
}

/** A TUS protocol answer: the real status and a plain-text body, as Supabase's TUS endpoint gives. */
class TusError extends Error {
  constructor(readonly status: number, message: string) {
    super(message)
  }
}

function parseMetadata(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  for (const pair of (header ?? '').split(',')) {
    const [key, value] = pair.trim().split(' ')
    if (key) out[key] = value ? Buffer.from(value, 'base64').toString('utf8') : ''
  }
  return out
}

/**
 * Resumable uploads at /storage/v1/upload/resumable, as Supabase implements TUS 1.0.0 (creation,
 * creation-with-upload, termination). The bytes received so far live in a part file whose size is the
 * offset, so a dropped connection loses nothing that reached the disk and HEAD tells where to resume.
 */
export class TusServer {
  private readonly dir: string
  private readonly locks = new Map<string, Promise<void>>()

  constructor(private readonly ctx: StorageContext) {
    this.dir = join(ctx.blobs.root, 'tus')
  }

  async handle(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    try {
      if (req.method === 'OPTIONS') return this.reply(res, 204, {
        'tus-version': TUS_VERSION,
        'tus-extension': 'creation,creation-with-upload,termination',
        'tus-max-size': String(this.ctx.globalLimit),
      })
      if (req.headers['tus-resumable'] !== TUS_VERSION) throw new TusError(412, 'Unsupported version')
      const caller = await this.ctx.caller(req)
      if (req.method === 'POST' && (path === '' || path === '/')) return await this.create(req, res, caller)
      const id = /^\/([A-Za-z0-9_-]+)$/.exec(path)?.[1]
      if (!id) throw new TusError(404, 'Not found')
      if (req.method === 'HEAD') return await this.head(res, id, caller)
      if (req.method === 'PATCH') return await this.withLock(id, () => this.patch(req, res, id, caller))
      if (req.method === 'DELETE') return await this.withLock(id, () => this.terminate(res, id, caller))
      throw new TusError(405, 'Method not allowed')
    } catch (error) {
      req.resume()
      if (res.headersSent) return void res.destroy()
      if (error instanceof TusError) return this.reply(res, error.status, {}, error.message)
      if (error instanceof StorageError) return this.reply(res, Number(error.statusCode), {}, error.message)
      console.error('[storage:tus]', error)
      this.reply(res, 500, {}, 'Internal server error')
    }
  }

  private reply(res: ServerResponse, status: number, headers: Record<string, string>, body = '') {
    res.writeHead(status, { ...TUS_HEADERS, 'cache-control': 'no-store', 'content-length': String(Buffer.byteLength(body)), ...headers })
    res.end(body)
  }

  private paths(version: string) {
    return { info: join(this.dir, `${version}.json`), part: join(this.dir, `${version}.part`) }
  }

  private versionOf(id: string): string {
    const decoded = Buffer.from(id, 'base64url').toString('utf8')
    const version = decoded.slice(decoded.lastIndexOf('/') + 1)
    if (!/^[0-9a-f-]{36}$/.test(version)) throw new TusError(404, 'The file for this url was not found')
    return version
  }

  private async load(id: string, caller: Caller) {
    const version = this.versionOf(id)
    const files = this.paths(version)
    const info = await readFile(files.info, 'utf8').then((t) => JSON.parse(t) as UploadInfo, () => undefined)
    // Another caller's upload is answered as if it did not exist.
    if (!info || info.sub !== (caller.sub ?? null)) throw new TusError(404, 'The file for this url was not found')
    const offset = await stat(files.part).then((s) => s.size, () => 0)
    return { version, files, info, offset }
  }

  private async create(req: IncomingMessage, res: ServerResponse, caller: Caller) {
    const length = Number(req.headers['upload-length'])
    if (!Number.isInteger(length) || length < 0) throw new TusError(400, 'Upload-Length or Upload-Defer-Length header required')
    const meta = parseMetadata(req.headers['upload-metadata'] as string | undefined)
    if (!meta.bucketName || !meta.objectName) throw E.invalidRequest('Metadata header is required')
    const name = mustBeValidKey(meta.objectName)
    const bucket = await this.ctx.bucket(meta.bucketName)
    if (meta.contentType) this.ctx.checkMime(bucket, meta.contentType)
    if (length > this.ctx.limitFor(bucket)) throw new TusError(413, 'Maximum size exceeded')
    const upsert = req.headers['x-upsert'] === 'true'
    await probeUpload(this.ctx, caller, bucket.id, name, upsert)
    let userMetadata: Record<string, unknown> | null
    try {
      userMetadata = meta.metadata ? (JSON.parse(meta.metadata) as Record<string, unknown>) : null
    } catch {
      userMetadata = null
    }
    const info: UploadInfo = {
      bucketId: bucket.id, name, length, upsert, userMetadata,
      contentType: meta.contentType || 'application/octet-stream',
      cacheControl: /^-?\d+$/.test(meta.cacheControl ?? '') ? `max-age=${meta.cacheControl}` : 'no-cache',
      sub: caller.sub ?? null,
      owner: this.ctx.ownerColumns(caller),
    }
    const version = crypto.randomUUID()
    const id = Buffer.from(`${bucket.id}/${name}/${version}`).toString('base64url')
    const files = this.paths(version)
    await mkdir(this.dir, { recursive: true })
    await writeFile(files.part, '')
    await writeFile(files.info, JSON.stringify(info))
    const location = `${this.ctx.publicUrl()}/storage/v1/upload/resumable/${id}`
    if (req.headers['content-type'] === 'application/offset+octet-stream') {
      const offset = await this.append(req, files.part, 0, length)
      if (offset === length) await this.finish(info, files)
      return this.reply(res, 201, { location, 'upload-offset': String(offset) })
    }
    this.reply(res, 201, { location })
  }

  private async head(res: ServerResponse, id: string, caller: Caller) {
    const { info, offset } = await this.load(id, caller)
    this.reply(res, 200, { 'upload-offset': String(offset), 'upload-length': String(info.length) })
  }

  private async patch(req: IncomingMessage, res: ServerResponse, id: string, caller: Caller) {
    if (req.headers['content-type'] !== 'application/offset+octet-stream') throw new TusError(415, 'Content-Type header required')
    const claimed = Number(req.headers['upload-offset'])
    if (!Number.isInteger(claimed)) throw new TusError(403, 'Upload-Offset header required')
    const { files, info, offset } = await this.load(id, caller)
    if (claimed !== offset) throw new TusError(409, 'Upload-Offset conflict')
    await probeUpload(this.ctx, caller, info.bucketId, info.name, info.upsert)
    const reached = await this.append(req, files.part, offset, info.length)
    if (reached === info.length) await this.finish(info, files)
    this.reply(res, 204, { 'upload-offset': String(reached), ...(reached === info.length ? { 'tus-complete': '1' } : {}) })
  }

  private async terminate(res: ServerResponse, id: string, caller: Caller) {
    const { files } = await this.load(id, caller)
    await Promise.all([rm(files.info, { force: true }), rm(files.part, { force: true })])
    this.reply(res, 204, {})
  }

  /** Appends the request body; a body that would pass Upload-Length is refused and cut off there. */
  private async append(req: IncomingMessage, part: string, offset: number, length: number): Promise<number> {
    let written = offset
    const sink = createWriteStream(part, { flags: 'a' })
    try {
      await pipeline(
        requestBody(req),
        async function* (source: AsyncIterable<Buffer>) {
          for await (const chunk of source) {
            if (written + chunk.length > length) throw new TusError(413, 'Maximum size exceeded')
            written += chunk.length
            yield chunk
          }
        },
        sink,
      )
    } catch (error) {
      // A dropped connection keeps what arrived; the client resumes from the new offset.
      if (error instanceof TusError) throw error
    }
    return stat(part).then((s) => s.size)
  }

  private async finish(info: UploadInfo, files: { info: string; part: string }) {
    const md5 = createHash('md5')
    await pipeline(createReadStream(files.part), async (source: AsyncIterable<Buffer>) => {
      for await (const chunk of source) md5.update(chunk)
    })
    const stored = await this.ctx.blobs.adopt(files.part)
    const metadata: ObjectMetadata = {
      eTag: `"${md5.digest('hex')}"`, size: info.length, mimetype: info.contentType, cacheControl: info.cacheControl,
      lastModified: new Date().toUTCString(), contentLength: info.length, httpStatusCode: 200,
    }
    try {
      await completeUpload(
        this.ctx,
        { bucketId: info.bucketId, name: info.name, upsert: info.upsert, owner: info.owner },
        { version: stored, metadata, userMetadata: info.userMetadata },
      )
    } finally {
      await rm(files.info, { force: true })
    }
  }

  /** One request at a time per upload; a resume waits briefly for a dropped request to wind down. */
  private async withLock(id: string, fn: () => Promise<void>) {
    const deadline = Date.now() + 3000
    while (this.locks.has(id)) {
      const left = deadline - Date.now()
      if (left <= 0) throw new TusError(423, 'The upload is locked')
      await Promise.race([this.locks.get(id), new Promise((r) => setTimeout(r, left))])
    }
    const running = fn()
    this.locks.set(id, running.then(() => undefined, () => undefined))
    try {
      await running
    } finally {
      this.locks.delete(id)
    }
  }
}
