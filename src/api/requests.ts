import { getSupabase } from '@/lib/supabase'
import type { Database, Json } from '@/types/database.types'
import { DbFailure, toDbFailure, unwrap } from './errors'

type Tables = Database['public']['Tables']
type Enums = Database['public']['Enums']
export type RequestRow = Tables['requests']['Row']
export type RequestStatus = Enums['request_status']
export type ObtainMethod = Enums['obtain_method']
export type CopyMethod = Enums['copy_method']
export type DecisionType = Enums['decision_type']
export type FileRow = Tables['files']['Row']
export type HolidayKind = Enums['holiday_kind']

export const REQUEST_STATUSES: readonly RequestStatus[] = [
  'submitted', 'in_process', 'needs_completion', 'extended', 'decided', 'awaiting_payment',
  'delivered', 'closed', 'closed_incomplete', 'withdrawn',
]
export const OBTAIN_METHODS: readonly ObtainMethod[] = [
  'melihat', 'membaca', 'mendengarkan', 'mencatat', 'salinan_softcopy', 'salinan_hardcopy',
]
export const COPY_METHODS: readonly CopyMethod[] = ['ambil_langsung', 'kurir', 'pos', 'faksimili', 'email']
/** States a citizen may still withdraw from (withdraw_request's guard). */
export const WITHDRAWABLE: readonly RequestStatus[] = ['submitted', 'in_process', 'needs_completion', 'extended']

const LIST_COLUMNS =
  'id, registration_no, status, decision_type, details, received_on, due_notice_on, due_final_on, deadline_provisional, next_deadline, working_days_left, is_overdue, created_at'
export type MyRequestSummary = Pick<
  RequestRow,
  | 'id' | 'registration_no' | 'status' | 'decision_type' | 'details' | 'received_on' | 'due_notice_on' | 'due_final_on'
  | 'deadline_provisional' | 'next_deadline' | 'working_days_left' | 'is_overdue' | 'created_at'
>

/** The signed-in citizen's own requests, newest first, optionally of some statuses only. */
export async function listMyRequests(userId: string, statuses: readonly RequestStatus[] = []): Promise<MyRequestSummary[]> {
  const supabase = await getSupabase()
  let query = supabase.from('requests').select(LIST_COLUMNS).eq('applicant_id', userId)
  if (statuses.length > 0) query = query.in('status', [...statuses])
  return unwrap(await query.order('created_at', { ascending: false }).limit(200))
}

const DETAIL_COLUMNS = `${LIST_COLUMNS}, purpose, obtain_methods, copy_methods, accessibility_needs, accessibility_note, proxy_name, received_at, extended_at, extension_reason, completion_reason, completion_due_on, information_status, exemption_codes, exemption_other, holder_body, decision_note, notice_letter_no, notice_sent_at, delivery_due_on, fee_total, paid_at, delivery_method, delivered_at, receipt_confirmed_at, closed_at, withdrawn_at, withdraw_reason, objection_open_until, reopened_by_objection`
export type MyRequest = MyRequestSummary &
  Pick<
    RequestRow,
    | 'purpose' | 'obtain_methods' | 'copy_methods' | 'accessibility_needs' | 'accessibility_note' | 'proxy_name' | 'received_at'
    | 'extended_at' | 'extension_reason' | 'completion_reason' | 'completion_due_on' | 'information_status' | 'exemption_codes'
    | 'exemption_other' | 'holder_body' | 'decision_note' | 'notice_letter_no' | 'notice_sent_at' | 'delivery_due_on'
    | 'fee_total' | 'paid_at' | 'delivery_method' | 'delivered_at' | 'receipt_confirmed_at' | 'closed_at' | 'withdrawn_at'
    | 'withdraw_reason' | 'objection_open_until' | 'reopened_by_objection'
  >

/** One request the caller may read (RLS: their own), or null when there is none to see. */
export async function getRequest(id: string): Promise<MyRequest | null> {
  const supabase = await getSupabase()
  const result = await supabase.from('requests').select(DETAIL_COLUMNS).eq('id', id).maybeSingle()
  if (result.error) throw toDbFailure(result.error)
  return result.data
}

export interface SubmitRequestInput {
  idempotencyKey: string
  details: string
  purpose: string
  obtainMethods: ObtainMethod[]
  copyMethods: CopyMethod[]
  declaration: boolean
  attachments: { bucket: string; name: string; kind: 'supporting' | 'power_of_attorney'; original_name?: string }[]
  accessibilityNeeds: string[]
  accessibilityNote?: string
  targetUnitId?: number | null
  proxyName?: string
  proxyNik?: string
  proxyAddress?: string
}

export interface RequestReceipt {
  id: string
  registration_no: string
  /** The status-check secret: returned by the first answer (and its retries for a day), never stored in clear. */
  secret: string | null
  status: RequestStatus
  received_at: string
  received_on: string
  due_notice_on: string
  deadline_provisional: boolean
}

