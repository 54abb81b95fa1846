import type { Ref } from 'vue'
import { registerObjection, type RegisteredObjectionInput } from '@/api/objections'
import * as actions from '@/api/requestActions'
import type { CopyMethod, DecisionInput } from '@/api/requestActions'
import { DbFailure } from '@/api/errors'
import { fileDownloadUrl, revealApplicantNik, type RequestFile, type WorkspaceRequest } from '@/api/requestWorkspace'
import { checkFile, createUpload, UploadError, type UploadProblem } from '@/lib/upload'

const UPLOAD_REASONS: Partial<Record<UploadProblem, string>> = {
  file_type_not_allowed: 'file_type_invalid', file_content_mismatch: 'file_content_mismatch', file_too_large: 'file_too_large',
  file_empty: 'file_empty', file_denied: 'forbidden', not_signed_in: 'forbidden', network: 'network',
}

/**
 * The information (or a letter) into responses/<request id>/ through the shared upload module: its type
 * checked against its first bytes before it leaves the device (Storage trusts the declared type; security.md
 * rule 8), one request up to 6 MB and resumable TUS above, then linked to the request.
 */
async function uploadResponse(requestId: string, file: File, kind: 'response' | 'letter', onProgress?: (sent: number, total: number) => void) {
  let uploaded
  try {
    const type = await checkFile(file, 'responses')
    uploaded = await createUpload(file, type, { bucket: 'responses', folder: requestId, originalName: file.name, onProgress }).start()
  } catch (error) {
    if (!(error instanceof UploadError)) throw error
    throw new DbFailure(error.message, UPLOAD_REASONS[error.reason] ?? 'upload_failed', '')
  }
  return actions.attachResponse(requestId, uploaded.path, kind, uploaded.originalName || undefined)
}

/**
 * The workspace's actions bound to the request as the officer sees it: every transition sends the
 * status on screen as `expected_status`, so the database refuses it (conflict) when another officer
 * changed the request in the meantime.
 */
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
    upload: (file: File, kind: 'response' | 'letter', onProgress?: (sent: number, total: number) => void) =>
      uploadResponse(id(), file, kind, onProgress),
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
