import { getSupabase } from '@/lib/supabase'
import type { Database } from '@/types/database.types'
import { unwrap } from './errors'

type RequestStatus = Database['public']['Enums']['request_status']

export interface AppNotification {
  id: number
  request_id: string | null
  kind: string
  created_at: string
  read_at: string | null
  registration_no: string | null
  to_status: RequestStatus | null
}

/** The signed-in user's in-app notifications (one per public event on their requests), newest first. */
export async function listMyNotifications(userId: string, limit = 50): Promise<AppNotification[]> {
  const supabase = await getSupabase()
  const rows = unwrap(
    await supabase
      .from('notifications')
      .select('id, request_id, kind, created_at, read_at, request:requests(registration_no), event:request_events(to_status)')
      .eq('user_id', userId)
      .order('created_at', { ascending: false })
      .order('id', { ascending: false })
      .limit(limit),
  )
  return rows.map(({ request, event, ...row }) => ({
    ...row,
    registration_no: request?.registration_no ?? null,
    to_status: event?.to_status ?? null,
  }))
}

export async function countUnread(userId: string): Promise<number> {
  const supabase = await getSupabase()
  const { count, error } = await supabase
    .from('notifications')
    .select('id', { count: 'exact', head: true })
    .eq('user_id', userId)
    .is('read_at', null)
  unwrap({ data: null, error })
  return count ?? 0
}

/** Unread message notifications per request id, for the "my requests" list. */
export async function unreadMessagesByRequest(userId: string): Promise<Record<string, number>> {
  const supabase = await getSupabase()
  const rows = unwrap(
    await supabase.from('notifications').select('request_id').eq('user_id', userId).eq('kind', 'message').is('read_at', null).limit(1000),
  )
  const counts: Record<string, number> = {}
  for (const { request_id } of rows) if (request_id) counts[request_id] = (counts[request_id] ?? 0) + 1
  return counts
}

export async function markRead(userId: string, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return
  const supabase = await getSupabase()
  unwrap(await supabase.from('notifications').update({ read_at: new Date().toISOString() }).eq('user_id', userId).in('id', [...ids]).is('read_at', null))
}

/** Marks everything read, or only what belongs to one request (opening it reads its news). */
export async function markAllRead(userId: string, requestId?: string): Promise<void> {
  const supabase = await getSupabase()
  let query = supabase.from('notifications').update({ read_at: new Date().toISOString() }).eq('user_id', userId).is('read_at', null)
  if (requestId) query = query.eq('request_id', requestId)
  unwrap(await query)
}
