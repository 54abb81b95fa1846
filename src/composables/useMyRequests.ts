import { computed, ref, shallowRef, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { unreadMessagesByRequest } from '@/api/notifications'
import { listMyRequests, REQUEST_STATUSES, type MyRequestSummary, type RequestStatus } from '@/api/requests'
import { failureKind, type FailureKind } from './failureMessage'

const isStatus = (value: unknown): value is RequestStatus => REQUEST_STATUSES.includes(value as RequestStatus)

/** The citizen's requests, filtered by the status in the URL (?status=…), with unread messages per request. */
export function useMyRequests(userId: string) {
  const route = useRoute()
  const router = useRouter()
  const requests = shallowRef<MyRequestSummary[]>([])
  const unread = shallowRef<Record<string, number>>({})
  const loading = ref(true)
  const failure = ref<FailureKind | null>(null)

  const status = computed<RequestStatus | ''>(() => {
    const value = Array.isArray(route.query.status) ? route.query.status[0] : route.query.status
    return isStatus(value) ? value : ''
  })

  async function load() {
    loading.value = true
    failure.value = null
    try {
      const [rows, counts] = await Promise.all([
        listMyRequests(userId, status.value ? [status.value] : []),
        unreadMessagesByRequest(userId).catch(() => ({})),
      ])
      requests.value = rows
      unread.value = counts
    } catch (error) {
      failure.value = failureKind(error)
    } finally {
      loading.value = false
    }
  }

  function setStatus(value: string) {
    return router.replace({ query: { ...route.query, status: isStatus(value) ? value : undefined } })
  }

  watch(status, load, { immediate: true })
  return { requests, unread, loading, failure, status, setStatus, reload: load }
}
