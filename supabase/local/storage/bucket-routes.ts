import type { BucketRow, StorageContext } from './context.ts'
import { SERVICE } from './context.ts'
import { E } from './errors.ts'
import { mustBeValidBucketName } from './keys.ts'
import type { Req, StorageRoute } from './object-routes.ts'

const COLUMNS = 'id, name, owner, owner_id, public, file_size_limit, allowed_mime_types, created_at, updated_at, type'

const UNITS: Record<string, number> = { gb: 1e9, mb: 1e6, kb: 1000, b: 1 }

/** Bucket sizes as Storage takes them: bytes, or a string such as "20MB" in decimal units (20MB = 20 000 000). */
function fileSizeLimit(value: unknown): number | null | undefined {
  if (value === undefined) return undefined
  if (value === null) return null
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value
  const match = typeof value === 'string' ? /^([0-9]+(?:\.[0-9]+)?)(gb|mb|kb|b)$/i.exec(value) : null
  if (match) return Math.round(Number(match[1]) * UNITS[match[2]!.toLowerCase()]!)
  throw E.invalidFileSizeLimit()
}

function mimeTypes(value: unknown): string[] | null | undefined {
  if (value === undefined) return undefined
  if (value === null) return null
  if (!Array.isArray(value)) throw E.invalidRequest('body/allowed_mime_types must be array')
  const list = value.filter((v) => v !== '')
  for (const entry of list) {
    if (typeof entry !== 'string' || !/^[a-z0-9!#$&^_.+-]+\/([a-z0-9!#$&^_.+-]+|\*)$/i.test(entry)) throw E.invalidMime(String(entry))
  }
  return list.length ? list.map((v: string) => v.toLowerCase()) : null
}

const toJson = (row: BucketRow) => ({ ...row, file_size_limit: row.file_size_limit === null ? null : Number(row.file_size_limit) })

export function bucketRoutes(ctx: StorageContext): StorageRoute[] {
  async function list(r: Req) {
    const caller = await ctx.caller(r.req)
    return ctx.as(caller, async (db) => (await db.query<BucketRow>(`select ${COLUMNS} from storage.buckets order by name`)).rows.map(toJson))
  }

  async function get(r: Req) {
    const caller = await ctx.caller(r.req)
    const row = await ctx.as(caller, async (db) => (await db.query<BucketRow>(`select ${COLUMNS} from storage.buckets where id = $1`, [r.params[0]])).rows[0])
    if (!row) throw E.noSuchBucket()
    return toJson(row)
  }

  async function create(r: Req) {
    const caller = await ctx.caller(r.req)
    const body = await r.body()
    const name = mustBeValidBucketName(body.name ?? body.id)
    const id = body.id === undefined ? name : mustBeValidBucketName(body.id)
    const limit = fileSizeLimit(body.file_size_limit)
    if (limit !== undefined && limit !== null && limit > ctx.globalLimit) throw E.tooLarge('bucket file_size_limit')
    const owner = ctx.ownerColumns(caller)
    try {
      await ctx.as(caller, (db) =>
        db.query(
          `insert into storage.buckets (id, name, owner, owner_id, public, file_size_limit, allowed_mime_types) values ($1, $2, $3, $4, $5, $6, $7)`,
          [id, name, owner.owner, owner.owner_id, body.public === true, limit ?? null, mimeTypes(body.allowed_mime_types) ?? null],
        ),
      )
    } catch (error) {
      if ((error as { code?: string }).code === 'ResourceAlreadyExists') throw E.bucketExists()
      throw error
    }
    return { name }
  }

  async function update(r: Req) {
    const caller = await ctx.caller(r.req)
    const body = await r.body()
    const limit = fileSizeLimit(body.file_size_limit)
    if (limit !== undefined && limit !== null && limit > ctx.globalLimit) throw E.tooLarge('bucket file_size_limit')
    const mimes = mimeTypes(body.allowed_mime_types)
    const { rowCount } = await ctx.as(caller, (db) =>
      db.query(
        `update storage.buckets set
           public = coalesce($2, public),
           file_size_limit = case when $3 then $4::bigint else file_size_limit end,
           allowed_mime_types = case when $5 then $6::text[] else allowed_mime_types end,
           updated_at = now()
         where id = $1`,
        [r.params[0], typeof body.public === 'boolean' ? body.public : null, limit !== undefined, limit ?? null, mimes !== undefined, mimes ?? null],
      ),
    )
    if (!rowCount) throw E.noSuchBucket()
    return { message: 'Successfully updated' }
  }

  async function empty(r: Req) {
    const caller = await ctx.caller(r.req)
    await ctx.bucket(r.params[0]!)
    const rows = await ctx.as(caller, async (db) =>
      (await db.query<{ version: string | null }>('delete from storage.objects where bucket_id = $1 returning version', [r.params[0]])).rows,
    )
    await Promise.all(rows.map((row) => ctx.blobs.remove(row.version)))
    return { message: 'Successfully emptied' }
  }

  async function remove(r: Req) {
    const caller = await ctx.caller(r.req)
    await ctx.bucket(r.params[0]!)
    const count = await ctx.as(SERVICE, async (db) => (await db.query('select 1 from storage.objects where bucket_id = $1 limit 1', [r.params[0]])).rowCount)
    if (count) throw E.bucketNotEmpty()
    const { rowCount } = await ctx.as(caller, (db) => db.query('delete from storage.buckets where id = $1', [r.params[0]]))
    if (!rowCount) throw E.noSuchBucket()
    return { message: 'Successfully deleted' }
  }

  return [
    { method: 'GET', path: /^\/bucket\/?$/, handler: list },
    { method: 'POST', path: /^\/bucket\/?$/, handler: create },
    { method: 'GET', path: /^\/bucket\/([^/]+)$/, handler: get },
    { method: 'PUT', path: /^\/bucket\/([^/]+)$/, handler: update },
    { method: 'DELETE', path: /^\/bucket\/([^/]+)$/, handler: remove },
    { method: 'POST', path: /^\/bucket\/([^/]+)\/empty$/, handler: empty },
  ]
}
