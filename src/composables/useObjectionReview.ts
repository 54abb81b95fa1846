import { ref, shallowRef, type Ref } from 'vue'
import {
  decideObjection, getObjection, listDisputes, listObjections, recordDispute, reviewObjection, updateDispute,
  type Decision, type Dispute, type DisputeInput, type DisputeOutcome, type DisputeStage, type Objection, type ObjectionSummary,
} from '@/api/objectionDecisions'
import { getWorkspaceRequest, type WorkspaceRequest } from '@/api/requestWorkspace'
import { failureMessage } from './officerFailure'
import type { LoadState } from './useRequestWorkspace'

/** The supervisor's queue: open objections (or all), nearest deadline first. */
export function useObjectionQueue() {
  const scope = ref<'open' | 'all'>('open')
  const rows = shallowRef<ObjectionSummary[]>([])
  const state = ref<LoadState>('loading')
  const loadError = ref('')
  async function load() {
    state.value = 'loading'
    try {
      rows.value = await listObjections(scope.value)
      state.value = 'ready'
    } catch (error) {
      loadError.value = failureMessage(error)
      state.value = 'error'
    }
  }
  return { scope, rows, state, loadError, load }
}

/** One objection with its request and disputes, and the actions on it bound to the status on screen. */
export function useObjectionReview(id: Ref<string>) {
  const state = ref<LoadState>('loading')
  const loadError = ref('')
  const objection = shallowRef<Objection | null>(null)
  const request = shallowRef<WorkspaceRequest | null>(null)
  const disputes = shallowRef<Dispute[]>([])

  async function load() {
    try {
      const found = await getObjection(id.value)
      if (!found) {
        objection.value = null
        state.value = 'missing'
        return
      }
      const [r, d] = await Promise.all([getWorkspaceRequest(found.request_id), listDisputes(found.id)])
      objection.value = found
      request.value = r
      disputes.value = d
      state.value = 'ready'
    } catch (error) {
      loadError.value = failureMessage(error)
      state.value = 'error'
    }
  }

  const current = () => {
    if (!objection.value) throw new Error('no objection loaded')
    return objection.value
  }

  return {
    state, loadError, objection, request, disputes, load,
    review: () => reviewObjection(current().id, current().status),
    decide: (outcome: Decision, response: string, reasons: string) =>
      decideObjection(current().id, current().status, outcome, response, reasons || undefined),
    recordDispute: (input: DisputeInput) => recordDispute(current().id, input),
    updateDispute: (disputeId: string, stage: DisputeStage, outcome: DisputeOutcome | null, notes: string) =>
      updateDispute(disputeId, stage, outcome, notes || undefined),
  }
}

export type ObjectionReview = ReturnType<typeof useObjectionReview>
