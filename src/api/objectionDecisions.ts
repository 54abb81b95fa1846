import { getSupabase } from '@/lib/supabase'
import type { Database } from '@/types/database.types'
import { unwrap } from './errors'

type Tables = Database['public']['Tables']
type Enums = Database['public']['Enums']
export type ObjectionStatus = Enums['objection_status']
export type ObjectionGround = Enums['objection_ground']
export type DisputeStage = Enums['dispute_stage']
export type DisputeOutcome = Enums['dispute_outcome']
export type Decision = Extract<ObjectionStatus, 'upheld' | 'rejected' | 'settled_musyawarah'>

export type ObjectionSummary = Pick<Tables['objections']['Row'],
  'id' | 'registration_no' | 'request_id' | 'grounds' | 'status' | 'received_on' | 'due_on' | 'filed_late' |
  'objection_working_days_left'> & { request: { registration_no: string; applicant_name: string } | null }

export type Objection = Omit<Tables['objections']['Row'], 'applicant_id' | 'registered_by' | 'responder_id' | 'created_at'>

export type Dispute = Pick<Tables['disputes']['Row'],
  'id' | 'objection_id' | 'request_id' | 'commission' | 'register_no' | 'filed_on' | 'filed_late' | 'stage' | 'outcome' | 'notes' | 'updated_at'>

const SUMMARY = 'id, registration_no, request_id, grounds, status, received_on, due_on, filed_late, objection_working_days_left, ' +
  'request:requests!objections_request_id_fkey(registration_no, applicant_name)'
const OBJECTION = 'id, registration_no, request_id, grounds, case_position, proxy_name, proxy_address, ground_on, window_until, ' +
  'filed_late, late_note, received_at, received_on, due_on, status, response, reasons, responded_at, atasan_name, ' +
  'atasan_position, applicant_reaction, reaction_at, withdrawn_at, updated_at, objection_working_days_left'
const DISPUTE = 'id, objection_id, request_id, commission, register_no, filed_on, filed_late, stage, outcome, notes, updated_at'

/** The supervisor's queue: open objections (or all), the nearest answer deadline first. */
export async function listObjections(scope: 'open' | 'all' = 'open'): Promise<ObjectionSummary[]> {
  const supabase = await getSupabase()
  let query = supabase.from('objections').select(SUMMARY)
  if (scope === 'open') query = query.in('status', ['submitted', 'in_review'])
  return unwrap(await query.order('due_on').order('registration_no').limit(500)) as unknown as ObjectionSummary[]
}

export async function getObjection(id: string): Promise<Objection | null> {
  const supabase = await getSupabase()
  return (unwrap(await supabase.from('objections').select(OBJECTION).eq('id', id).maybeSingle()) as unknown as Objection | null) ?? null
}

/** The objections filed against one request, newest first (for the request workspace). */
export async function listRequestObjections(requestId: string): Promise<ObjectionSummary[]> {
  const supabase = await getSupabase()
  return unwrap(await supabase.from('objections').select(SUMMARY).eq('request_id', requestId)
    .order('received_at', { ascending: false })) as unknown as ObjectionSummary[]
}

/** Forwards the objection to the Atasan PPID: submitted → in_review. */
export async function reviewObjection(id: string, expected: ObjectionStatus): Promise<Objection> {
  const supabase = await getSupabase()
  return unwrap(await supabase.rpc('review_objection', { objection_id: id, expected_status: expected })
    .select(OBJECTION).single()) as unknown as Objection
}

/** The Atasan PPID's written answer; upheld reopens the request. */
export async function decideObjection(
  id: string, expected: ObjectionStatus, outcome: Decision, response: string, reasons?: string,
): Promise<Objection> {
  const supabase = await getSupabase()
  return unwrap(await supabase.rpc('decide_objection', {
    objection_id: id, expected_status: expected, outcome, response, ...(reasons ? { reasons } : {}),
  }).select(OBJECTION).single()) as unknown as Objection
}

export async function listDisputes(objectionId: string): Promise<Dispute[]> {
  const supabase = await getSupabase()
  return unwrap(await supabase.from('disputes').select(DISPUTE).eq('objection_id', objectionId).order('created_at'))
}

export interface DisputeInput {
  commission?: string
  registerNo?: string
  filedOn?: string
  notes?: string
}

/** A dispute filed at the Komisi Informasi (a record only; the KI runs it). */
export async function recordDispute(objectionId: string, input: DisputeInput): Promise<Dispute> {
  const supabase = await getSupabase()
  return unwrap(await supabase.rpc('record_dispute', {
    objection_id: objectionId,
    ...(input.commission ? { commission: input.commission } : {}),
    ...(input.registerNo ? { register_no: input.registerNo } : {}),
    ...(input.filedOn ? { filed_on: input.filedOn } : {}),
    ...(input.notes ? { notes: input.notes } : {}),
  }).select(DISPUTE).single()) as unknown as Dispute
}

export async function updateDispute(id: string, stage: DisputeStage, outcome?: DisputeOutcome | null, notes?: string): Promise<Dispute> {
  const supabase = await getSupabase()
  return unwrap(await supabase.rpc('update_dispute', {
    dispute_id: id, stage, ...(outcome ? { outcome } : {}), ...(notes ? { notes } : {}),
  }).select(DISPUTE).single()) as unknown as Dispute
}
