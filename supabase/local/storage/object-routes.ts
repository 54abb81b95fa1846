import type { IncomingMessage, ServerResponse } from 'node:http'
import { SERVICE, type ObjectRow, type StorageContext } from './context.ts'
import { E } from './errors.ts'
import { decodeTail, mustBeValidKey } from './keys.ts'
import { completeUpload, findObject, probeUpload } from './object-store.ts'
import { renderObject } from './render.ts'
import { receiveUpload } from './upload.ts'

export interface Req {
  req: IncomingMessage
  res: ServerResponse
  params: string[]
  query: URLSearchParams
  body: () => Promise<Record<string, unknown>>
}
export type StorageRoute = { method: string | string[]; path: RegExp; handler: (r: Req) => Promise<unknown> }

const target = (r: Req) => ({ bucketId: decodeTail(r.params[0]!), name: mustBeValidKey(decodeTail(r.params[1]!)) })

function expiresIn(value: unknown): number {
  if (value === undefined) throw E.missingParameter('expiresIn')
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > 10 * 365 * 24 * 3600) throw E.invalidParameter('expiresIn')
  return n
}

export function objectRoutes(ctx: StorageContext): StorageRoute[] {
  async function upload(r: Req, upsert: boolean) {
    const { bucketId, name } = target(r)
    const caller = await ctx.caller(r.req)
    const bucket = await ctx.bucket(bucketId)
    await probeUpload(ctx, caller, bucket.id, name, upsert)
    const received = await receiveUpload(ctx, r.req, bucket)
    const row = await completeUpload(ctx, { bucketId: bucket.id, name, upsert, owner: ctx.ownerColumns(caller) }, received)
    return { Id: row.id, Key: `${bucket.id}/${name}` }
  }

  async function download(r: Req, mode: 'auto' | 'authenticated' | 'public') {
    const { bucketId, name } = target(r)
    const caller = mode === 'public' ? SERVICE : await ctx.caller(r.req, mode === 'auto')
    const bucket = await ctx.bucket(bucketId)
    if (mode === 'public' && !bucket.public) throw E.noSuchBucket()
    const row = await findObject(ctx, bucket.public ? SERVICE : caller, bucket.id, name)
    await renderObject(ctx, r.req, r.res, row, r.query)
  }

  async function info(r: Req, mode: 'auto' | 'authenticated' | 'public') {
    const { bucketId, name } = target(r)
    const caller = mode === 'public' ? SERVICE : await ctx.caller(r.req, mode === 'auto')
    const bucket = await ctx.bucket(bucketId)
    if (mode === 'public' && !bucket.public) throw E.noSuchBucket()
    const row = await findObject(ctx, bucket.public ? SERVICE : caller, bucket.id, name)
    const m = row.metadata
    return {
      id: row.id, name: row.name, version: row.version, bucket_id: row.bucket_id,
      size: m?.size ?? null, content_type: m?.mimetype ?? null, cache_control: m?.cacheControl ?? null,
      etag: m?.eTag ?? null, metadata: row.user_metadata, last_modified: row.updated_at, created_at: row.created_at,
    }
  }

  async function sign(r: Req) {
    const { bucketId, name } = target(r)
    const caller = await ctx.caller(r.req)
    const seconds = expiresIn((await r.body()).expiresIn)
    await findObject(ctx, caller, bucketId, name)
    const token = await ctx.signToken({ url: `${bucketId}/${name}`, scope: 'download' }, seconds)
    return { signedURL: `/object/sign/${bucketId}/${name}?token=${token}` }
  }

  async function signMany(r: Req) {
    const bucketId = decodeTail(r.params[0]!)
    const caller = await ctx.caller(r.req)
    const body = await r.body()
    const seconds = expiresIn(body.expiresIn)
    const paths = body.paths
    if (!Array.isArray(paths) || paths.length === 0 || !paths.every((p) => typeof p === 'string')) {
      throw E.invalidRequest('body/paths must NOT have fewer than 1 items')
    }
    const visible = await ctx.as(caller, async (db) => {
      const { rows } = await db.query<{ name: string }>('select name from storage.objects where bucket_id = $1 and name = any($2::text[])', [bucketId, paths])
      return new Set(rows.map((row) => row.name))
    })
    return Promise.all(
      (paths as string[]).map(async (path) =>
        visible.has(path)
          ? { error: null, path, signedURL: `/object/sign/${bucketId}/${path}?token=${await ctx.signToken({ url: `${bucketId}/${path}`, scope: 'download' }, seconds)}` }
          : { error: 'Either the object does not exist or you do not have access to it', path, signedURL: null },
      ),
    )
  }

  async function signedDownload(r: Req) {
    const { bucketId, name } = target(r)
    const claims = await ctx.verifyToken(r.query.get('token'), `${bucketId}/${name}`, 'download')
    const row = await findObject(ctx, SERVICE, bucketId, name)
    await renderObject(ctx, r.req, r.res, row, r.query, { expires: new Date(Number(claims.exp) * 1000).toUTCString() })
  }

  async function signUpload(r: Req) {
    const { bucketId, name } = target(r)
    const caller = await ctx.caller(r.req)
    const upsert = r.req.headers['x-upsert'] === 'true'
    await ctx.bucket(bucketId)
    await probeUpload(ctx, caller, bucketId, name, upsert)
    const token = await ctx.signToken({ owner: caller.sub, url: `${bucketId}/${name}`, upsert, scope: 'upload' }, 7200)
    return { url: `/object/upload/sign/${bucketId}/${name}?token=${token}`, token }
  }

  async function signedUpload(r: Req) {
    const { bucketId, name } = target(r)
    const claims = await ctx.verifyToken(r.query.get('token'), `${bucketId}/${name}`, 'upload')
    const bucket = await ctx.bucket(bucketId)
    const received = await receiveUpload(ctx, r.req, bucket)
    const owner = typeof claims.owner === 'string' ? claims.owner : undefined
    await completeUpload(ctx, { bucketId, name, upsert: claims.upsert === true, owner: ctx.ownerColumns({ ...SERVICE, sub: owner }) }, received)
    return { Key: `${bucketId}/${name}` }
  }

  async function list(r: Req) {
    const bucketId = decodeTail(r.params[0]!)
    const caller = await ctx.caller(r.req)
    const body = await r.body()
    if (typeof body.prefix !== 'string') throw E.invalidRequest("body must have required property 'prefix'")
    const prefix = body.prefix && !body.prefix.endsWith('/') ? `${body.prefix}/` : body.prefix
    const limit = body.limit === undefined ? 100 : Number(body.limit)
    const offset = body.offset === undefined ? 0 : Number(body.offset)
    if (!Number.isInteger(limit) || limit < 1) throw E.invalidRequest('body/limit must be >= 1')
    if (!Number.isInteger(offset) || offset < 0) throw E.invalidRequest('body/offset must be >= 0')
    const sortBy = (body.sortBy ?? {}) as { column?: string; order?: string }
    const column = sortBy.column ?? 'name'
    const order = (sortBy.order ?? 'asc').toLowerCase()
    if (!['name', 'updated_at', 'created_at', 'last_accessed_at'].includes(column)) throw E.invalidRequest('body/sortBy/column must be equal to one of the allowed values')
    if (order !== 'asc' && order !== 'desc') throw E.invalidRequest('body/sortBy/order must be equal to one of the allowed values')
    const search = typeof body.search === 'string' ? body.search : ''
    return ctx.as(caller, async (db) => {
      const { rows } = await db.query('select * from storage.search($1, $2, $3, $4, $5, $6, $7)', [prefix, bucketId, Math.min(limit, 1500), offset, search, column, order])
      return rows
    })
  }

  async function moveOrCopy(r: Req, kind: 'move' | 'copy') {
    const caller = await ctx.caller(r.req)
    const body = await r.body()
    for (const p of ['bucketId', 'sourceKey', 'destinationKey']) {
      if (typeof body[p] !== 'string' || !body[p]) throw E.invalidRequest(`body must have required property '${p}'`)
    }
    const from = { bucketId: body.bucketId as string, name: mustBeValidKey(body.sourceKey as string) }
    const to = { bucketId: (body.destinationBucket as string | undefined) ?? from.bucketId, name: mustBeValidKey(body.destinationKey as string) }
    await ctx.bucket(to.bucketId)
    const source = await findObject(ctx, caller, from.bucketId, from.name)
    const owner = ctx.ownerColumns(caller)
    if (kind === 'move') {
      await ctx.probe(caller, (db) =>
        db.query('update storage.objects set name = $3, bucket_id = $4, owner = $5, owner_id = $6 where bucket_id = $1 and name = $2',
          [from.bucketId, from.name, to.name, to.bucketId, owner.owner, owner.owner_id]).then((res) => {
          if (res.rowCount === 0) throw E.noSuchKey()
        }),
      )
      await ctx.as(SERVICE, async (db) => {
        const exists = await db.query('select 1 from storage.objects where bucket_id = $1 and name = $2', [to.bucketId, to.name])
        if (exists.rowCount) throw E.keyExists()
        await db.query('update storage.objects set name = $3, bucket_id = $4, owner = $5, owner_id = $6 where id = $1 and name = $2',
          [source.id, from.name, to.name, to.bucketId, owner.owner, owner.owner_id])
      })
      return { message: 'Successfully moved' }
    }
    const upsert = r.req.headers['x-upsert'] === 'true'
    await probeUpload(ctx, caller, to.bucketId, to.name, upsert)
    const copied = await ctx.blobs.copy(source.version!)
    const row: ObjectRow = await completeUpload(ctx, { ...to, upsert, owner }, { version: copied.version, metadata: source.metadata!, userMetadata: source.user_metadata })
    return { Id: row.id, Key: `${to.bucketId}/${to.name}`, name: row.name, bucket_id: row.bucket_id, metadata: row.metadata }
  }

  async function removeMany(r: Req) {
    const bucketId = decodeTail(r.params[0]!)
    const caller = await ctx.caller(r.req)
    const prefixes = (await r.body()).prefixes
    if (!Array.isArray(prefixes) || prefixes.length === 0 || !prefixes.every((p) => typeof p === 'string')) {
      throw E.invalidRequest('body/prefixes must NOT have fewer than 1 items')
    }
    const rows = await ctx.as(caller, async (db) =>
      (await db.query<ObjectRow>('delete from storage.objects where bucket_id = $1 and name = any($2::text[]) returning *', [bucketId, prefixes])).rows,
    )
    await Promise.all(rows.map((row) => ctx.blobs.remove(row.version)))
    return rows
  }

  async function removeOne(r: Req) {
    const { bucketId, name } = target(r)
    const caller = await ctx.caller(r.req)
    const rows = await ctx.as(caller, async (db) =>
      (await db.query<ObjectRow>('delete from storage.objects where bucket_id = $1 and name = $2 returning *', [bucketId, name])).rows,
    )
    if (!rows[0]) throw E.noSuchKey()
    await ctx.blobs.remove(rows[0].version)
    return { message: 'Successfully deleted' }
  }

  const B = '([^/]+)'
  const T = '(.+)'
  const GET = ['GET', 'HEAD']
  return [
    { method: 'POST', path: new RegExp(`^/object/list/${B}$`), handler: list },
    { method: 'POST', path: /^\/object\/move$/, handler: (r) => moveOrCopy(r, 'move') },
    { method: 'POST', path: /^\/object\/copy$/, handler: (r) => moveOrCopy(r, 'copy') },
    { method: 'POST', path: new RegExp(`^/object/sign/${B}/${T}$`), handler: sign },
    { method: 'POST', path: new RegExp(`^/object/sign/${B}$`), handler: signMany },
    { method: GET, path: new RegExp(`^/object/sign/${B}/${T}$`), handler: signedDownload },
    { method: 'POST', path: new RegExp(`^/object/upload/sign/${B}/${T}$`), handler: signUpload },
    { method: 'PUT', path: new RegExp(`^/object/upload/sign/${B}/${T}$`), handler: signedUpload },
    { method: 'GET', path: new RegExp(`^/object/info/public/${B}/${T}$`), handler: (r) => info(r, 'public') },
    { method: 'GET', path: new RegExp(`^/object/info/authenticated/${B}/${T}$`), handler: (r) => info(r, 'authenticated') },
    { method: 'GET', path: new RegExp(`^/object/info/${B}/${T}$`), handler: (r) => info(r, 'auto') },
    { method: GET, path: new RegExp(`^/object/public/${B}/${T}$`), handler: (r) => download(r, 'public') },
    { method: GET, path: new RegExp(`^/object/authenticated/${B}/${T}$`), handler: (r) => download(r, 'authenticated') },
    { method: GET, path: new RegExp(`^/object/${B}/${T}$`), handler: (r) => download(r, 'auto') },
    { method: 'POST', path: new RegExp(`^/object/${B}/${T}$`), handler: (r) => upload(r, r.req.headers['x-upsert'] === 'true') },
    { method: 'PUT', path: new RegExp(`^/object/${B}/${T}$`), handler: (r) => upload(r, true) },
    { method: 'DELETE', path: new RegExp(`^/object/${B}$`), handler: removeMany },
    { method: 'DELETE', path: new RegExp(`^/object/${B}/${T}$`), handler: removeOne },
  ]
}