const blank = (value: string | undefined) => (value && value.trim() ? value.trim() : undefined)

/** Files a request. The same idempotency key always returns the same request, so a retry is safe. */
export async function submitRequest(input: SubmitRequestInput): Promise<RequestReceipt> {
  const supabase = await getSupabase()
  const data = unwrap(
    await supabase.rpc('submit_request', {
      idempotency_key: input.idempotencyKey,
      details: input.details.trim(),
      purpose: input.purpose.trim(),
      obtain_methods: input.obtainMethods,
      copy_methods: input.copyMethods,
      declaration: input.declaration,
      attachments: input.attachments as unknown as Json,
      accessibility_needs: input.accessibilityNeeds,
      accessibility_note: blank(input.accessibilityNote),
      target_unit_id: input.targetUnitId ?? undefined,
      proxy_name: blank(input.proxyName),
      proxy_nik: blank(input.proxyNik),
      proxy_address: blank(input.proxyAddress),
    }),
  )
  return data as unknown as RequestReceipt
}

export async function withdrawRequest(id: string, reason?: string): Promise<RequestStatus> {
  const supabase = await getSupabase()
  const row = unwrap(await supabase.rpc('withdraw_request', { request_id: id, reason: blank(reason) }))
  return row.status
}

/** Answers an officer's request for completion (status needs_completion): the clock runs again. */
export async function completeRequest(id: string, note?: string): Promise<RequestStatus> {
  const supabase = await getSupabase()
  const row = unwrap(await supabase.rpc('complete_request', { request_id: id, note: blank(note) }))
  return row.status
}

export async function confirmReceipt(id: string): Promise<RequestStatus> {
  const supabase = await getSupabase()
  const row = unwrap(await supabase.rpc('confirm_receipt', { request_id: id }))
  return row.status
}

export interface SkippedHoliday {
  day: string
  name: string
  kind: HolidayKind
}

/** Weekday holidays after `from` up to and including `to`: why a deadline falls where it does. */
export async function holidaysBetween(from: string, to: string): Promise<SkippedHoliday[]> {
  const supabase = await getSupabase()
  return unwrap(await supabase.rpc('holidays_between', { a: from, b: to }))
}

export interface FilingReadiness {
  hasProfile: boolean
  hasIdentityDocument: boolean
}

/** Whether the citizen may file: a profile and an identity document the check did not reject (submit_request's guard). */
export async function getFilingReadiness(userId: string): Promise<FilingReadiness> {
  const supabase = await getSupabase()
  const [profile, identity] = await Promise.all([
    supabase.from('profiles').select('id').eq('id', userId).maybeSingle(),
    supabase.from('files').select('id').eq('profile_id', userId).eq('kind', 'identity').neq('check_status', 'mismatch').limit(1),
  ])
  if (profile.error) throw toDbFailure(profile.error)
  return { hasProfile: profile.data !== null, hasIdentityDocument: unwrap(identity).length > 0 }
}

export type UnitOption = Pick<Tables['units']['Row'], 'id' | 'code' | 'name'>

/** Active units (OPD) a citizen may address the request to. */
export async function listActiveUnits(): Promise<UnitOption[]> {
  const supabase = await getSupabase()
  return unwrap(await supabase.from('units').select('id, code, name').eq('active', true).order('name'))
}

export type RequestDocument = Pick<FileRow, 'id' | 'kind' | 'object_name' | 'original_name' | 'mime_type' | 'size_bytes' | 'created_at'>

/** The answers and letters the agency attached to a request. */
export async function listRequestDocuments(requestId: string): Promise<RequestDocument[]> {
  const supabase = await getSupabase()
  return unwrap(
    await supabase
      .from('files')
      .select('id, kind, object_name, original_name, mime_type, size_bytes, created_at')
      .eq('request_id', requestId)
      .eq('bucket_id', 'responses')
      .order('created_at'),
  )
}

/**
 * A short-lived link that downloads the document as an attachment (Content-Disposition), so it is
 * never rendered inline on the app's origin (security.md rule 8).
 */
export async function documentDownloadUrl(doc: Pick<RequestDocument, 'object_name' | 'original_name'>): Promise<string> {
  const supabase = await getSupabase()
  const { data, error } = await supabase.storage
    .from('responses')
    .createSignedUrl(doc.object_name, 60, { download: doc.original_name || true })
  if (error) throw new DbFailure(error.message, 'download_failed', 'storage')
  return data.signedUrl
}

/** `n` working days after `from`, by the database's calendar (the one every deadline uses). */
export async function addWorkingDays(from: string, n: number): Promise<string> {
  const supabase = await getSupabase()
  return unwrap(await supabase.rpc('add_working_days', { start: from, n }))
}
