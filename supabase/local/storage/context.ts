import type { IncomingMessage } from 'node:http'
import { SignJWT, jwtVerify } from 'jose'
import type pg from 'pg'
import { bearerToken } from '../http.ts'
import type { BlobStore } from './blobs.ts'
import { asCaller, type Caller } from './db.ts'
import { E, fromPg } from './errors.ts'

export interface BucketRow {
  id: string
  name: string
  owner: string | null
  owner_id: string | null
  public: boolean
  file_size_limit: string | null
  allowed_mime_types: string[] | null
  created_at: Date
  updated_at: Date
}

export interface ObjectRow {
  id: string
  bucket_id: string
  name: string
  owner: string | null
  owner_id: string | null
  metadata: ObjectMetadata | null
  user_metadata: Record<string, unknown> | null
  version: string | null
  created_at: Date
  updated_at: Date
  last_accessed_at: Date
}

export interface ObjectMetadata {
  eTag: string
  size: number
  mimetype: string
  cacheControl: string
  lastModified: string
  contentLength: number
  httpStatusCode: number
}

/** Storage's view of the caller when it acts for itself (bucket lookups, public and signed routes). */
export const SERVICE: Caller = { role: 'service_role', claims: { role: 'service_role' } }

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Everything the Storage routes share. */
export class StorageContext {
  private readonly key: Uint8Array
  constructor(
    readonly pool: pg.Pool,
    readonly blobs: BlobStore,
    jwtSecret: string,
    readonly globalLimit: number,
    readonly publicUrl: () => string,
  ) {
    this.key = new TextEncoder().encode(jwtSecret)
  }

  /** The caller from the Authorization bearer; invalid or missing tokens run as anon only where allowed. */
  async caller(req: IncomingMessage, allowInvalid = false): Promise<Caller> {
    const token = bearerToken(req)
    try {
      if (!token) throw new Error('Invalid Compact JWS')
      const { payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'] })
      const sub = typeof payload.sub === 'string' ? payload.sub : undefined
      return { role: typeof payload.role === 'string' ? payload.role : 'anon', claims: payload, sub }
    } catch (error) {
      if (allowInvalid) return { role: 'anon', claims: { role: 'anon' } }
      throw E.accessDenied((error as Error).message)
    }
  }

  /** Runs as the caller and maps Postgres errors to Storage's. */
  async as<T>(caller: Caller, fn: (db: pg.PoolClient) => Promise<T>): Promise<T> {
    try {
      return await asCaller(this.pool, caller, fn)
    } catch (error) {
      throw fromPg(error)
    }
  }

  /** Runs `fn` as the caller and rolls back: Storage's way of asking RLS before the real write. */
  async probe(caller: Caller, fn: (db: pg.PoolClient) => Promise<unknown>): Promise<void> {
    const rollback = new Error('probe')
    try {
      await asCaller(this.pool, caller, async (db) => {
        await fn(db)
        throw rollback
      })
    } catch (error) {
      if (error !== rollback) throw fromPg(error)
    }
  }

  async bucket(id: string): Promise<BucketRow> {
    const { rows } = await this.pool.query<BucketRow>('select * from storage.buckets where id = $1', [id])
    if (!rows[0]) throw E.noSuchBucket()
    return rows[0]
  }

  /** The smaller of the global limit and the bucket's own. */
  limitFor(bucket: BucketRow): number {
    const own = bucket.file_size_limit === null ? Infinity : Number(bucket.file_size_limit)
    return Math.min(this.globalLimit, own)
  }

  /** Storage checks the declared type: exact `type/subtype` or `type/*`; an empty list allows all. */
  checkMime(bucket: BucketRow, declared: string): void {
    const allowed = bucket.allowed_mime_types
    if (!allowed || allowed.length === 0) return
    const mime = declared.split(';')[0]!.trim().toLowerCase()
    const [type, subtype] = mime.split('/')
    if (!type || !subtype) throw E.invalidMime(declared)
    const ok = allowed.some((entry) => {
      const e = entry.toLowerCase()
      return e === mime || e === `${type}/*`
    })
    if (!ok) throw E.invalidMime(mime)
  }

  ownerColumns(caller: Caller) {
    return { owner: caller.sub && UUID.test(caller.sub) ? caller.sub : null, owner_id: caller.sub ?? null }
  }

  async signToken(claims: Record<string, unknown>, expiresIn: number): Promise<string> {
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + expiresIn)
      .sign(this.key)
  }

  /** Verifies a signed-URL token for `bucket/name` and the expected scope; returns its claims. */
  async verifyToken(token: string | null, url: string, scope: 'download' | 'upload') {
    if (!token) throw E.invalidRequest("querystring must have required property 'token'")
    let payload: Record<string, unknown>
    try {
      payload = (await jwtVerify(token, this.key, { algorithms: ['HS256'] })).payload
    } catch (error) {
      throw E.invalidJwt((error as Error).message)
    }
    if (payload.url !== url) throw E.invalidSignature()
    const tokenScope = payload.scope ?? ('upsert' in payload ? 'upload' : 'download')
    if (tokenScope !== scope) throw E.invalidSignature(`Token is not scoped for ${scope}`)
    return payload
  }
}
