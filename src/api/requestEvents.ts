import { getSupabase } from '@/lib/supabase'
import type { Database, Json } from '@/types/database.types'
import { unwrap } from './errors'

export type RequestEventRow = Database['public']['Tables']['request_events']['Row']
export type TimelineEvent = Pick<RequestEventRow, 'id' | 'at' | 'actor_role' | 'kind' | 'from_status' | 'to_status' | 'body' | 'data'>

/** The public timeline of a request (status changes, messages, documents), oldest first. */
export async function listPublicTimeline(requestId: string): Promise<TimelineEvent[]> {
  const supabase = await getSupabase()
  return unwrap(
    await supabase
      .from('request_events')
      .select('id, at, actor_role, kind, from_status, to_status, body, data')
      .eq('request_id', requestId)
      .eq('visibility', 'public')
      .order('id'),
  )
}

/** A message on the request's public thread (applicant ↔ officer); returns the new event's id. */
export async function sendMessage(requestId: string, body: string): Promise<number> {
  const supabase = await getSupabase()
  return unwrap(await supabase.rpc('send_message', { request_id: requestId, body: body.trim() }))
}

/** Reads a string field of an event's `data` (jsonb), or undefined. */
export function eventData(event: Pick<TimelineEvent, 'data'>, key: string): string | undefined {
  const data = event.data as { [k: string]: Json | undefined } | null
  const value = data && typeof data === 'object' && !Array.isArray(data) ? data[key] : undefined
  return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined
}
