import { composeExtension } from './extension'
import { composeNotice } from './notice'
import { composeObjectionDecision } from './objectionDecision'
import { composeReceipt } from './receipt'
import { composeRefusal } from './refusal'
import { renderLetter } from './render'
import type { LetterData, LetterDoc, LetterObjection, LetterRequest, LetterType } from './types'

export type * from './types'
export { letterDate, pdfSafe } from './text'

const COMPOSERS: Record<LetterType, (data: LetterData) => LetterDoc> = {
  receipt: composeReceipt,
  notice: composeNotice,
  extension: composeExtension,
  refusal: composeRefusal,
  objection_decision: composeObjectionDecision,
}

export const LETTER_TYPES = Object.keys(COMPOSERS) as LetterType[]

/** The letter as text: what the officer previews before generating. */
export function composeLetter(data: LetterData): LetterDoc {
  return COMPOSERS[data.type](data)
}

/** The letter types that fit the request's state (the same rules attach_letter enforces). */
export function applicableLetterTypes(
  request: Pick<LetterRequest, 'decision_type' | 'extended_at'>,
  objection?: Pick<LetterObjection, 'status'> | null,
): LetterType[] {
  const types: LetterType[] = ['receipt']
  if (request.extended_at) types.push('extension')
  if (request.decision_type) types.push('notice')
  if (request.decision_type === 'rejected_exempt' || request.decision_type === 'granted_partial') types.push('refusal')
  if (objection && ['upheld', 'rejected', 'settled_musyawarah'].includes(objection.status)) types.push('objection_decision')
  return types
}

/** The PDF of a letter. jsPDF (about 130 KiB) is loaded here, on first use, never with the page. */
export async function generateLetterPdf(data: LetterData): Promise<Uint8Array> {
  const { jsPDF } = await import('jspdf')
  return renderLetter(jsPDF, composeLetter(data))
}

/** Lower-case hex SHA-256 of the bytes, as attach_letter records it. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource)
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}
