import { shallowRef } from 'vue'
import { registerOfflineRequest, type OfflineReceipt } from '@/api/offline'
import { listActiveUnits, type Unit } from '@/api/staff'
import { toOfflineInput, type OfflineDraft } from './offlineDraft'

/** The offline form's data: the units to route to, and the registration itself. */
export function useOfflineRegistration() {
  const units = shallowRef<Unit[]>([])
  async function loadUnits() {
    try {
      units.value = await listActiveUnits()
    } catch {
      // The unit is optional; without the list the request is registered unrouted.
      units.value = []
    }
  }
  const register = (draft: OfflineDraft): Promise<OfflineReceipt> => registerOfflineRequest(toOfflineInput(draft))
  return { units, loadUnits, register }
}
