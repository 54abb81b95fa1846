import { DbFailure, unwrap } from '@/api/errors'
import { getSupabase } from '@/lib/supabase'
import type { Tables } from '@/types/database.types'

/**
 * The buckets the app uploads into (supabase/migrations/…0400_profiles_and_files.sql): citizens' identity
 * and attachments under their own folder, officers' responses under the request's folder.
 */
export type UploadBucket = 'identity' | 'attachments' | 'responses'

export type FileRow = Tables<'files'>
export type IdentityDocument = Pick<
  FileRow,
  'id' | 'bucket_id' | 'object_name' | 'original_name' | 'mime_type' | 'size_bytes' | 'check_status' | 'created_at'
>

/**
 * Storage answers every 4xx as `{statusCode: '413', …}`; the UI tells these apart by `reason`:
 * file_too_large, file_type_not_allowed, file_denied, file_exists, network, unknown.
 */
export function toStorageFailure(error: { message: string; statusCode?: string | number; status?: number }): DbFailure {
  const status = String(error.statusCode ?? error.status ?? '')
  const reasons: Record<string, string> = {
    '413': 'file_too_large',
    '415': 'file_type_not_allowed',
    '403': 'file_denied',
    '401': 'not_signed_in',
    '409': 'file_exists',
  }
  // An expired or forged token comes back as 400 InvalidJWT ('"exp" claim timestamp check failed', 'jwt malformed').
  const reason = /jwt|claim/i.test(error.message) ? 'not_signed_in'
    : reasons[status] ?? (status === '' || status === '0' ? 'network' : 'unknown')
  return new DbFailure(error.message, reason, status ? `storage_${status}` : '')
}

/** One request upload of a small file (the resumable path is for files above the TUS threshold). */
export async function uploadObject(bucket: UploadBucket, path: string, body: Blob, contentType: string): Promise<void> {
  const supabase = await getSupabase()
  let result
  try {
    result = await supabase.storage.from(bucket).upload(path, body, { contentType, upsert: false, cacheControl: '3600' })
  } catch (error) {
    // supabase-js rethrows a failed fetch (offline) instead of returning it.
    throw new DbFailure(error instanceof Error ? error.message : String(error), 'network', '')
  }
  if (result.error) {
    const error = result.error as { message: string; statusCode?: string; status?: number }
    // A network failure arrives as a StorageUnknownError without a status.
    throw toStorageFailure(error)
  }
}

/** Removes an upload that was never linked (policy: only unlinked objects in the caller's folder). */
export async function removeObject(bucket: UploadBucket, path: string): Promise<void> {
  const supabase = await getSupabase()
  const { error } = await supabase.storage.from(bucket).remove([path])
  if (error) throw toStorageFailure(error as { message: string; statusCode?: string })
}

export interface ResumableTarget {
  endpoint: string
  apikey: string
  accessToken: string
}

/**
 * What a TUS upload needs: Supabase's resumable endpoint, the anon key and the session's access token.
 * Called before every TUS request, so a long upload picks up a refreshed token.
 */
export async function resumableTarget(): Promise<ResumableTarget> {
  const supabase = await getSupabase()
  const { data, error } = await supabase.auth.getSession()
  if (error || !data.session) throw new DbFailure(error?.message ?? 'No session', 'not_signed_in', 'PT401')
  return {
    endpoint: `${import.meta.env.VITE_SUPABASE_URL}/storage/v1/upload/resumable`,
    apikey: import.meta.env.VITE_SUPABASE_ANON_KEY,
    accessToken: data.session.access_token,
  }
}

/** Registers an uploaded identity scan (identity/<uid>/…) on the caller's profile; returns the file id. */
export async function addIdentityDocument(objectName: string, originalName: string | null): Promise<string> {
  const supabase = await getSupabase()
  return unwrap(
    await supabase.rpc('add_identity_document', { object_name: objectName, original_name: originalName ?? undefined }),
  )
}

/** The caller's identity documents, newest first (the newest one counts). */
export async function listIdentityDocuments(profileId: string): Promise<IdentityDocument[]> {
  const supabase = await getSupabase()
  return unwrap(
    await supabase
      .from('files')
      .select('id, bucket_id, object_name, original_name, mime_type, size_bytes, check_status, created_at')
      .eq('profile_id', profileId)
      .eq('kind', 'identity')
      .order('created_at', { ascending: false }),
  )
}

/** A short-lived link that downloads the file (never rendered inline on the app's origin). */
export async function downloadUrl(bucket: string, objectName: string, fileName?: string): Promise<string> {
  const supabase = await getSupabase()
  const { data, error } = await supabase.storage.from(bucket).createSignedUrl(objectName, 60, { download: fileName ?? true })
  if (error) throw toStorageFailure(error as { message: string; statusCode?: string })
  return data.signedUrl
}
