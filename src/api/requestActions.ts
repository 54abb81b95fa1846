import { getSupabase } from '@/lib/supabase'
import type { Database, Json } from '@/types/database.types'
import { unwrap } from './errors'

type Enums = Database['public']['Enums']
export type RequestStatus = Enums['request_status']
export type DecisionType = Enums['decision_type']
export type CopyMethod = Enums['copy_method']
export type InformationStatus = Enums['information_status']

/**
 * What a transition hands back: the functions return the whole row, so the columns are narrowed
 * here and the NIK never travels with an action's answer.
 */
export interface Transitioned {
  id: string
  status: RequestStatus
  updated_at: string
}
const RESULT = 'id, status, updated_at'

type Rpc = Database['public']['Functions']

async function transition<N extends keyof Rpc>(name: N, args: Rpc[N]['Args']): Promise<Transitioned> {
  const supabase = await getSupabase()
  // Every transition function returns public.requests, so PostgREST can narrow its columns.
  const call = supabase.rpc(name, args as never) as unknown as { select(columns: string): { single(): PromiseLike<{ data: unknown; error: null | { message: string; code?: string; hint?: string } }> } }
  return unwrap(await call.select(RESULT).single()) as Transitioned
}

/** Verified and complete: submitted → in_process, optionally routed to a unit. */
export function acceptRequest(requestId: string, expected: RequestStatus, unitId: number | null = null) {
  return transition('accept_request', { request_id: requestId, expected_status: expected, ...(unitId ? { unit_id: unitId } : {}) })
}

/** Asks the applicant for what is missing (reason shown to the applicant): → needs_completion. */
export function requestCompletion(requestId: string, expected: RequestStatus, reason: string) {
  return transition('request_completion', { request_id: requestId, expected_status: expected, reason })
}

/** Closes a request whose completion window lapsed: needs_completion → closed_incomplete. */
export function closeIncomplete(requestId: string, expected: RequestStatus, note?: string) {
  return transition('close_incomplete', { request_id: requestId, expected_status: expected, ...(note ? { note } : {}) })
}

/** Routes the request to a unit and/or an officer (an internal event; the status stays). */
export function assignRequest(requestId: string, to: { unitId?: number | null; assigneeId?: string | null }) {
  return transition('assign_request', {
    request_id: requestId,
    ...(to.unitId ? { unit_id: to.unitId } : {}),
    ...(to.assigneeId ? { assignee_id: to.assigneeId } : {}),
  })
}

/** UU KIP 22(8): once, before the 10-working-day deadline, with written reasons (PPID only). */
export function extendRequest(requestId: string, expected: RequestStatus, reason: string) {
  return transition('extend_request', { request_id: requestId, expected_status: expected, reason })
}

export interface ConsequenceTestInput {
  document: string
  exempt_items: string
  legal_basis: string
  harm_analysis: string
  public_interest: string
  result: string
  exemption_period?: string
  signed_by: string
  decided_on?: string
}

export interface FeeLine {
  item: string
  quantity: number
  unit_price: number
}

export interface DecisionInput {
  decision: DecisionType
  letterNo?: string
  note?: string
  informationForms?: string[]
  exemptionCodes?: string[]
  exemptionOther?: string
  consequenceTest?: ConsequenceTestInput
  holderBody?: string
  deliveryDueOn?: string
  fees?: FeeLine[]
}

/** The written notice (PPID only): the decision with its legal record. */
export function decideRequest(requestId: string, expected: RequestStatus, input: DecisionInput) {
  return transition('decide_request', {
    request_id: requestId,
    expected_status: expected,
    decision: input.decision,
    ...(input.letterNo ? { letter_no: input.letterNo } : {}),
    ...(input.note ? { note: input.note } : {}),
    ...(input.informationForms?.length ? { information_forms: input.informationForms } : {}),
    ...(input.exemptionCodes?.length ? { exemption_codes: input.exemptionCodes } : {}),
    ...(input.exemptionOther ? { exemption_other: input.exemptionOther } : {}),
    ...(input.consequenceTest ? { consequence_test: input.consequenceTest as unknown as Json } : {}),
    ...(input.holderBody ? { holder_body: input.holderBody } : {}),
    ...(input.deliveryDueOn ? { delivery_due_on: input.deliveryDueOn } : {}),
    ...(input.fees?.length ? { fees: input.fees as unknown as Json } : {}),
  })
}

/** The applicant paid the fee: awaiting_payment → decided. */
export function recordPayment(requestId: string, expected: RequestStatus, method: string) {
  return transition('record_payment', { request_id: requestId, expected_status: expected, method })
}

/** The information was handed over: decided → delivered. */
export function deliverRequest(requestId: string, expected: RequestStatus, method: CopyMethod, note?: string) {
  return transition('deliver_request', { request_id: requestId, expected_status: expected, method, ...(note ? { note } : {}) })
}

/** delivered → closed. */
export function closeRequest(requestId: string, expected: RequestStatus) {
  return transition('close_request', { request_id: requestId, expected_status: expected })
}

/** A message the applicant reads (public timeline event). */
export async function sendMessage(requestId: string, body: string): Promise<number> {
  const supabase = await getSupabase()
  return unwrap(await supabase.rpc('send_message', { request_id: requestId, body }))
}

/** A note for staff only (internal timeline event). */
export async function addInternalNote(requestId: string, body: string): Promise<number> {
  const supabase = await getSupabase()
  return unwrap(await supabase.rpc('add_internal_note', { request_id: requestId, body }))
}

/**
 * Links a document the officer uploaded to responses/<request id>/<uuid>.<ext> (src/lib/upload.ts: one
 * request, or TUS above 6 MB) to the request (attach_response), which makes it visible to the applicant.
 */
export async function attachResponse(
  requestId: string, objectName: string, kind: 'response' | 'letter' = 'response', originalName?: string,
): Promise<string> {
  const supabase = await getSupabase()
  return unwrap(await supabase.rpc('attach_response', {
    request_id: requestId, object_name: objectName, kind, ...(originalName ? { original_name: originalName.slice(0, 255) } : {}),
  }))
}
