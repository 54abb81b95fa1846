import { consequenceFields, frame, groundsText, objectionRight, requestFields } from './common'
import type { LetterData, LetterDoc } from './types'

/** Surat Keputusan PPID tentang Penolakan Permohonan Informasi, with the Pasal 17 grounds and the consequence test. */
export function composeRefusal(data: LetterData): LetterDoc {
  const partial = data.request.decision_type === 'granted_partial'
  const harm = data.consequenceTest?.harm_analysis ?? '-'
  return {
    ...frame(data, 'SURAT KEPUTUSAN PPID TENTANG PENOLAKAN PERMOHONAN INFORMASI', partial
      ? 'Keputusan penolakan sebagian permohonan informasi' : 'Keputusan penolakan permohonan informasi'),
    blocks: [
      { kind: 'fields', rows: requestFields(data) },
      { kind: 'paragraph', text: `PPID ${data.agency.name} memutuskan bahwa informasi yang dimohon ${partial ? 'sebagian ' : ''}adalah INFORMASI YANG DIKECUALIKAN.` },
      { kind: 'heading', text: 'Pengecualian informasi didasarkan pada alasan' },
      { kind: 'list', items: groundsText(data) },
      { kind: 'paragraph', text: `Bahwa berdasarkan pasal-pasal di atas, membuka informasi tersebut dapat menimbulkan konsekuensi sebagai berikut: ${harm}` },
      { kind: 'heading', text: 'Uji konsekuensi (Pasal 19)' },
      { kind: 'fields', rows: consequenceFields(data) },
      { kind: 'paragraph', bold: true, text: `Dengan demikian menyatakan bahwa PERMOHONAN INFORMASI DITOLAK${partial ? ' SEBAGIAN' : ''}.` },
      { kind: 'paragraph', text: objectionRight(data, 'penolakan ini') },
    ],
  }
}
