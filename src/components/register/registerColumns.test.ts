import { describe, expect, it } from 'vitest'
import type { ObjectionRegisterRow, RequestRegisterRow } from '@/api/registers'
import { localDay, objectionColumns, registerCsvRows, requestColumns } from '@/components/register/registerColumns'
import { i18n } from '@/i18n'
import { toCsv } from '@/lib/csv'

i18n.global.locale.value = 'id'

const REQUEST: RequestRegisterRow = {
  id: 'r1', registration_no: 'PI-2026-00007', received_on: '2026-03-02', channel: 'langsung',
  applicant_name: '=HYPERLINK("x")', applicant_address: 'Jl. Melati 5; RT 3', applicant_contact: '081234567890 / a@contoh.id',
  applicant_occupation: 'Guru', details: 'Salinan "DPA" 2026', purpose: 'Penelitian', information_status: 'dikuasai', holder_body: null,
  information_forms: ['softcopy', 'hardcopy'], obtain_methods: ['melihat', 'salinan_softcopy'], decision_type: 'granted_partial',
  refusal_grounds: 'h, k — UU 36/2009 Pasal 57', notice_sent_at: '2026-03-15T17:30:00+00:00', notice_letter_no: '480/7/PPID',
  delivered_at: null, fee_total: 15000, payment_method: 'Transfer', status: 'decided', on_time: false,
}

const OBJECTION: ObjectionRegisterRow = {
  id: 'o1', registration_no: 'KB-2026-00001', received_on: '2026-04-01', applicant_name: 'Siti', applicant_address: 'Jl. Mawar 1',
  applicant_contact: '0811111111', proxy_name: 'Budi', request_registration_no: 'PI-2026-00007', details: 'Salinan DPA',
  purpose: 'Penelitian', grounds: ['a', 'e'], status: 'rejected', response: 'Tetap ditolak', reasons: 'Pasal 17 huruf h',
  responded_at: '2026-04-20T01:00:00+00:00', atasan_name: 'Sekda', atasan_position: 'Sekretaris Daerah', applicant_reaction: 'Ke KI',
  filed_late: true,
}

describe('request register columns', () => {
  it('has the columns of domain.md §6.1 in order, and the CSV has the same header', () => {
    const header = ['No. pendaftaran', 'Tanggal diterima', 'Saluran', 'Nama', 'Alamat', 'Nomor kontak', 'Pekerjaan', 'Informasi yang diminta',
      'Tujuan penggunaan informasi', 'Status informasi', 'Bentuk informasi yang dikuasai', 'Jenis permohonan', 'Keputusan', 'Alasan penolakan',
      'Tanggal pemberitahuan tertulis', 'Tanggal informasi diberikan', 'Biaya & cara pembayaran', 'Ketepatan waktu', 'Status permohonan']
    expect(requestColumns().map((c) => c.label)).toEqual(header)
    expect(registerCsvRows(requestColumns(), [])).toEqual([header])
  })

  it('writes a row with ISO dates in the agency zone, labels, grounds, cost and timeliness', () => {
    const [, row] = registerCsvRows(requestColumns(), [REQUEST])
    expect(row).toEqual(['PI-2026-00007', '2026-03-02', 'Datang langsung', '=HYPERLINK("x")', 'Jl. Melati 5; RT 3', '081234567890 / a@contoh.id',
      'Guru', 'Salinan "DPA" 2026', 'Penelitian', 'Dikuasai', 'Softcopy, Hardcopy', 'Melihat, Salinan elektronik (softcopy)',
      'Dikabulkan sebagian', 'Pasal 17 huruf h; UU 36/2009 Pasal 57',
      // 15 Mar 17:30 UTC is 16 Mar in WITA
      '2026-03-16 480/7/PPID', '', 'Rp 15.000, Transfer', 'Terlambat', 'Diputuskan'])
  })

  it('escapes applicant text in the file: formulas, delimiters and quotes', () => {
    const csv = toCsv(registerCsvRows(requestColumns(), [REQUEST]))
    const line = csv.split('\r\n')[1]!
    expect(line).toContain(`;"'=HYPERLINK(""x"")";"Jl. Melati 5; RT 3";`)
    expect(line).toContain(';"Salinan ""DPA"" 2026";')
  })

  it('shows dates in words on screen', () => {
    const received = requestColumns().find((c) => c.key === 'received_on')!
    expect(received.text(REQUEST)).toBe('2 Mar 2026')
    expect(localDay('2026-12-31T16:30:00Z')).toBe('2027-01-01')
  })
})

describe('objection register columns', () => {
  it('has the columns a–k of domain.md §6.2, and a row in the CSV', () => {
    const rows = registerCsvRows(objectionColumns(), [OBJECTION])
    expect(rows[0]).toEqual(['No. registrasi keberatan', 'Tanggal diterima', 'Identitas pemohon / kuasa', 'No. pendaftaran permohonan',
      'Informasi yang diminta', 'Tujuan penggunaan informasi', 'Alasan keberatan (Pasal 35)', 'Keputusan Atasan PPID', 'Tanggapan',
      'Tanggal tanggapan', 'Nama & jabatan Atasan PPID', 'Tanggapan pemohon'])
    expect(rows[1]).toEqual(['KB-2026-00001', '2026-04-01 (diajukan lewat batas waktu)', 'Siti; Jl. Mawar 1; 0811111111; Kuasa: Budi',
      'PI-2026-00007', 'Salinan DPA', 'Penelitian',
      'a. Permohonan ditolak dengan alasan pengecualian (Pasal 17); e. Permohonan tidak dipenuhi', 'Ditolak',
      'Tetap ditolak — Pasal 17 huruf h', '2026-04-20', 'Sekda, Sekretaris Daerah', 'Ke KI'])
  })
})
