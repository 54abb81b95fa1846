import type { Caller } from './db.ts'
import { SERVICE, type ObjectMetadata, type ObjectRow, type StorageContext } from './context.ts'
import { E } from './errors.ts'
import type { Received } from './upload.ts'

const UPSERT_SQL = `
  insert into storage.objects (bucket_id, name, owner, owner_id, metadata, user_metadata, version)
  values ($1, $2, $3, $4, $5, $6, $7)
  on conflict (bucket_id, name) do update set
    metadata = excluded.metadata, user_metadata = excluded.user_metadata, version = excluded.version,
    owner = excluded.owner, owner_id = excluded.owner_id
  returning *`

/** Asks RLS whether the caller may create (or, with upsert, overwrite) the object, as Storage's canUpload. */
export async function probeUpload(ctx: StorageContext, caller: Caller, bucketId: string, name: string, upsert: boolean, size = 0, mimetype = '') {
  const o = ctx.ownerColumns(caller)
  const meta = { mimetype, contentLength: size }
  await ctx.probe(caller, (db) =>
    upsert
      ? db.query(UPSERT_SQL, [bucketId, name, o.owner, o.owner_id, meta, null, '1'])
      : db.query(
          `insert into storage.objects (bucket_id, name, owner, owner_id, metadata, version) values ($1, $2, $3, $4, $5, '1')`,
          [bucketId, name, o.owner, o.owner_id, meta],
        ),
  )
}

/**
 * Records an upload whose bytes are already on disk. One object key at a time (advisory lock); without
 * upsert an existing object is a duplicate. The bytes of a replaced version are removed afterwards.
 */
export async function completeUpload(
  ctx: StorageContext,
  target: { bucketId: string; name: string; upsert: boolean; owner: { owner: string | null; owner_id: string | null } },
  received: Pick<Received, 'version' | 'metadata' | 'userMetadata'>,
): Promise<ObjectRow> {
  let replaced: string | null = null
  try {
    const row = await ctx.as(SERVICE, async (db) => {
      await db.query(`select pg_advisory_xact_lock(hashtext($1))`, [`${target.bucketId}/${target.name}`])
      const existing = await db.query<ObjectRow>('select * from storage.objects where bucket_id = $1 and name = $2 for update', [target.bucketId, target.name])
      if (existing.rows[0] && !target.upsert) throw E.keyExists()
      replaced = existing.rows[0]?.version ?? null
      const { rows } = await db.query<ObjectRow>(UPSERT_SQL, [
        target.bucketId, target.name, target.owner.owner, target.owner.owner_id,
        received.metadata, received.userMetadata, received.version,
      ])
      return rows[0]!
    })
    if (replaced && replaced !== received.version) await ctx.blobs.remove(replaced)
    return row
  } catch (error) {
    await ctx.blobs.remove(received.version)
    throw error
  }
}

/** The object as the caller may see it (RLS select), or NoSuchKey. */
export async function findObject(ctx: StorageContext, caller: Caller, bucketId: string, name: string): Promise<ObjectRow> {
  const row = await ctx.as(caller, async (db) => {
    const { rows } = await db.query<ObjectRow>('select * from storage.objects where bucket_id = $1 and name = $2', [bucketId, name])
    return rows[0]
  })
  if (!row || !row.version) throw E.noSuchKey()
  return row
}

export function metadataOrEmpty(row: ObjectRow): Partial<ObjectMetadata> {
  return row.metadata ?? {}
}
