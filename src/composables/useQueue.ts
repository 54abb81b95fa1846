import { computed, ref, shallowRef, watch, type Ref } from 'vue'
import { DbFailure } from '@/api/errors'
import {
  fetchQueueCounts, fetchQueuePage, fetchWholeQueue, listActiveUnits, listQueueAssignees,
  type QueueAssignee, type QueueCounts, type QueueItem, type QueuePage, type QueueQuery, type QueueUnit,
} from '@/api/queue'
import { useQueuePolling } from '@/composables/useQueuePolling'

const asFailure = (error: unknown) =>
  error instanceof DbFailure ? error : new DbFailure(error instanceof Error ? error.message : String(error), 'unknown', '')

/**
 * The queue page's data: loads the view whenever the URL's query changes, refreshes it every 30 s while
 * the tab is visible, and counts how many requests joined the same view since the last load (`arrived`),
 * so the page can announce them without moving focus.
 */
export function useQueuePage(query: Ref<QueueQuery>) {
  const page = shallowRef<QueuePage | null>(null)
  const loading = ref(false)
  const failure = shallowRef<DbFailure | null>(null)
  const arrived = ref(0)
  let shownKey = ''
  let seq = 0

  async function load(silent = false) {
    const key = JSON.stringify(query.value)
    const mine = ++seq
    if (!silent) loading.value = true
    try {
      const next = await fetchQueuePage(query.value)
      if (mine !== seq) return
      const before = page.value
      // A new view starts at zero; a poll that found more requests says how many (and stays until the next
      // finding), so the polite region does not repeat itself on every quiet poll.
      if (!silent || key !== shownKey || !before) arrived.value = 0
      else if (next.total > before.total) arrived.value = next.total - before.total
      page.value = next
      shownKey = key
      failure.value = null
    } catch (error) {
      if (mine === seq) failure.value = asFailure(error)
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  watch(query, () => load(), { immediate: true, deep: true })
  useQueuePolling(() => load(true))

  /** Every row of the current view (all pages), for the CSV export. */
  const exportRows = (): Promise<QueueItem[]> => fetchWholeQueue(query.value)

  return { page, loading, failure, arrived, reload: () => load(), exportRows }
}

/** The dashboard counters, refreshed like the queue. */
export function useQueueCounts() {
  const counts = shallowRef<QueueCounts | null>(null)
  const failure = shallowRef<DbFailure | null>(null)

  async function load() {
    try {
      counts.value = await fetchQueueCounts()
      failure.value = null
    } catch (error) {
      failure.value = asFailure(error)
    }
  }

  void load()
  useQueuePolling(load)
  return { counts, failure, reload: load }
}

/** Units and officers for the filter lists; a failure leaves them empty (the filters still work by URL). */
export function useQueueChoices() {
  const units = shallowRef<QueueUnit[]>([])
  const assignees = shallowRef<QueueAssignee[]>([])
  void listActiveUnits().then((list) => (units.value = list), () => undefined)
  void listQueueAssignees().then((list) => (assignees.value = list), () => undefined)
  const assigneeNames = computed(() => Object.fromEntries(assignees.value.map((a) => [a.id, a.email])))
  return { units, assignees, assigneeNames }
}
