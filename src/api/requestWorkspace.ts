import { getSupabase } from '@/lib/supabase'
import type { Database } from '@/types/database.types'
import { DbFailure, unwrap } from './errors'

type Tables = Database['public']['Tables']
type RequestRow = Tables['requests']['Row']

/** The request as the workspace shows it. The full NIK is not among the columns: see revealApplicantNik. */
const REQUEST_COLUMNS =
  'id, registration_no, applicant_id, registered_by, channel, applicant_type, applicant_name, applicant_nik_masked, ' +
  'applicant_sk_number, applicant_address, applicant_occupation, applicant_phone, applicant_email, applicant_fax, ' +
  'proxy_name, proxy_address, details, purpose, obtain_methods, copy_methods, accessibility_needs, accessibility_note, ' +
  'target_unit_id, assigned_unit_id, assignee_id, status, received_at, received_on, due_notice_on, extended_at, ' +
  'extension_reason, due_final_on, deadline_provisional, completion_reason, completion_due_on, decision_type, ' +
  'information_status, information_forms, exemption_codes, exemption_other, holder_body, decision_note, notice_letter_no, ' +
  'notice_sent_at, delivery_due_on, fee_total, payment_method, paid_at, delivery_method, delivery_note, delivered_at, ' +
  'closed_at, withdrawn_at, withdraw_reason, objection_open_until, reopened_by_objection, updated_at, ' +
  'next_deadline, working_days_left, is_overdue'

export type WorkspaceRequest = Omit<RequestRow, 'lookup_secret_hash' | 'idempotency_key' |
  'declared_at' | 'created_at' | 'receipt_confirmed_at'> & { applicant_nik_masked: string | null }

export type RequestEvent = Pick<Tables['request_events']['Row'],
  'id' | 'at' | 'actor_id' | 'actor_role' | 'kind' | 'from_status' | 'to_status' | 'visibility' | 'body' | 'data'>

export type RequestFile = Pick<Tables['files']['Row'],
  'id' | 'bucket_id' | 'object_name' | 'kind' | 'original_name' | 'mime_type' | 'size_bytes' | 'check_status' |
  'detected_type' | 'created_at' | 'request_id' | 'profile_id'>

export type RequestFee = Pick<Tables['request_fees']['Row'], 'id' | 'item' | 'quantity' | 'unit_price'>

export type ExemptionGround = Tables['exemption_grounds']['Row']

export interface RevealedNik {
  applicant_nik: string | null
  proxy_nik: string | null
}

/** One request for the workspace, or null when it does not exist (or RLS hides it). */
export async function getWorkspaceRequest(id: string): Promise<WorkspaceRequest | null> {
  const supabase = await getSupabase()
  const data = unwrap(await supabase.from('requests').select(REQUEST_COLUMNS).eq('id', id).maybeSingle())
  return (data as unknown as WorkspaceRequest | null) ?? null
}

/** The full timeline, internal events included (staff only by RLS), oldest first. */
export async function listRequestEvents(requestId: string): Promise<RequestEvent[]> {
  const supabase = await getSupabase()
  return unwrap(
    await supabase.from('request_events')
      .select('id, at, actor_id, actor_role, kind, from_status, to_status, visibility, body, data')
      .eq('request_id', requestId).order('id'),
  )
}

const FILE_COLUMNS =
  'id, bucket_id, object_name, kind, original_name, mime_type, size_bytes, check_status, detected_type, created_at, request_id, profile_id'

/**
 * The request's own files (supporting documents, power of attorney, answers, letters) and the identity
 * documents of the applicant's profile, newest first.
 */
export async function listRequestFiles(requestId: string, applicantId: string | null): Promise<RequestFile[]> {
  const supabase = await getSupabase()
  const own = unwrap(await supabase.from('files').select(FILE_COLUMNS).eq('request_id', requestId).order('created_at', { ascending: false }))
  if (!applicantId) return own
  const identity = unwrap(
    await supabase.from('files').select(FILE_COLUMNS).eq('profile_id', applicantId).eq('kind', 'identity')
      .order('created_at', { ascending: false }),
  )
  return [...identity, ...own]
}

/**
 * A short-lived link that downloads the file as an attachment (Content-Disposition), never rendered
 * inline on the app's origin (security.md rule 8).
 */
export async function fileDownloadUrl(file: Pick<RequestFile, 'bucket_id' | 'object_name' | 'original_name'>): Promise<string> {
  const supabase = await getSupabase()
  const { data, error } = await supabase.storage.from(file.bucket_id)
    .createSignedUrl(file.object_name, 60, { download: file.original_name || true })
  if (error || !data) throw new DbFailure(error?.message ?? 'no signed URL', 'file_unavailable', '')
  return data.signedUrl
}

/** The fee lines that count (those of an earlier, superseded decision are left out). */
export async function listRequestFees(requestId: string): Promise<RequestFee[]> {
  const supabase = await getSupabase()
  return unwrap(
    await supabase.from('request_fees').select('id, item, quantity, unit_price')
      .eq('request_id', requestId).is('superseded_at', null).order('id'),
  )
}

/** The applicant's (and proxy's) full NIK. Every call is written to the audit log by the database. */
export async function revealApplicantNik(requestId: string): Promise<RevealedNik> {
  const supabase = await getSupabase()
  const data = unwrap(await supabase.rpc('reveal_applicant_nik', { request_id: requestId })) as unknown as RevealedNik
  return { applicant_nik: data.applicant_nik ?? null, proxy_nik: data.proxy_nik ?? null }
}

/** Pasal 17 letters a–j, plus k (another statute). */
export async function listExemptionGrounds(): Promise<ExemptionGround[]> {
  const supabase = await getSupabase()
  return unwrap(await supabase.from('exemption_grounds').select('code, label, legal_text').order('code'))
}
