import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { listAllObjectionRegister, listAllRequestRegister, listRequestRegister, type DateRange } from '@/api/registers'
import { getReportStatistics } from '@/api/report'
import { objectionColumns, registerCsvRows, requestColumns } from '@/components/register/registerColumns'
import { i18n, loadMessagesFor } from '@/i18n'
import { toCsv } from '@/lib/csv'
import { actAs } from '@/test/stackClient'
import { DEMO, startSeededStack, type SeededStack } from '../../supabase/tests/seeded-stack'

vi.mock('@/lib/supabase', async () => (await import('@/test/stackClient')).mockSupabaseModule())

// The register page's CSV export (useRegister.exportCsv: src/api/registers.ts → registerColumns → toCsv) over
// the demo data of supabase/seed.sql, on a stack of this file's own with the seed applied. The expected
// rows were counted from seed.sql by hand; supabase/tests/seed-report.test.ts has the count row by row.
const ALL: DateRange = { from: '2025-01-01', to: '2026-12-31' }
const SEMESTER: DateRange = { from: '2026-01-01', to: '2026-06-30' }

let seeded: SeededStack

beforeAll(async () => {
  seeded = await startSeededStack()
  actAs(await seeded.signIn(DEMO.petugas))
  i18n.global.locale.value = 'id'
  // What the router does before the register page renders.
  await loadMessagesFor('reports.register.title')
})

afterAll(async () => {
  await seeded?.stop()
})

/** The file as a spreadsheet reads it: BOM, `;` cells, `"` quoting with `""`, CRLF rows. */
function parseCsv(text: string): string[][] {
  expect(text.startsWith('\ufeff')).toBe(true)
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 1; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++ } else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === ';') { row.push(cell); cell = '' }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++ }
    else cell += c
  }
  expect(row).toEqual([]) // the file ends with CRLF
  return rows
}

const requestCsv = async (range: DateRange) => parseCsv(toCsv(registerCsvRows(requestColumns(), await listAllRequestRegister(range))))
const objectionCsv = async (range: DateRange) => parseCsv(toCsv(registerCsvRows(objectionColumns(), await listAllObjectionRegister(range))))

