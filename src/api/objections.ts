import { getSupabase } from '@/lib/supabase'
import type { Database } from '@/types/database.types'
import { unwrap } from './errors'

type Enums = Database['public']['Enums']
export type ObjectionRow = Database['public']['Tables']['objections']['Row']
export type ObjectionGround = Enums['objection_ground']
export type ObjectionStatus = Enums['objection_status']

export const OBJECTION_GROUNDS: readonly ObjectionGround[] = ['a', 'b', 'c', 'd', 'e', 'f', 'g']

const COLUMNS =
  'id, registration_no, request_id, grounds, case_position, proxy_name, ground_on, window_until, filed_late, received_at, received_on, due_on, status, response, reasons, responded_at, atasan_name, atasan_position, withdrawn_at, created_at'
export type Objection = Pick<
  ObjectionRow,
  | 'id' | 'registration_no' | 'request_id' | 'grounds' | 'case_position' | 'proxy_name' | 'ground_on' | 'window_until'
  | 'filed_late' | 'received_at' | 'received_on' | 'due_on' | 'status' | 'response' | 'reasons' | 'responded_at' | 'atasan_name'
  | 'atasan_position' | 'withdrawn_at' | 'created_at'
>

export interface ObjectionInput {
  requestId: string
  grounds: ObjectionGround[]
  casePosition: string
  proxyName?: string
  proxyAddress?: string
}

function objectionArgs(input: ObjectionInput) {
  return {
    request_id: input.requestId,
    grounds: input.grounds,
    case_position: input.casePosition.trim(),
    proxy_name: input.proxyName?.trim() || undefined,
    proxy_address: input.proxyAddress?.trim() || undefined,
  }
}

/** Files an objection to the Atasan PPID (UU KIP Pasal 35–36); the database checks the window. */
export async function submitObjection(input: ObjectionInput): Promise<Objection> {
  const supabase = await getSupabase()
  const row = unwrap(
    await supabase.rpc('submit_objection', objectionArgs(input)),
  )
  return pick(row)
}

export interface RegisteredObjectionInput extends ObjectionInput {
  /** Why a paper objection received after the 30-working-day window is still accepted (required then). */
  lateNote?: string
}

/**
 * Records an objection received offline, for the applicant (petugas/PPID only). The database checks the
 * ground and the window; after the window it accepts the objection only with a late note.
 */
export async function registerObjection(input: RegisteredObjectionInput): Promise<Objection> {
  const supabase = await getSupabase()
  const row = unwrap(
    await supabase.rpc('register_objection', { ...objectionArgs(input), late_note: input.lateNote?.trim() || undefined }),
  )
  return pick(row)
}

function pick(row: Database['public']['Functions']['register_objection']['Returns']): Objection {
  return {
    id: row.id, registration_no: row.registration_no, request_id: row.request_id, grounds: row.grounds,
    case_position: row.case_position, proxy_name: row.proxy_name, ground_on: row.ground_on, window_until: row.window_until,
    filed_late: row.filed_late, received_at: row.received_at, received_on: row.received_on, due_on: row.due_on,
    status: row.status, response: row.response, reasons: row.reasons, responded_at: row.responded_at,
    atasan_name: row.atasan_name, atasan_position: row.atasan_position, withdrawn_at: row.withdrawn_at, created_at: row.created_at,
  }
}

export async function getObjection(id: string): Promise<Objection | null> {
  const supabase = await getSupabase()
  return unwrap(await supabase.from('objections').select(COLUMNS).eq('id', id).maybeSingle()) ?? null
}

/** The objections filed against one request, newest first. */
export async function listObjectionsForRequest(requestId: string): Promise<Objection[]> {
  const supabase = await getSupabase()
  return unwrap(await supabase.from('objections').select(COLUMNS).eq('request_id', requestId).order('created_at', { ascending: false }))
}

export async function withdrawObjection(id: string): Promise<ObjectionStatus> {
  const supabase = await getSupabase()
  return unwrap(await supabase.rpc('withdraw_objection', { objection_id: id })).status
}
