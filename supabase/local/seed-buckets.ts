import { createReadStream } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import { extname, join, relative, sep } from 'node:path'
import type { SeedBucket } from './config.ts'
import { SERVICE, type StorageContext } from './storage/context.ts'
import { completeUpload } from './storage/object-store.ts'

const TYPES: Record<string, string> = {
  '.pdf': 'application/pdf', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.txt': 'text/plain',
  '.csv': 'text/csv', '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
}

async function* filesUnder(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* filesUnder(path)
    else if (entry.isFile()) yield path
  }
}

/**
 * What `supabase seed buckets` does for `[storage.buckets.NAME]` in config.toml: creates the bucket if
 * a migration did not, and uploads every file under objects_path that is not there yet (key = path).
 */
export async function seedBuckets(ctx: StorageContext, buckets: SeedBucket[], log: (line: string) => void): Promise<void> {
  for (const b of buckets) {
    await ctx.pool.query(
      `insert into storage.buckets (id, name, public, file_size_limit, allowed_mime_types) values ($1, $1, $2, $3, $4)
       on conflict (id) do nothing`,
      [b.name, b.public, b.fileSizeLimit, b.allowedMimeTypes],
    )
    if (!b.objectsPath || !(await stat(b.objectsPath).then((s) => s.isDirectory(), () => false))) continue
    let count = 0
    for await (const file of filesUnder(b.objectsPath)) {
      const name = relative(b.objectsPath, file).split(sep).join('/')
      const exists = await ctx.pool.query('select 1 from storage.objects where bucket_id = $1 and name = $2', [b.name, name])
      if (exists.rowCount) continue
      const written = await ctx.blobs.write(createReadStream(file), Number.POSITIVE_INFINITY)
      const mimetype = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'
      await completeUpload(ctx, { bucketId: b.name, name, upsert: false, owner: ctx.ownerColumns(SERVICE) }, {
        version: written.version,
        userMetadata: null,
        metadata: {
          eTag: `"${written.md5}"`, size: written.size, mimetype, cacheControl: 'max-age=3600',
          lastModified: new Date().toUTCString(), contentLength: written.size, httpStatusCode: 200,
        },
      })
      count += 1
    }
    if (count) log(`seeded ${count} objects into bucket ${b.name}\n`)
  }
}
