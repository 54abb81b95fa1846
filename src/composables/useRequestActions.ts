import type { Ref } from 'vue'
import { registerObjection, type RegisteredObjectionInput } from '@/api/objections'
import * as actions from '@/api/requestActions'
import type { CopyMethod, DecisionInput } from '@/api/requestActions'
import { DbFailure } from '@/api/errors'
import { fileDownloadUrl, revealApplicantNik, type RequestFile, type WorkspaceRequest } from '@/api/requestWorkspace'
import { contentMatches, declaredType, detectType } from '@/lib/upload'

/**
 * The workspace's actions bound to the request as the officer sees it: every transition sends the
 * status on screen as `expected_status`, so the database refuses it (conflict) when another officer
 * changed the request in the meantime.
 */
/**
 * The type the file claims, checked against its first bytes before it leaves the device (Storage trusts
 * the declared type; security.md rule 8). CSV is text.
 */
async function checkedResponse(file: File): Promise<File> {
  const type = declaredType(file)
  const detected = detectType(new Uint8Array(await file.slice(0, 4096).arrayBuffer()))
  const matches = type === 'text/csv' ? detected === 'text/plain' : contentMatches(type, detected)
  if (!matches) throw new DbFailure(`${type} content is ${detected}`, 'file_content_mismatch', '')
  return file.type === type ? file : new File([file], file.name, { type })
}

export function useRequestActions(request: Ref<WorkspaceRequest | null>) {
  const current = () => {
    if (!request.value) throw new Error('no request loaded')
    return request.value
  }
  const id = () => current().id
  const expected = () => current().status

  return {
    accept: (unitId: number | null) => actions.acceptRequest(id(), expected(), unitId),
    askCompletion: (reason: string) => actions.requestCompletion(id(), expected(), reason),
    assign: (unitId: number | null, assigneeId: string | null) => actions.assignRequest(id(), { unitId, assigneeId }),
    extend: (reason: string) => actions.extendRequest(id(), expected(), reason),
    decide: (input: DecisionInput) => actions.decideRequest(id(), expected(), input),
    recordPayment: (method: string) => actions.recordPayment(id(), expected(), method),
    upload: async (file: File, kind: 'response' | 'letter') => actions.uploadResponse(id(), await checkedResponse(file), kind),
    deliver: (method: CopyMethod, note: string) => actions.deliverRequest(id(), expected(), method, note || undefined),
    close: () => actions.closeRequest(id(), expected()),
    closeIncomplete: (note: string) => actions.closeIncomplete(id(), expected(), note || undefined),
    /** A paper objection for the applicant. The form shows only while none is open, so "objection_open" means another officer registered one first. */
    registerObjection: (input: Omit<RegisteredObjectionInput, 'requestId'>) =>
      registerObjection({ requestId: id(), ...input }).catch((error: unknown) => {
        if (error instanceof DbFailure && error.reason === 'objection_open') throw new DbFailure(error.message, 'conflict', 'PT409')
        throw error
      }),
    sendMessage: (body: string) => actions.sendMessage(id(), body),
    addNote: (body: string) => actions.addInternalNote(id(), body),
    revealNik: () => revealApplicantNik(id()),
    /** Downloads through a short-lived signed link served as an attachment (never shown inline). */
    async download(file: RequestFile) {
      const url = await fileDownloadUrl(file)
      const link = document.createElement('a')
      link.href = url
      link.rel = 'noopener'
      link.click()
    },
  }
}

export type RequestActions = ReturnType<typeof useRequestActions>
