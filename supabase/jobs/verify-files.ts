/**
 * The magic-byte check (security.md rule 8): Storage trusts the declared MIME type, so this job reads the
 * first bytes of every file still `pending` and marks it `verified` when they match the declared type,
 * else `mismatch` (a mismatched identity document then blocks filing). It runs with the service-role key
 * against any Supabase project: in development `npm run dev` runs it every few seconds; in production
 * run `npm run job:verify-files` on a schedule (cron) with SUPABASE_URL and SUPABASE_SERVICE_ROLE_KEY.
 */
import { createClient, type SupabaseClient } from '@supabase/supabase-js'
import WebSocket from 'ws'
import { contentMatches as matches, detectType } from '../../src/lib/fileSignature.ts'

export { detectType, matches }

interface PendingFile {
  id: string
  bucket_id: string
  object_name: string
  mime_type: string
}

/** Checks up to `limit` pending files; returns how many it marked verified and mismatched. */
export async function verifyPendingFiles(url: string, serviceKey: string, limit = 100) {
  const db: SupabaseClient = createClient(url, serviceKey, {
    auth: { persistSession: false, autoRefreshToken: false },
    realtime: { transport: WebSocket as never },
  })
  const { data, error } = await db.from('files').select('id, bucket_id, object_name, mime_type')
    .eq('check_status', 'pending').order('created_at').limit(limit)
  if (error) throw new Error(`reading pending files: ${error.message}`)
  const counts = { verified: 0, mismatch: 0, unreadable: 0 }
  for (const file of (data ?? []) as PendingFile[]) {
    const path = file.object_name.split('/').map(encodeURIComponent).join('/')
    const res = await fetch(`${url}/storage/v1/object/authenticated/${file.bucket_id}/${path}`, {
      headers: { authorization: `Bearer ${serviceKey}`, apikey: serviceKey, range: 'bytes=0-4095' },
    })
    if (!res.ok) {
      counts.unreadable += 1
      continue
    }
    const detected = detectType(new Uint8Array(await res.arrayBuffer()))
    const status = matches(file.mime_type, detected) ? 'verified' : 'mismatch'
    const update = await db.from('files')
      .update({ check_status: status, detected_type: detected, checked_at: new Date().toISOString() })
      .eq('id', file.id)
    if (update.error) throw new Error(`marking file ${file.id}: ${update.error.message}`)
    counts[status] += 1
  }
  return counts
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.env.SUPABASE_URL ?? 'http://127.0.0.1:54321'
  const key = process.env.SUPABASE_SERVICE_ROLE_KEY ?? process.env.SERVICE_ROLE_KEY
  if (!key) {
    console.error('Set SUPABASE_SERVICE_ROLE_KEY (and SUPABASE_URL) to run the magic-byte check.')
    process.exit(2)
  }
  verifyPendingFiles(url, key).then(
    (counts) => console.log(`magic-byte check: ${counts.verified} verified, ${counts.mismatch} mismatched, ${counts.unreadable} unreadable`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error)
      process.exit(1)
    },
  )
}
