import { onMounted, ref, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { getObjection, withdrawObjection, type Objection } from '@/api/objections'
import { getRequest, type MyRequest } from '@/api/requests'
import { failureKind, useFailureMessage, type FailureKind } from './failureMessage'

export function useObjection(objectionId: string) {
  const { t } = useI18n()
  const describe = useFailureMessage()
  const objection = shallowRef<Objection | null>(null)
  const request = shallowRef<MyRequest | null>(null)
  const loading = ref(true)
  const failure = ref<FailureKind | null>(null)
  const status = ref('')
  const statusTone = ref<'error' | 'success'>('success')
  const busy = ref(false)

  async function load() {
    failure.value = null
    try {
      objection.value = await getObjection(objectionId)
      if (!objection.value) failure.value = 'notFound'
      else request.value = await getRequest(objection.value.request_id)
    } catch (error) {
      failure.value = failureKind(error)
    } finally {
      loading.value = false
    }
  }

  async function withdraw() {
    if (busy.value) return
    busy.value = true
    try {
      await withdrawObjection(objectionId)
      await load()
      status.value = t('citizen.objection.withdrawn')
      statusTone.value = 'success'
    } catch (error) {
      status.value = describe(error)
      statusTone.value = 'error'
      if (failureKind(error) === 'conflict') await load()
    } finally {
      busy.value = false
    }
  }

  onMounted(load)
  return { objection, request, loading, failure, status, statusTone, busy, load, withdraw }
}
