import { frame, LAW } from './common'
import { enumLabel, letterDate } from './text'
import type { LetterData, LetterDoc } from './types'

const OUTCOME: Record<string, string> = {
  upheld: 'Keberatan DITERIMA. PPID memproses kembali permohonan informasi Saudara.',
  rejected: 'Keberatan DITOLAK. Keputusan PPID atas permohonan informasi Saudara dikuatkan.',
  settled_musyawarah: 'Keberatan DISELESAIKAN SECARA MUSYAWARAH (Pasal 35 ayat (2)).',
}

/** The Atasan PPID's written answer to an objection (UU 14/2008 Pasal 36), signed by the Atasan PPID. */
export function composeObjectionDecision(data: LetterData): LetterDoc {
  const o = data.objection
  if (!o) throw new Error('An objection decision needs the objection.')
  const r = data.request
  const blocks: LetterDoc['blocks'] = [
    {
      kind: 'paragraph',
      text: `Menanggapi keberatan yang Saudara ajukan pada ${letterDate(o.received_on)} atas permohonan informasi publik nomor `
        + `${r.registration_no}, Atasan PPID ${data.agency.name} memberikan tanggapan tertulis sesuai ${LAW} Pasal 36:`,
    },
    {
      kind: 'fields',
      rows: [
        ['Nomor registrasi keberatan', o.registration_no],
        ['Nomor pendaftaran permohonan', r.registration_no],
        ['Tanggal keberatan diterima', letterDate(o.received_on)],
        ['Nama pemohon', r.applicant_name],
        ['Informasi yang diminta', r.details],
      ],
    },
    { kind: 'heading', text: 'Alasan keberatan (Pasal 35 ayat (1))' },
    { kind: 'list', items: o.grounds.map((g) => enumLabel('objectionGround', g)) },
    { kind: 'heading', text: 'Kasus posisi' },
    { kind: 'paragraph', text: o.case_position },
    { kind: 'heading', text: 'Putusan' },
    { kind: 'paragraph', bold: true, text: OUTCOME[o.status] ?? '-' },
    { kind: 'heading', text: 'Tanggapan' },
    { kind: 'paragraph', text: o.response ?? '-' },
  ]
  if (o.reasons) blocks.push({ kind: 'heading', text: 'Alasan' }, { kind: 'paragraph', text: o.reasons })
  blocks.push({
    kind: 'paragraph',
    text: `Apabila Saudara tidak puas atas tanggapan ini, Saudara dapat mengajukan permohonan penyelesaian sengketa informasi publik kepada `
      + `${data.agency.komisi_informasi} paling lambat 14 (empat belas) hari kerja sejak diterimanya tanggapan ini (${LAW} Pasal 37 ayat (2)).`,
  })
  return { ...frame(data, 'TANGGAPAN ATASAN PPID ATAS KEBERATAN', `Tanggapan atas keberatan ${o.registration_no}`, 'atasan'), blocks }
}
