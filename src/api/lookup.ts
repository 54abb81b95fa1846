import { unwrap } from '@/api/errors'
import { getSupabase } from '@/lib/supabase'
import type { Enums } from '@/types/database.types'

export interface LookupEvent {
  at: string
  kind: string
  to_status: Enums<'request_status'> | null
}

export interface LookupFound {
  found: true
  registration_no: string
  status: Enums<'request_status'>
  decision_type: Enums<'decision_type'> | null
  received_on: string
  due_notice_on: string
  due_final_on: string | null
  deadline_provisional: boolean
  notice_sent_at: string | null
  delivered_at: string | null
  closed_at: string | null
  timeline: LookupEvent[]
}

export type LookupResult = LookupFound | { found: false }

/**
 * Cek Status without an account: `lookup_request` by POST (the secret never sits in a URL). Any
 * mismatch answers `{found: false}`; too many failed tries throw a DbFailure `too_many_attempts` (HTTP 429).
 */
export async function lookupRequest(registrationNo: string, secret: string): Promise<LookupResult> {
  const supabase = await getSupabase()
  const data = unwrap(await supabase.rpc('lookup_request', { registration_no: registrationNo.trim(), secret: secret.trim() }))
  return data as unknown as LookupResult
}
