import { frame, LAW, requestFields } from './common'
import { letterDate } from './text'
import type { LetterData, LetterDoc } from './types'

/** Pemberitahuan perpanjangan jangka waktu (UU 14/2008 Pasal 22 ayat (8)): once, with written reasons. */
export function composeExtension(data: LetterData): LetterDoc {
  const r = data.request
  return {
    ...frame(data, 'PEMBERITAHUAN PERPANJANGAN JANGKA WAKTU', 'Perpanjangan jangka waktu pemberitahuan tertulis'),
    blocks: [
      {
        kind: 'paragraph',
        text: `Menindaklanjuti permohonan informasi publik yang Saudara ajukan pada ${letterDate(r.received_on)} dengan nomor pendaftaran `
          + `${r.registration_no}, dengan ini kami beritahukan bahwa jangka waktu pemberitahuan tertulis diperpanjang paling lama `
          + `7 (tujuh) hari kerja sesuai ${LAW} Pasal 22 ayat (8).`,
      },
      { kind: 'fields', rows: requestFields(data) },
      { kind: 'heading', text: 'Alasan perpanjangan' },
      { kind: 'paragraph', text: r.extension_reason ?? '-' },
      {
        kind: 'fields',
        rows: [
          ['Batas semula', letterDate(r.due_notice_on)],
          ['Batas setelah perpanjangan', r.due_final_on ? letterDate(r.due_final_on) : '-'],
        ],
      },
      { kind: 'paragraph', text: 'Pemberitahuan tertulis atas permohonan Saudara akan kami sampaikan paling lambat pada tanggal batas setelah perpanjangan tersebut.' },
    ],
  }
}
