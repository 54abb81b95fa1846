import { onMounted, ref, shallowRef } from 'vue'
import { getRequest } from '@/api/requests'
import { failureKind, type FailureKind } from './failureMessage'
import { takeReceipt } from './receiptHandoff'

export interface ReceiptView {
  id: string
  registration_no: string
  received_on: string
  due_notice_on: string
  deadline_provisional: boolean
  /** Only right after filing, in this tab: the status-check secret is shown once. */
  secret: string | null
}

export function useRequestReceipt(requestId: string) {
  const receipt = shallowRef<ReceiptView | null>(null)
  const failure = ref<FailureKind | null>(null)
  const loading = ref(true)

  // Taken synchronously, so a second mount of the page (back/forward) no longer shows the secret.
  const fresh = takeReceipt(requestId)

  async function load() {
    loading.value = true
    failure.value = null
    try {
      if (fresh) {
        receipt.value = { ...fresh }
      } else {
        const row = await getRequest(requestId)
        receipt.value = row && { ...row, secret: null }
        if (!row) failure.value = 'notFound'
      }
    } catch (error) {
      failure.value = failureKind(error)
    } finally {
      loading.value = false
    }
  }

  onMounted(load)
  return { receipt, failure, loading, reload: load }
}
