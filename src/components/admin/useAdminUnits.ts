import { ref, shallowRef } from 'vue'
import * as api from '@/api/units'
import type { Unit } from '@/api/units'
import { i18n } from '@/i18n'
import { failureMessage } from './failure'

export function useAdminUnits() {
  const { t } = i18n.global
  const units = shallowRef<Unit[]>([])
  const status = ref('')
  const tone = ref<'error' | 'success' | 'info'>('info')
  const busy = ref(false)

  async function run(action: () => Promise<string | void>): Promise<boolean> {
    if (busy.value) return false
    busy.value = true
    status.value = ''
    try {
      const done = await action()
      if (done) {
        status.value = done
        tone.value = 'success'
      }
      return true
    } catch (error) {
      status.value = failureMessage(error)
      tone.value = 'error'
      return false
    } finally {
      busy.value = false
    }
  }

  const load = () => run(async () => {
    units.value = await api.listUnits()
  })

  const save = (unit: { id: number | null; code: string; name: string; active: boolean }) => run(async () => {
    await api.saveUnit(unit)
    units.value = await api.listUnits()
    return t('admin.common.saved')
  })

  return { units, status, tone, busy, load, save }
}
