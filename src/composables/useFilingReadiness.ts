import { onMounted, ref, shallowRef } from 'vue'
import { getFilingReadiness, listActiveUnits, type FilingReadiness, type UnitOption } from '@/api/requests'
import { nextTask } from '@/lib/nextTask'

/**
 * What the request page needs before the form: whether the citizen may file at all (profile and
 * identity document) and the units they may address. A failed check does not block the form: the
 * database refuses a request without them anyway, with a reason the form explains.
 */
export function useFilingReadiness(userId: string) {
  const readiness = shallowRef<FilingReadiness | null>(null)
  const units = shallowRef<UnitOption[]>([])
  const loading = ref(true)

  async function load() {
    loading.value = true
    const [ready, unitList] = await Promise.allSettled([getFilingReadiness(userId), listActiveUnits()])
    readiness.value = ready.status === 'fulfilled' ? ready.value : null
    units.value = unitList.status === 'fulfilled' ? unitList.value : []
    loading.value = false
  }

  // A task after the mount: on the first load, building and sending the two queries then does not
  // lengthen the task that hydrates the page.
  onMounted(() => void nextTask().then(load))
  return { readiness, units, loading, reload: load }
}
