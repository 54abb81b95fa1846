import type { IncomingMessage, ServerResponse } from 'node:http'
import pg from 'pg'
import { BodyTooLarge, readBody, sendJson } from '../http.ts'
import { BlobStore } from './blobs.ts'
import { bucketRoutes } from './bucket-routes.ts'
import { StorageContext } from './context.ts'
import { E, StorageError, sendStorageError } from './errors.ts'
import { objectRoutes, type StorageRoute } from './object-routes.ts'
import { TusServer } from './tus.ts'

/**
 * The Storage service (`/storage/v1`), answering as Supabase Storage does. Object rows are read and
 * written as the caller's role with the caller's claims, so storage policies from migrations decide.
 */
export class StorageServer {
  readonly db: pg.Pool
  readonly ctx: StorageContext
  private readonly routes: StorageRoute[]
  private readonly tus: TusServer

  constructor(opts: { dbUrl: string; jwtSecret: string; root: string; globalLimit: number; publicUrl: () => string }) {
    this.db = new pg.Pool({ connectionString: opts.dbUrl, max: 20 })
    this.db.on('error', () => undefined)
    this.ctx = new StorageContext(this.db, new BlobStore(opts.root), opts.jwtSecret, opts.globalLimit, opts.publicUrl)
    this.routes = [...objectRoutes(this.ctx), ...bucketRoutes(this.ctx)]
    this.tus = new TusServer(this.ctx)
  }

  async handle(req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams): Promise<void> {
    if (path === '/upload/resumable' || path.startsWith('/upload/resumable/')) {
      return this.tus.handle(req, res, path.slice('/upload/resumable'.length))
    }
    try {
      const method = req.method ?? 'GET'
      const route = this.routes.find((r) => (Array.isArray(r.method) ? r.method : [r.method]).includes(method) && r.path.test(path))
      if (!route) throw E.notFound()
      const params = route.path.exec(path)!.slice(1)
      let parsed: Record<string, unknown> | undefined
      const body = async () => (parsed ??= await jsonBody(req))
      const result = await route.handler({ req, res, params, query, body })
      if (!res.headersSent && result !== undefined) sendJson(res, 200, result)
    } catch (error) {
      req.resume()
      // Already answering, or the client is gone (a dropped upload): nothing more to say.
      if (res.headersSent || req.socket.destroyed) return void res.destroy()
      if (error instanceof StorageError) return sendStorageError(res, error)
      console.error('[storage]', error)
      sendStorageError(res, E.internal())
    }
  }

  async close() {
    await this.db.end()
  }
}

async function jsonBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  let raw: Buffer
  try {
    raw = await readBody(req, 1024 * 1024)
  } catch (error) {
    if (error instanceof BodyTooLarge) throw E.tooLarge('request body')
    throw error
  }
  if (!raw.length) return {}
  try {
    const value: unknown = JSON.parse(raw.toString('utf8'))
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>
  } catch {
    // falls through to the error below
  }
  throw E.invalidRequest('Body is not valid JSON')
}
