import { unwrap } from '@/api/errors'
import { getSupabase } from '@/lib/supabase'
import type { Database } from '@/types/database.types'

type Fns = Database['public']['Functions']
export type RequestStatus = Database['public']['Enums']['request_status']
export type RequestChannel = Database['public']['Enums']['request_channel']
/** One queue row (public.queue_item); the database marks every field of a composite type nullable. */
export type QueueItem = Database['public']['CompositeTypes']['queue_item']
export type QueueCounts = Fns['staff_queue_counts']['Returns'][number]
export type QueueAssignee = Fns['staff_queue_assignees']['Returns'][number]
export type QueueSort = 'deadline' | 'received' | 'number'
export type QueueDue = 'soon' | 'overdue'

export interface QueueUnit {
  id: number
  code: string
  name: string
}

/** The server-side view of the queue: filters, sort and page. Empty fields filter nothing. */
export interface QueueQuery {
  statuses: RequestStatus[]
  channel: RequestChannel | null
  unitId: number | null
  /** An officer's id; `unassigned` for requests nobody holds yet. */
  assignee: string | null
  due: QueueDue | null
  receivedFrom: string | null
  receivedTo: string | null
  search: string
  openObjection: boolean
  sort: QueueSort
  descending: boolean
  limit: number
  offset: number
}

export interface QueuePage {
  total: number
  items: QueueItem[]
}

/** The largest page the database serves; the CSV export walks the view in pages of this size. */
export const MAX_PAGE = 1000

function rpcArgs(q: QueueQuery): Fns['staff_queue']['Args'] {
  return {
    statuses: q.statuses.length ? q.statuses : undefined,
    channel: q.channel ?? undefined,
    unit_id: q.unitId ?? undefined,
    assignee_id: q.assignee && q.assignee !== 'unassigned' ? q.assignee : undefined,
    unassigned: q.assignee === 'unassigned',
    due: q.due ?? undefined,
    received_from: q.receivedFrom ?? undefined,
    received_to: q.receivedTo ?? undefined,
    search: q.search.trim() || undefined,
    open_objection: q.openObjection,
    sort: q.sort,
    descending: q.descending,
    page_limit: q.limit,
    page_offset: q.offset,
  }
}

/** One page of the queue with the exact number of matching requests (staff only: `forbidden` otherwise). */
export async function fetchQueuePage(q: QueueQuery): Promise<QueuePage> {
  const supabase = await getSupabase()
  const row = unwrap(await supabase.rpc('staff_queue', rpcArgs(q)).single())
  return { total: row.total, items: row.items }
}

/** Every request of the view, in its order, for the CSV export. */
export async function fetchWholeQueue(q: QueueQuery): Promise<QueueItem[]> {
  const items: QueueItem[] = []
  for (let offset = 0; ; offset += MAX_PAGE) {
    const page = await fetchQueuePage({ ...q, limit: MAX_PAGE, offset })
    items.push(...page.items)
    if (page.items.length < MAX_PAGE || items.length >= page.total) return items
  }
}

/** The dashboard's numbers: new, in process, due soon, overdue, awaiting applicant or payment, objections. */
export async function fetchQueueCounts(): Promise<QueueCounts> {
  const supabase = await getSupabase()
  return unwrap(await supabase.rpc('staff_queue_counts').single())
}

/** Officers holding an active case role, for the assignee filter. */
export async function listQueueAssignees(): Promise<QueueAssignee[]> {
  const supabase = await getSupabase()
  return unwrap(await supabase.rpc('staff_queue_assignees'))
}

/** Active units (OPD), for the unit filter. */
export async function listActiveUnits(): Promise<QueueUnit[]> {
  const supabase = await getSupabase()
  return unwrap(await supabase.from('units').select('id, code, name').eq('active', true).order('name'))
}
