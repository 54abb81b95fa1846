import { frame, LAW, methods, requestFields } from './common'
import { enumLabel, letterDate } from './text'
import type { LetterData, LetterDoc } from './types'

/** Tanda bukti penerimaan permohonan informasi publik (UU 14/2008 Pasal 22 ayat (4)–(6)). */
export function composeReceipt(data: LetterData): LetterDoc {
  const r = data.request
  return {
    ...frame(data, 'TANDA BUKTI PENERIMAAN PERMOHONAN INFORMASI PUBLIK', 'Tanda bukti penerimaan permohonan informasi publik'),
    blocks: [
      { kind: 'paragraph', text: `${data.agency.name} telah menerima dan mencatat dalam buku register permohonan informasi publik berikut:` },
      { kind: 'fields', rows: [...requestFields(data), ['Saluran permohonan', enumLabel('channel', r.channel)], ...methods(data)] },
      {
        kind: 'paragraph',
        text: `Pemberitahuan tertulis atas permohonan ini disampaikan paling lambat ${letterDate(r.due_notice_on)}, yaitu 10 (sepuluh) hari kerja `
          + `sejak permohonan diterima, dan dapat diperpanjang paling lama 7 (tujuh) hari kerja dengan alasan tertulis (${LAW} Pasal 22 ayat (7) dan (8)).`,
      },
      { kind: 'paragraph', text: `Simpan tanda bukti ini. Sebutkan nomor pendaftaran ${r.registration_no} setiap kali menanyakan permohonan Anda.` },
    ],
  }
}
