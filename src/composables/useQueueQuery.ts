import { computed } from 'vue'
import { useRoute, useRouter, type LocationQuery, type LocationQueryRaw } from 'vue-router'
import type { QueueDue, QueueQuery, QueueSort, RequestChannel, RequestStatus } from '@/api/queue'

/**
 * The queue's whole view lives in the URL query, so a view can be bookmarked and shared and the browser's
 * back and forward buttons walk through earlier views. Keys are short Indonesian words; defaults are left
 * out, so the plain `/petugas/antrian` is the default view.
 */
export const STATUSES: readonly RequestStatus[] = [
  'submitted', 'in_process', 'needs_completion', 'extended', 'decided', 'awaiting_payment',
  'delivered', 'closed', 'closed_incomplete', 'withdrawn',
]
export const CHANNELS: readonly RequestChannel[] = ['web', 'langsung', 'telepon', 'email', 'surat', 'whatsapp', 'lainnya']
export const PAGE_SIZES = [25, 50, 100] as const
const SORTS: Record<string, QueueSort> = { tenggat: 'deadline', diterima: 'received', nomor: 'number' }
const DUES: Record<string, QueueDue> = { dekat: 'soon', lewat: 'overdue' }
const DATE = /^\d{4}-\d{2}-\d{2}$/
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export const DEFAULT_QUERY: QueueQuery = {
  statuses: [], channel: null, unitId: null, assignee: null, due: null, receivedFrom: null, receivedTo: null,
  search: '', openObjection: false, sort: 'deadline', descending: false, limit: 25, offset: 0,
}

function one(value: LocationQuery[string] | undefined): string {
  const v = Array.isArray(value) ? value[0] : value
  return typeof v === 'string' ? v : ''
}

const keyOf = <T extends string>(map: Record<string, T>, value: T) => Object.keys(map).find((k) => map[k] === value)

/** Reads a URL query; anything unknown or malformed falls back to the default, never to an error. */
export function parseQueueQuery(query: LocationQuery): QueueQuery {
  const statuses = one(query.status).split(',').filter((s): s is RequestStatus => (STATUSES as string[]).includes(s))
  const channel = one(query.saluran)
  const unit = Number(one(query.unit))
  const assignee = one(query.petugas)
  const from = one(query.dari)
  const to = one(query.sampai)
  const size = Number(one(query.per))
  const limit = (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_QUERY.limit
  const page = Math.max(1, Math.floor(Number(one(query.hal))) || 1)
  return {
    statuses: [...new Set(statuses)],
    channel: (CHANNELS as string[]).includes(channel) ? (channel as RequestChannel) : null,
    unitId: Number.isInteger(unit) && unit > 0 ? unit : null,
    assignee: assignee === 'kosong' ? 'unassigned' : UUID.test(assignee) ? assignee.toLowerCase() : null,
    due: DUES[one(query.tenggat)] ?? null,
    receivedFrom: DATE.test(from) ? from : null,
    receivedTo: DATE.test(to) ? to : null,
    search: one(query.q).slice(0, 200),
    openObjection: one(query.keberatan) === '1',
    sort: SORTS[one(query.urut)] ?? DEFAULT_QUERY.sort,
    descending: one(query.arah) === 'turun',
    limit,
    offset: (page - 1) * limit,
  }
}

/** Writes a view as a URL query, leaving out what equals the default. */
export function toUrlQuery(q: QueueQuery): LocationQueryRaw {
  const out: Record<string, string> = {}
  if (q.search.trim()) out.q = q.search.trim()
  if (q.statuses.length) out.status = STATUSES.filter((s) => q.statuses.includes(s)).join(',')
  if (q.channel) out.saluran = q.channel
  if (q.unitId) out.unit = String(q.unitId)
  if (q.assignee) out.petugas = q.assignee === 'unassigned' ? 'kosong' : q.assignee
  if (q.due) out.tenggat = keyOf(DUES, q.due)!
  if (q.receivedFrom) out.dari = q.receivedFrom
  if (q.receivedTo) out.sampai = q.receivedTo
  if (q.openObjection) out.keberatan = '1'
  if (q.sort !== DEFAULT_QUERY.sort) out.urut = keyOf(SORTS, q.sort)!
  if (q.descending) out.arah = 'turun'
  if (q.limit !== DEFAULT_QUERY.limit) out.per = String(q.limit)
  if (q.offset > 0) out.hal = String(Math.floor(q.offset / q.limit) + 1)
  return out
}

/** The current view from the route, and navigation to another view (a new history entry). */
export function useQueueQuery() {
  const route = useRoute()
  const router = useRouter()
  const query = computed(() => parseQueueQuery(route.query))

  /** Applies a change; any change but paging itself returns to the first page. */
  function update(change: Partial<QueueQuery>) {
    const next = { ...query.value, ...change }
    if (!('offset' in change)) next.offset = 0
    return router.push({ name: 'officer-queue', query: toUrlQuery(next) })
  }

  return { query, update }
}
