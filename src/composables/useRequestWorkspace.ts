import { ref, shallowRef, type Ref } from 'vue'
import { listRequestObjections, type ObjectionSummary } from '@/api/objectionDecisions'
import {
  getWorkspaceRequest, listExemptionGrounds, listRequestEvents, listRequestFees, listRequestFiles,
  type ExemptionGround, type RequestEvent, type RequestFee, type RequestFile, type WorkspaceRequest,
} from '@/api/requestWorkspace'
import { listActiveStaff, listActiveUnits, type StaffMember, type Unit } from '@/api/staff'
import { failureMessage } from './officerFailure'

export type LoadState = 'loading' | 'ready' | 'missing' | 'error'

/** Everything the request workspace shows, loaded together and reloaded after every action. */
export function useRequestWorkspace(id: Ref<string>) {
  const state = ref<LoadState>('loading')
  const loadError = ref('')
  const request = shallowRef<WorkspaceRequest | null>(null)
  const events = shallowRef<RequestEvent[]>([])
  const files = shallowRef<RequestFile[]>([])
  const fees = shallowRef<RequestFee[]>([])
  const objections = shallowRef<ObjectionSummary[]>([])
  const staff = shallowRef<StaffMember[]>([])
  const units = shallowRef<Unit[]>([])
  const grounds = shallowRef<ExemptionGround[]>([])
  let referenceLoaded = false

  async function load(): Promise<void> {
    const requestId = id.value
    try {
      const found = await getWorkspaceRequest(requestId)
      if (!found) {
        request.value = null
        state.value = 'missing'
        return
      }
      const [ev, fi, fe, ob] = await Promise.all([
        listRequestEvents(requestId), listRequestFiles(requestId, found.applicant_id), listRequestFees(requestId),
        listRequestObjections(requestId),
      ])
      if (!referenceLoaded) {
        ;[staff.value, units.value, grounds.value] = await Promise.all([listActiveStaff(), listActiveUnits(), listExemptionGrounds()])
        referenceLoaded = true
      }
      request.value = found
      events.value = ev
      files.value = fi
      fees.value = fe
      objections.value = ob
      state.value = 'ready'
    } catch (error) {
      loadError.value = failureMessage(error)
      state.value = 'error'
    }
  }

  function staffName(userId: string | null): string | null {
    if (!userId) return null
    return staff.value.find((s) => s.user_id === userId)?.display_name ?? null
  }

  function unitName(unitId: number | null): string | null {
    if (unitId === null) return null
    return units.value.find((u) => u.id === unitId)?.name ?? null
  }

  return { state, loadError, request, events, files, fees, objections, staff, units, grounds, load, staffName, unitName }
}

export type RequestWorkspace = ReturnType<typeof useRequestWorkspace>