describe('register export over the seed (against the stack)', () => {
  it('the request register CSV: the header of §6.1 and one row per request of the range, in number order', async () => {
    const [header, ...rows] = await requestCsv(ALL)
    expect(header).toEqual(['No. pendaftaran', 'Tanggal diterima', 'Saluran', 'Nama', 'Alamat', 'Nomor kontak', 'Pekerjaan',
      'Informasi yang diminta', 'Tujuan penggunaan informasi', 'Status informasi', 'Bentuk informasi yang dikuasai', 'Jenis permohonan',
      'Keputusan', 'Alasan penolakan', 'Tanggal pemberitahuan tertulis', 'Tanggal informasi diberikan', 'Biaya & cara pembayaran',
      'Ketepatan waktu', 'Status permohonan'])
    // r01–r25 are PI-2025-00001…25, r26–r56 PI-2026-00001…31: 56 rows.
    expect(rows.map((r) => r[0])).toEqual([
      ...Array.from({ length: 25 }, (_, i) => `PI-2025-${String(i + 1).padStart(5, '0')}`),
      ...Array.from({ length: 31 }, (_, i) => `PI-2026-${String(i + 1).padStart(5, '0')}`),
    ])
    expect(rows.every((r) => r.length === header!.length)).toBe(true)
    // The 12 offline requests are in the file with their channel (langsung 4, surat, telepon, email, whatsapp 2 each).
    expect(rows.filter((r) => r[2] !== 'Situs web').map((r) => r[2]).sort()).toEqual(['Datang langsung', 'Datang langsung',
      'Datang langsung', 'Datang langsung', 'Email', 'Email', 'Surat', 'Surat', 'Telepon', 'Telepon', 'WhatsApp', 'WhatsApp'])
    // r02, by hand: received Mon 20 Jan 2025 at the desk; granted in full Thu 23 Jan (letter 001 of 2025); 120 pages
    // at Rp 500 paid in cash; delivered Fri 24 Jan; due 6 Feb, so on time; closed.
    expect(rows[1]).toEqual(['PI-2025-00002', '2025-01-20', 'Datang langsung', 'Forum Warga Peduli Anggaran Loa Janan',
      'Jl. Poros Samarinda-Tenggarong RT 012, Kel. Loa Janan Ulu, Kec. Loa Janan, Kab. Kutai Kartanegara', '081350120333',
      'Kelompok masyarakat',
      'Salinan Peraturan Daerah Kabupaten Kutai Kartanegara tentang APBD Tahun Anggaran 2025 beserta lampiran ringkasan APBD menurut urusan dan organisasi perangkat daerah.',
      'Bahan diskusi warga tentang prioritas belanja infrastruktur dan layanan dasar di Kecamatan Loa Janan.',
      'Dikuasai', 'Hardcopy', 'Salinan cetak (hardcopy)', 'Dikabulkan seluruhnya', '', '2025-01-23 489/001/Diskominfo-PLIP/I/2025',
      '2025-01-24', 'Rp 60.000, Tunai di loket layanan informasi', 'Tepat waktu', 'Selesai'])
    // r22: refused on Pasal 17 h and another statute (k).
    expect(rows[21]!.slice(12, 15)).toEqual(['Ditolak (informasi dikecualikan)', 'Pasal 17 huruf h; UU 17/2023 tentang Kesehatan (rahasia kesehatan pasien)',
      '2025-11-19 489/020/Diskominfo-PLIP/XI/2025'])
  })

  it('the semester export has its 10 requests; the register pages through the same rows', async () => {
    const [, ...rows] = await requestCsv(SEMESTER)
    expect(rows.map((r) => r[0])).toEqual(Array.from({ length: 10 }, (_, i) => `PI-2026-${String(i + 1).padStart(5, '0')}`))
    const page = await listRequestRegister(ALL, 40, 20)
    // Rows 41–56: PI-2026-00016 (r41) to PI-2026-00031 (r56).
    expect(page.total).toBe(56)
    expect(page.rows.map((r) => r.registration_no)).toEqual(Array.from({ length: 16 }, (_, i) => `PI-2026-${String(i + 16).padStart(5, '0')}`))
  })

  it('the objection register CSV: the header of §6.2 and the five objections', async () => {
    const [header, ...rows] = await objectionCsv(ALL)
    expect(header).toEqual(['No. registrasi keberatan', 'Tanggal diterima', 'Identitas pemohon / kuasa', 'No. pendaftaran permohonan',
      'Informasi yang diminta', 'Tujuan penggunaan informasi', 'Alasan keberatan (Pasal 35)', 'Keputusan Atasan PPID', 'Tanggapan',
      'Tanggal tanggapan', 'Nama & jabatan Atasan PPID', 'Tanggapan pemohon'])
    expect(rows.map((r) => [r[0], r[1], r[3]])).toEqual([
      ['KB-2025-00001', '2025-07-07', 'PI-2025-00013'], // O1 on r13, 14 wd after 16 Jun 2025
      ['KB-2025-00002', '2025-08-25', 'PI-2025-00016'], // O2 on r16, 14 wd after 4 Aug 2025
      ['KB-2026-00001', '2026-01-23', 'PI-2026-00001'], // O3 on r26, 12 wd after 6 Jan 2026
      ['KB-2026-00002', '2026-10-26', 'PI-2026-00015'], // O4 on r40, 35 wd after 7 Sep 2026
      ['KB-2026-00003', '2026-11-19', 'PI-2026-00017'], // O5 on r42, 33 wd after 5 Oct 2026
    ])
    // O1: an offline applicant (by email), ground e, settled by musyawarah on Thu 17 Jul 2025, accepted.
    expect(rows[0]).toEqual(['KB-2025-00001', '2025-07-07',
      'Andi Pratama; Jl. Juanda Gg. 4 No. 21, Kel. Air Hitam, Kec. Samarinda Ulu, Kota Samarinda; 081346501010 / andi.pratama@contoh.test',
      'PI-2025-00013',
      'Rincian penyaluran dana Bantuan Operasional Sekolah Daerah (BOSDA) Kabupaten Kutai Kartanegara tahap II tahun 2025 per sekolah penerima.',
      'Bahan liputan tentang pemanfaatan dana pendidikan daerah.', 'e. Permohonan tidak dipenuhi', 'Selesai musyawarah',
      'Dalam musyawarah tanggal ini, pemohon dan PPID sepakat: PPID memberikan rekap penyaluran BOSDA tahap II untuk kecamatan yang sudah tersalurkan paling lambat lima hari kerja, dan rekap lengkap paling lambat 29 Agustus 2025.',
      '2025-07-17', 'Contoh: Nama Atasan PPID (demo), Sekretaris Daerah Kabupaten Kutai Kartanegara selaku Atasan PPID',
      'Pemohon menerima hasil musyawarah.'])
    // O4 and O5 are unanswered: no decision date, no Atasan.
    expect(rows.slice(3).map((r) => [r[7], r[9], r[10]])).toEqual([['Ditinjau', '', ''], ['Diajukan', '', '']])
  })

  it('the report the page shows beside it counts the same requests', async () => {
    const s = await getReportStatistics(ALL)
    expect([s.requests, s.answered, s.on_time, s.objections, s.disputes]).toEqual([56, 40, 40, 5, 1])
  })
})
