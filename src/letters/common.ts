import { enumLabel, letterDate } from './text'
import type { LetterData, LetterDoc } from './types'

export const LAW = 'Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik'
export const LAW_SHORT = 'UU 14/2008'

/** The parts every letter shares: letterhead, number and date, addressee, signature, reference. */
export function frame(data: LetterData, title: string, subject: string, signer: 'ppid' | 'atasan' = 'ppid') {
  const { agency, request } = data
  const contact = [
    agency.address,
    agency.phone && `Telepon ${agency.phone}`,
    agency.email && `Email ${agency.email}`,
    agency.website,
  ].filter(Boolean).join(' · ')
  const letterhead = agency.letterhead_lines.length > 0 ? agency.letterhead_lines : [agency.parent_government.toUpperCase(), agency.name.toUpperCase()]
  const objection = data.objection
  const signature = signer === 'atasan'
    ? { position: objection?.atasan_position || agency.atasan_position, name: objection?.atasan_name || agency.atasan_name, nip: agency.atasan_nip }
    : { position: agency.ppid_position, name: agency.ppid_name, nip: agency.ppid_nip }
  return {
    letterhead,
    contact,
    title,
    meta: [
      ['Nomor', data.letterNo],
      ['Tanggal', letterDate(data.letterDate)],
      ['Perihal', subject],
    ],
    addressee: ['Kepada Yth.', request.applicant_name, request.applicant_address],
    signature: { date: letterDate(data.letterDate), ...signature },
    reference: `${agency.short_name} · ${objection ? `${objection.registration_no} · ` : ''}${request.registration_no} · Nomor surat ${data.letterNo}`,
  } satisfies Omit<LetterDoc, 'blocks'>
}

export function contactOf(data: LetterData): string {
  return [data.request.applicant_phone, data.request.applicant_email].filter(Boolean).join(' / ') || '-'
}

/** The applicant and the request as the register records them (domain.md §4.1, §6.1). */
export function requestFields(data: LetterData): [string, string][] {
  const r = data.request
  return [
    ['Nomor pendaftaran', r.registration_no],
    ['Tanggal diterima', letterDate(r.received_on)],
    ['Nama', r.applicant_name],
    ['Alamat', r.applicant_address],
    ['Pekerjaan', r.applicant_occupation],
    ['Nomor telepon/email', contactOf(data)],
    ['Rincian informasi yang dibutuhkan', r.details],
    ['Tujuan penggunaan informasi', r.purpose],
  ]
}

export function methods(data: LetterData): [string, string][] {
  const r = data.request
  const rows: [string, string][] = [['Cara memperoleh informasi', r.obtain_methods.map((m) => enumLabel('obtainMethod', m)).join(', ')]]
  if (r.copy_methods.length > 0) rows.push(['Cara mendapatkan salinan', r.copy_methods.map((m) => enumLabel('copyMethod', m)).join(', ')])
  return rows
}

/** `huruf h (Mengungkap rahasia pribadi)`, and the other statute named by the officer for `k`. */
export function groundsText(data: LetterData): string[] {
  return data.request.exemption_codes.map((code) => {
    const label = data.grounds.find((g) => g.code === code)?.label ?? ''
    if (code === 'k') return `Dikecualikan oleh undang-undang lain: ${data.request.exemption_other ?? '-'}`
    return `Pasal 17 huruf ${code} ${LAW_SHORT}: ${label}`
  })
}

export function consequenceFields(data: LetterData): [string, string][] {
  const t = data.consequenceTest
  if (!t) return []
  const rows: [string, string][] = [
    ['Dokumen', t.document],
    ['Informasi yang dikecualikan', t.exempt_items],
    ['Dasar hukum', t.legal_basis],
    ['Konsekuensi bila dibuka', t.harm_analysis],
    ['Pertimbangan kepentingan publik', t.public_interest],
    ['Hasil uji konsekuensi', t.result],
  ]
  if (t.exemption_period) rows.push(['Jangka waktu pengecualian', t.exemption_period])
  rows.push(['Ditetapkan', `${letterDate(t.decided_on)} oleh ${t.signed_by}`])
  return rows
}

export function objectionRight(data: LetterData, what = 'pemberitahuan ini'): string {
  return `Apabila Saudara tidak puas atas ${what}, Saudara dapat mengajukan keberatan secara tertulis kepada Atasan PPID `
    + `(${data.agency.atasan_position}) paling lambat 30 (tiga puluh) hari kerja sejak diterimanya surat ini, `
    + `sesuai ${LAW} Pasal 35 dan Pasal 36.`
}
