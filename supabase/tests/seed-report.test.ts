import type { SupabaseClient } from '@supabase/supabase-js'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { DEMO, startSeededStack, type SeededStack } from './seeded-stack.ts'

// The registers (domain.md §6.1, §6.2) and the LLIP figures (§6.3) over the DEMO DATA of supabase/seed.sql,
// on a stack of this file's own with the seed applied (the shared test stack has none).
//
// Every expectation below was counted from seed.sql's steps, not by running the report's SQL: the seed
// gives each request a received time (WITA) and its steps as "wd working days after the received day"; the
// working days were counted on the 2025/2026 calendar of domain.md §9 (Mon–Fri minus the SKB holidays and
// cuti bersama), received after 16:00 or on a weekend = next working day, registration numbers in received
// order per year. The 56-row table was counted with a throwaway calendar script of our own (not the SQL's
// functions); the figures with a comment were counted again by hand. The seed's dates are absolute (it refuses steps in the future, so it needs a clock after
// 25 Nov 2026); the only figure that moves with the clock is overdue_open, checked against today below.
const ALL = { from: '2025-01-01', to: '2026-12-31' }
const SEMESTER = { from: '2026-01-01', to: '2026-06-30' } // Semester I 2026: r26–r35, nothing still open

type Row = [no: string, receivedOn: string, channel: string, status: string, decision: string | null, noticeDay: string | null,
  onTime: boolean | null, dueNotice: string, dueFinal: string | null]

// Every request of the seed, in register order (received_on, then number; r52 came in Fri 13 Nov 16:20 and
// counts from Mon 16 Nov, r54 on Sat 21 Nov counts from Mon 23 Nov, r56 at 17:30 on 25 Nov from 26 Nov).
// A reopened request (r16) gets a fresh clock, as decide_objection gives it: its objection was upheld on
// Mon 22 Sep 2025, so the second notice was due 10 working days later, Mon 6 Oct, and went out on Wed 24 Sep:
// on time (its time to notice still counts from the first receipt, 4 Aug: 35 working days).
const REQUESTS: Row[] = [
  ['PI-2025-00001', '2025-01-14', 'web', 'closed', 'granted_full', '2025-01-23', true, '2025-01-31', null], // r01 DISDIK, notice after 7 wd
  ['PI-2025-00002', '2025-01-20', 'langsung', 'closed', 'granted_full', '2025-01-23', true, '2025-02-06', null], // r02 BPKAD, notice after 3 wd
  ['PI-2025-00003', '2025-02-03', 'web', 'closed', 'granted_partial', '2025-02-21', true, '2025-02-17', '2025-02-26'], // r03 DPUPR, notice after 14 wd
  ['PI-2025-00004', '2025-02-17', 'web', 'closed', 'granted_full', '2025-02-21', true, '2025-03-03', null], // r04 DINKES, notice after 4 wd
  ['PI-2025-00005', '2025-03-05', 'surat', 'closed', 'not_held_forwarded', '2025-03-12', true, '2025-03-19', null], // r05 DLH, notice after 5 wd
  ['PI-2025-00006', '2025-03-10', 'web', 'closed', 'granted_full', '2025-03-17', true, '2025-03-24', null], // r06 BAPPEDA, notice after 5 wd
  ['PI-2025-00007', '2025-03-24', 'web', 'closed', 'granted_full', '2025-04-14', true, '2025-04-16', null], // r07 DISKOMINFO, notice after 8 wd
  ['PI-2025-00008', '2025-04-14', 'web', 'closed', 'granted_partial', '2025-04-25', true, '2025-04-29', null], // r08 DPMPTSP, notice after 8 wd
  ['PI-2025-00009', '2025-04-22', 'telepon', 'closed', 'granted_full', '2025-04-24', true, '2025-05-07', null], // r09 DINKES, notice after 2 wd
  ['PI-2025-00010', '2025-05-05', 'web', 'closed_incomplete', null, null, null, '2025-05-21', null], // r10 DPUPR, no notice
  ['PI-2025-00011', '2025-05-19', 'web', 'closed', 'granted_full', '2025-05-27', true, '2025-06-04', null], // r11 BPKAD, notice after 6 wd
  ['PI-2025-00012', '2025-06-02', 'web', 'withdrawn', null, null, null, '2025-06-18', null], // r12 BAPPEDA, no notice
  ['PI-2025-00013', '2025-06-16', 'email', 'closed', 'not_yet_documented', '2025-06-26', true, '2025-07-01', null], // r13 DISDIK, notice after 8 wd
  ['PI-2025-00014', '2025-07-07', 'web', 'closed', 'granted_full', '2025-07-14', true, '2025-07-21', null], // r14 DINKES, notice after 5 wd
  ['PI-2025-00015', '2025-07-21', 'web', 'closed', 'granted_full', '2025-08-07', true, '2025-08-04', '2025-08-13'], // r15 DPUPR, notice after 13 wd
  ['PI-2025-00016', '2025-08-04', 'web', 'closed', 'granted_partial', '2025-09-24', true, '2025-10-06', null], // r16 DINKES, notice after 35 wd
  ['PI-2025-00017', '2025-08-25', 'web', 'closed', 'not_held_unknown', '2025-09-01', true, '2025-09-09', null], // r17 DISKOMINFO, notice after 5 wd
  ['PI-2025-00018', '2025-09-08', 'whatsapp', 'closed', 'granted_full', '2025-09-12', true, '2025-09-22', null], // r18 DPUPR, notice after 4 wd
  ['PI-2025-00019', '2025-09-22', 'web', 'closed', 'granted_full', '2025-09-30', true, '2025-10-06', null], // r19 DLH, notice after 6 wd
  ['PI-2025-00020', '2025-10-06', 'web', 'withdrawn', null, null, null, '2025-10-20', null], // r20 DISDIK, no notice
  ['PI-2025-00021', '2025-10-20', 'web', 'closed', 'granted_partial', '2025-10-31', true, '2025-11-03', null], // r21 BPKAD, notice after 9 wd
  ['PI-2025-00022', '2025-11-10', 'web', 'closed', 'rejected_exempt', '2025-11-19', true, '2025-11-24', null], // r22 DINKES, notice after 7 wd
  ['PI-2025-00023', '2025-11-24', 'langsung', 'closed', 'not_yet_documented', '2025-12-02', true, '2025-12-08', null], // r23 BAPPEDA, notice after 6 wd
  ['PI-2025-00024', '2025-12-08', 'web', 'closed', 'granted_full', '2025-12-12', true, '2025-12-22', null], // r24 DPMPTSP, notice after 4 wd
  ['PI-2025-00025', '2025-12-22', 'web', 'closed', 'granted_full', '2026-01-06', true, '2026-01-08', null], // r25 DPUPR, notice after 8 wd
  ['PI-2026-00001', '2026-01-06', 'web', 'closed', 'rejected_exempt', '2026-01-15', true, '2026-01-21', null], // r26 INSPEKTORAT, notice after 7 wd
  ['PI-2026-00002', '2026-01-12', 'web', 'closed', 'granted_full', '2026-01-21', true, '2026-01-27', null], // r27 DISDIK, notice after 6 wd
  ['PI-2026-00003', '2026-01-26', 'surat', 'closed', 'granted_full', '2026-02-02', true, '2026-02-09', null], // r28 BAPPEDA, notice after 5 wd
  ['PI-2026-00004', '2026-02-09', 'web', 'closed', 'granted_full', '2026-02-20', true, '2026-02-25', null], // r29 DPUPR, notice after 7 wd
  ['PI-2026-00005', '2026-02-23', 'web', 'closed', 'not_held_forwarded', '2026-03-03', true, '2026-03-09', null], // r30 DINKES, notice after 6 wd
  ['PI-2026-00006', '2026-03-09', 'web', 'closed', 'granted_full', '2026-04-07', true, '2026-03-30', '2026-04-09'], // r31 DLH, notice after 15 wd
  ['PI-2026-00007', '2026-04-13', 'langsung', 'closed', 'granted_full', '2026-04-13', true, '2026-04-27', null], // r32 DISDIK, notice after 0 wd
  ['PI-2026-00008', '2026-05-04', 'web', 'closed', 'granted_partial', '2026-05-18', true, '2026-05-20', null], // r33 BPKAD, notice after 8 wd
  ['PI-2026-00009', '2026-05-18', 'web', 'closed_incomplete', null, null, null, '2026-06-04', null], // r34 DPMPTSP, no notice
  ['PI-2026-00010', '2026-06-22', 'email', 'closed', 'rejected_exempt', '2026-06-30', true, '2026-07-06', null], // r35 DPUPR, notice after 6 wd
  ['PI-2026-00011', '2026-07-06', 'web', 'closed', 'granted_full', '2026-07-09', true, '2026-07-20', null], // r36 DINKES, notice after 3 wd
  ['PI-2026-00012', '2026-07-20', 'web', 'closed', 'not_yet_documented', '2026-07-30', true, '2026-08-03', null], // r37 BAPPEDA, notice after 8 wd
  ['PI-2026-00013', '2026-08-03', 'web', 'closed', 'granted_full', '2026-08-12', true, '2026-08-18', null], // r38 DPUPR, notice after 7 wd
  ['PI-2026-00014', '2026-08-24', 'web', 'closed', 'granted_full', '2026-09-02', true, '2026-09-08', null], // r39 DISDIK, notice after 6 wd
  ['PI-2026-00015', '2026-09-07', 'web', 'in_process', null, null, null, '2026-09-21', null], // r40 BPKAD, no notice
  ['PI-2026-00016', '2026-09-21', 'whatsapp', 'in_process', null, null, null, '2026-10-05', null], // r41 DPUPR, no notice
  ['PI-2026-00017', '2026-10-05', 'web', 'closed', 'rejected_exempt', '2026-10-15', true, '2026-10-19', null], // r42 DINKES, notice after 8 wd
  ['PI-2026-00018', '2026-10-19', 'web', 'extended', null, null, null, '2026-11-02', '2026-11-11'], // r43 DPUPR, no notice
  ['PI-2026-00019', '2026-10-26', 'web', 'submitted', null, null, null, '2026-11-09', null], // r44 DISKOMINFO, no notice
  ['PI-2026-00020', '2026-10-28', 'web', 'delivered', 'granted_full', '2026-11-10', true, '2026-11-11', null], // r45 DISKOMINFO, notice after 9 wd
  ['PI-2026-00021', '2026-11-02', 'web', 'withdrawn', null, null, null, '2026-11-16', null], // r46 BAPPEDA, no notice
  ['PI-2026-00022', '2026-11-03', 'web', 'delivered', 'granted_full', '2026-11-17', true, '2026-11-17', null], // r47 DISKOMINFO, notice after 10 wd
  ['PI-2026-00023', '2026-11-05', 'web', 'extended', null, null, null, '2026-11-19', '2026-11-30'], // r48 DPUPR, no notice
  ['PI-2026-00024', '2026-11-09', 'web', 'awaiting_payment', 'granted_full', '2026-11-19', true, '2026-11-23', null], // r49 DINKES, notice after 8 wd
  ['PI-2026-00025', '2026-11-10', 'langsung', 'decided', 'granted_full', '2026-11-23', true, '2026-11-24', null], // r50 BPKAD, notice after 9 wd
  ['PI-2026-00026', '2026-11-12', 'web', 'in_process', null, null, null, '2026-11-26', null], // r51 BPKAD, no notice
  ['PI-2026-00027', '2026-11-16', 'web', 'needs_completion', null, null, null, '2026-11-30', null], // r52 DLH, no notice
  ['PI-2026-00028', '2026-11-18', 'web', 'in_process', null, null, null, '2026-12-02', null], // r53 DISDIK, no notice
  ['PI-2026-00029', '2026-11-23', 'web', 'submitted', null, null, null, '2026-12-07', null], // r54 DINKES, no notice
  ['PI-2026-00030', '2026-11-24', 'telepon', 'submitted', null, null, null, '2026-12-08', null], // r55 (no unit), no notice
  ['PI-2026-00031', '2026-11-26', 'web', 'submitted', null, null, null, '2026-12-10', null], // r56 DLH, no notice
]
const OFFLINE = REQUESTS.filter((r) => r[2] !== 'web').map((r) => r[0])

/** WITA (UTC+8, no daylight saving) calendar day of an instant. */
const witaDay = (at: string | Date) => new Date(new Date(at).getTime() + 8 * 3600_000).toISOString().slice(0, 10)

let seeded: SeededStack
let ppid: SupabaseClient

beforeAll(async () => {
  seeded = await startSeededStack()
  ppid = await seeded.signIn(DEMO.ppid)
})

afterAll(async () => {
  await seeded?.stop()
})

async function register(view: 'request_register' | 'objection_register', range: { from: string; to: string }, columns = '*') {
  const { data, error } = await ppid.from(view).select(columns).gte('received_on', range.from).lte('received_on', range.to)
    .order('received_on').order('registration_no')
  if (error) throw error
  return data as unknown as Record<string, unknown>[]
}

async function report(who: SupabaseClient, range: { from: string; to: string }) {
  const { data, error } = await who.rpc('report_statistics', { from_date: range.from, to_date: range.to })
  if (error) throw error
  return data as Record<string, unknown>
}

/**
 * overdue_open counts open requests without a notice whose last day has passed on the agency's today, so
 * it grows as the calendar moves: the open ones are r40 (due 21 Sep 2026), r41 (5 Oct), r43 (11 Nov after
 * extension), r44 (9 Nov), r48 (30 Nov after extension), r51 (26 Nov), r52 (30 Nov), r53 (2 Dec), r54
 * (7 Dec), r55 (8 Dec), r56 (10 Dec). On 27 Nov 2026 WITA that is 5; from 11 Dec 2026 on, all 11.
 */
const OPEN_DUE = ['2026-09-21', '2026-10-05', '2026-11-11', '2026-11-09', '2026-11-30', '2026-11-26', '2026-11-30',
  '2026-12-02', '2026-12-07', '2026-12-08', '2026-12-10']
/** Runs `get` and the overdue expectation on the same WITA day (retried if midnight passes in between). */
async function onOneDay<T>(get: () => Promise<T>): Promise<{ value: T; overdue: number }> {
  for (;;) {
    const before = witaDay(new Date())
    const value = await get()
    if (witaDay(new Date()) === before) return { value, overdue: OPEN_DUE.filter((d) => d < before).length }
  }
}

describe('request register over the seed', () => {
  test('every request of the range, in number order, offline channels included, with its dates and outcome', async () => {
    const rows = await register('request_register', ALL,
      'registration_no, received_on, channel, status, decision_type, notice_sent_at, on_time, due_notice_on, due_final_on')
    expect(rows.map((r) => [r.registration_no, r.received_on, r.channel, r.status, r.decision_type,
      r.notice_sent_at ? witaDay(r.notice_sent_at as string) : null, r.on_time, r.due_notice_on, r.due_final_on])).toEqual(REQUESTS)
    // 56 requests: r01–r25 numbered PI-2025-00001…25, r26–r56 PI-2026-00001…31.
    expect(rows).toHaveLength(56)
    // 12 registered by an officer: langsung r02 r23 r32 r50, surat r05 r28, telepon r09 r55, email r13 r35, whatsapp r18 r41.
    expect(OFFLINE).toEqual(['PI-2025-00002', 'PI-2025-00005', 'PI-2025-00009', 'PI-2025-00013', 'PI-2025-00018', 'PI-2025-00023',
      'PI-2026-00003', 'PI-2026-00007', 'PI-2026-00010', 'PI-2026-00016', 'PI-2026-00025', 'PI-2026-00030'])
  })

  test('the semester range keeps only the requests received in it', async () => {
    const rows = await register('request_register', SEMESTER, 'registration_no')
    // r26 (6 Jan 2026) to r35 (22 Jun 2026); r36 came in on 6 Jul.
    expect(rows.map((r) => r.registration_no)).toEqual(Array.from({ length: 10 }, (_, i) => `PI-2026-${String(i + 1).padStart(5, '0')}`))
  })

  test('hand-picked rows carry every column of §6.1 with the seed\'s values', async () => {
    const rows = await register('request_register', ALL)
    const row = (no: string) => {
      const found = rows.find((r) => r.registration_no === no)
      if (!found) throw new Error(`${no} not in the register`)
      // The id is the seed's r-number (30000000-…-0000000000NN): not a register column of §6.1.
      return Object.fromEntries(Object.entries(found).filter(([k]) => k !== 'id'))
    }
    // r02: a group's request at the desk (langsung) on Mon 20 Jan 2025 10:05, for BPKAD. Decided granted in full
    // 3 wd later (Thu 23 Jan 10:30; the year's first decision, hence letter 001 although r01 came in first: r01
    // was decided at 14:00 that day). 120 pages at Rp 500 = Rp 60.000, paid cash and delivered Fri 24 Jan 09:40.
    // Hardcopy only, as asked (no softcopy in the obtain methods). Due 6 Feb (27–29 Jan are holidays).
    expect(row('PI-2025-00002')).toEqual({
      registration_no: 'PI-2025-00002', received_at: '2025-01-20T02:05:00+00:00', received_on: '2025-01-20', channel: 'langsung',
      applicant_name: 'Forum Warga Peduli Anggaran Loa Janan',
      applicant_address: 'Jl. Poros Samarinda-Tenggarong RT 012, Kel. Loa Janan Ulu, Kec. Loa Janan, Kab. Kutai Kartanegara',
      applicant_contact: '081350120333', applicant_occupation: 'Kelompok masyarakat',
      details: 'Salinan Peraturan Daerah Kabupaten Kutai Kartanegara tentang APBD Tahun Anggaran 2025 beserta lampiran ringkasan APBD menurut urusan dan organisasi perangkat daerah.',
      purpose: 'Bahan diskusi warga tentang prioritas belanja infrastruktur dan layanan dasar di Kecamatan Loa Janan.',
      information_status: 'dikuasai', holder_body: null, information_forms: ['hardcopy'], obtain_methods: ['salinan_hardcopy'],
      decision_type: 'granted_full', refusal_grounds: null, notice_sent_at: '2025-01-23T02:30:00+00:00',
      notice_letter_no: '489/001/Diskominfo-PLIP/I/2025', delivered_at: '2025-01-24T01:40:00+00:00', fee_total: 60000,
      payment_method: 'Tunai di loket layanan informasi', status: 'closed', due_notice_on: '2025-02-06', due_final_on: null, on_time: true,
    })
    // r05: a foundation's letter (surat) of Wed 5 Mar 2025; not held, forwarded to the provincial DLH, 5 wd later
    // (Wed 12 Mar 10:00, the year's 5th decision). Nothing delivered, no fee.
    expect(row('PI-2025-00005')).toMatchObject({
      channel: 'surat', applicant_name: 'Yayasan Lestari Mahakam Hulu', applicant_contact: '085246781100 / sekretariat@lestarimahakam.test',
      applicant_occupation: 'Yayasan bidang lingkungan hidup', information_status: 'tidak_dikuasai',
      holder_body: 'Dinas Lingkungan Hidup Provinsi Kalimantan Timur', information_forms: [], obtain_methods: ['salinan_softcopy'],
      decision_type: 'not_held_forwarded', refusal_grounds: null, notice_sent_at: '2025-03-12T02:00:00+00:00',
      notice_letter_no: '489/005/Diskominfo-PLIP/III/2025', delivered_at: null, fee_total: 0, status: 'closed', on_time: true,
    })
    // r16: refused (Pasal 17 b) on Thu 14 Aug 2025 (letter 014), objection KB-2025-00002 upheld Mon 22 Sep, decided
    // again on Wed 24 Sep (letter 017 of 2025): partial grant on ground b, softcopy, emailed 10:15, on time against its fresh clock (see above).
    expect(row('PI-2025-00016')).toMatchObject({
      applicant_name: 'Budi Santoso', applicant_contact: '085250700202 / warga2@demo.ppid.test', information_status: 'dikuasai',
      information_forms: ['softcopy'], decision_type: 'granted_partial', refusal_grounds: 'b', notice_sent_at: '2025-09-24T02:00:00+00:00',
      notice_letter_no: '489/017/Diskominfo-PLIP/IX/2025', delivered_at: '2025-09-24T02:15:00+00:00', fee_total: 0, payment_method: null,
      status: 'closed', due_notice_on: '2025-10-06', on_time: true,
    })
    // r22: refused on Wed 19 Nov 2025 14:00 (7 wd after Mon 10 Nov; letter 020 of 2025) on Pasal 17 h and another
    // statute (k), named after the dash.
    expect(row('PI-2025-00022')).toMatchObject({
      applicant_name: 'Siti Rahmawati', applicant_contact: '081253400101 / warga1@demo.ppid.test', applicant_occupation: 'Mahasiswa Pascasarjana',
      information_status: 'dikuasai', information_forms: [], decision_type: 'rejected_exempt',
      refusal_grounds: 'h, k — UU 17/2023 tentang Kesehatan (rahasia kesehatan pasien)', notice_sent_at: '2025-11-19T06:00:00+00:00',
      notice_letter_no: '489/020/Diskominfo-PLIP/XI/2025', delivered_at: null, status: 'closed', on_time: true,
    })
    // r25: received Mon 22 Dec 2025, decided 8 wd later on Tue 6 Jan 2026 (25–26 Dec and 1 Jan are holidays): the
    // letter counts in 2026, where it was the first.
    expect(row('PI-2025-00025')).toMatchObject({
      received_on: '2025-12-22', notice_sent_at: '2026-01-06T02:00:00+00:00', notice_letter_no: '489/001/Diskominfo-PLIP/I/2026',
      due_notice_on: '2026-01-08', on_time: true,
    })
    // r55: a phone request of Tue 24 Nov 2026 09:05 with no unit yet, not accepted: only the filing columns.
    expect(row('PI-2026-00030')).toEqual({
      registration_no: 'PI-2026-00030', received_at: '2026-11-24T01:05:00+00:00', received_on: '2026-11-24', channel: 'telepon',
      applicant_name: 'Maimunah', applicant_address: 'Jl. Muso Salim Gg. Damai RT 10, Kel. Panji, Kec. Tenggarong, Kab. Kutai Kartanegara',
      applicant_contact: '081254651965', applicant_occupation: 'Pedagang',
      details: 'Informasi jadwal dan persyaratan pendaftaran bantuan modal usaha mikro dari Pemerintah Kabupaten Kutai Kartanegara tahun 2027.',
      purpose: 'Persiapan mendaftar bantuan modal untuk usaha dagang saya di pasar.', information_status: null, holder_body: null,
      information_forms: [], obtain_methods: ['mendengarkan', 'mencatat'], decision_type: null, refusal_grounds: null, notice_sent_at: null,
      notice_letter_no: null, delivered_at: null, fee_total: 0, payment_method: null, status: 'submitted', due_notice_on: '2026-12-08',
      due_final_on: null, on_time: null,
    })
  })
})

describe('objection register over the seed', () => {
  test('the five objections with the columns of §6.2', async () => {
    const rows = await register('objection_register', ALL,
      'registration_no, received_on, request_registration_no, applicant_name, applicant_contact, grounds, status, reasons, responded_at, atasan_name, atasan_position, applicant_reaction, filed_late')
    const atasan = { atasan_name: 'Contoh: Nama Atasan PPID (demo)', atasan_position: 'Sekretaris Daerah Kabupaten Kutai Kartanegara selaku Atasan PPID' }
    const none = { atasan_name: null, atasan_position: null }
    expect(rows).toEqual([
      // O1 on r13 (offline, by email): 14 wd after Mon 16 Jun 2025 = Mon 7 Jul (27 Jun is a holiday); settled by
      // musyawarah on Thu 17 Jul 14:00 (wd 22), due 19 Aug; the applicant accepted.
      { registration_no: 'KB-2025-00001', received_on: '2025-07-07', request_registration_no: 'PI-2025-00013', applicant_name: 'Andi Pratama',
        applicant_contact: '081346501010 / andi.pratama@contoh.test', grounds: ['e'], status: 'settled_musyawarah', reasons: null,
        responded_at: '2025-07-17T06:00:00+00:00', ...atasan, applicant_reaction: 'Pemohon menerima hasil musyawarah.', filed_late: false },
      // O2 on r16: Mon 25 Aug 2025 (wd 14; 18 Aug is a holiday), upheld Mon 22 Sep 10:00 (wd 33), no reaction recorded.
      { registration_no: 'KB-2025-00002', received_on: '2025-08-25', request_registration_no: 'PI-2025-00016', applicant_name: 'Budi Santoso',
        applicant_contact: '085250700202 / warga2@demo.ppid.test', grounds: ['a', 'd'], status: 'upheld', reasons: null,
        responded_at: '2025-09-22T02:00:00+00:00', ...atasan, applicant_reaction: null, filed_late: false },
      // O3 on r26: Fri 23 Jan 2026 (wd 12; 16 Jan is a holiday), rejected with reasons Thu 19 Feb 14:00 (wd 29).
      { registration_no: 'KB-2026-00001', received_on: '2026-01-23', request_registration_no: 'PI-2026-00001', applicant_name: 'Budi Santoso',
        applicant_contact: '085250700202 / warga2@demo.ppid.test', grounds: ['a'], status: 'rejected',
        reasons: expect.stringMatching(/^Berdasarkan keterangan Inspektorat/), responded_at: '2026-02-19T06:00:00+00:00', ...atasan,
        applicant_reaction: 'Pemohon tidak menerima tanggapan Atasan PPID dan akan mengajukan sengketa informasi ke Komisi Informasi.', filed_late: false },
      // O4 on r40 (no notice ever; ground c): Mon 26 Oct 2026 (wd 35), in review, unanswered.
      { registration_no: 'KB-2026-00002', received_on: '2026-10-26', request_registration_no: 'PI-2026-00015', applicant_name: 'Budi Santoso',
        applicant_contact: '085250700202 / warga2@demo.ppid.test', grounds: ['c'], status: 'in_review', reasons: null, responded_at: null,
        ...none, applicant_reaction: null, filed_late: false },
      // O5 on r42: Thu 19 Nov 2026 (wd 33 after Mon 5 Oct), not yet reviewed.
      { registration_no: 'KB-2026-00003', received_on: '2026-11-19', request_registration_no: 'PI-2026-00017', applicant_name: 'Siti Rahmawati',
        applicant_contact: '081253400101 / warga1@demo.ppid.test', grounds: ['a'], status: 'submitted', reasons: null, responded_at: null,
        ...none, applicant_reaction: null, filed_late: false },
    ])
  })
})

// Units by count, ties by name; the names are those seed.sql gives the codes.
const DPUPR = 'Dinas Pekerjaan Umum dan Penataan Ruang'
const DINKES = 'Dinas Kesehatan'
const DISDIK = 'Dinas Pendidikan'
const BPKAD = 'Badan Pengelolaan Keuangan dan Aset Daerah'
const BAPPEDA = 'Badan Perencanaan Pembangunan Daerah'
const DISKOMINFO = 'Dinas Komunikasi dan Informatika'
const DLH = 'Dinas Lingkungan Hidup'
const DPMPTSP = 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu'
const INSPEKTORAT = 'Inspektorat Daerah'

describe('report_statistics over the seed', () => {
  test('every figure for Jan 2025 – Dec 2026', async () => {
    const { value, overdue } = await onOneDay(() => report(ppid, ALL))
    expect(value).toEqual({
      from: '2025-01-01', to: '2026-12-31',
      requests: 56,
      // Received per month (r52 and r56 moved to their next working day stay in November); Dec 2026 none.
      by_month: [
        ['2025-01', 2], ['2025-02', 2], ['2025-03', 3], ['2025-04', 2], ['2025-05', 2], ['2025-06', 2], ['2025-07', 2], ['2025-08', 2],
        ['2025-09', 2], ['2025-10', 2], ['2025-11', 2], ['2025-12', 2], ['2026-01', 3], ['2026-02', 2], ['2026-03', 1], ['2026-04', 1],
        ['2026-05', 2], ['2026-06', 1], ['2026-07', 2], ['2026-08', 2], ['2026-09', 2], ['2026-10', 4], ['2026-11', 11], ['2026-12', 0],
      ].map(([month, count]) => ({ month, count })),
      // 12 offline (listed above), 44 web (r50 is warga1 at the desk: langsung).
      by_channel: { web: 44, langsung: 4, surat: 2, telepon: 2, email: 2, whatsapp: 2 },
      // DPUPR r03 r10 r15 r18 r25 r29 r35 r38 r41 r43 r48; DINKES r04 r09 r14 r16 r22 r30 r36 r42 r49 r54; BPKAD r02 r11
      // r21 r33 r40 r50 r51; DISDIK r01 r13 r20 r27 r32 r39 r53; BAPPEDA r06 r12 r23 r28 r37 r46; DISKOMINFO r07 r17 r44
      // r45 r47; DLH r05 r19 r31 r52 r56; DPMPTSP r08 r24 r34; INSPEKTORAT r26; r55 has no unit.
      by_unit: [[DPUPR, 11], [DINKES, 10], [BPKAD, 7], [DISDIK, 7], [BAPPEDA, 6], [DISKOMINFO, 5], [DLH, 5], [DPMPTSP, 3],
        [INSPEKTORAT, 1], ['(belum ditentukan)', 1]].map(([unit, count]) => ({ unit, count })),
      // closed: 22 of 2025 (all but r10 r12 r20) + r26–r33, r35–r39, r42; in_process r40 r41 r51 r53; submitted r44 r54
      // r55 r56; extended r43 r48; delivered r45 r47; awaiting_payment r49 (fees); decided r50.
      by_status: { closed: 36, closed_incomplete: 2, withdrawn: 3, in_process: 4, submitted: 4, extended: 2, delivered: 2,
        awaiting_payment: 1, decided: 1, needs_completion: 1 },
      // partial: r03 r08 r16 r21 r33; refused: r22 r26 r35 r42; forwarded r05 r30; unknown r17; not yet documented r13 r23 r37.
      by_decision: { granted_full: 25, granted_partial: 5, rejected_exempt: 4, not_held_forwarded: 2, not_held_unknown: 1, not_yet_documented: 3 },
      granted_full: 25, granted_partial: 5, rejected: 4,
      // b: r03 r16 r35; h: r08 r21 r22 r33 r42; a: r26; j: r33; k: r22.
      refusals_by_ground: { a: 1, b: 3, h: 5, j: 1, k: 1 },
      answered: 40,
      // The 40 times to notice, sorted: 0 2 3 3 4 4 4 5 5 5 5 5 6×7 7×5 8×8 9×3 10 13 14 15 35 (sum 300).
      // Median = mean of the 20th and 21st = 7; p90 = the 36th = 10; mean 7.5.
      notice_wd_median: 7, notice_wd_p90: 10, notice_wd_mean: 7.5,
      notice_wd_by_decision: {
        // 0 2 3 3 4 4 4 5 5 5 6 6 6 6 7 7 7 8 8 8 9 9 10 13 15: 13th = 6, 23rd = 10.
        granted_full: { count: 25, median: 6, p90: 10 },
        granted_partial: { count: 5, median: 9, p90: 35 }, // 8 (r33), 8 (r08), 9 (r21), 14 (r03), 35 (r16)
        rejected_exempt: { count: 4, median: 7, p90: 8 }, // 6 (r35), 7 (r22), 7 (r26), 8 (r42)
        not_held_forwarded: { count: 2, median: 5.5, p90: 6 }, // 5 (r05), 6 (r30)
        not_held_unknown: { count: 1, median: 5, p90: 5 }, // r17
        not_yet_documented: { count: 3, median: 8, p90: 8 }, // 6 (r23), 8 (r13), 8 (r37)
      },
      // All on or before their last day (r16 against its fresh clock after the upheld objection).
      on_time: 40, on_time_share: 1,
      extended: 5, // r03 r15 r31 r43 r48
      // Every grant of 2025 (17) and those of 2026 but r49 (awaiting payment) and r50 (to be seen at the desk): 11.
      delivered: 28,
      overdue_open: overdue,
      withdrawn: 3, // r12 r20 r46
      objections: 5,
      objections_by_ground: { a: 3, c: 1, d: 1, e: 1 }, // a: O2 O3 O5; c: O4; d: O2; e: O1
      objections_by_status: { settled_musyawarah: 1, upheld: 1, rejected: 1, in_review: 1, submitted: 1 },
      // O1 by 19 Aug 2025, O2 by 7 Oct 2025, O3 by 10 Mar 2026 (30 wd after receipt): all answered in time.
      objections_answered: 3, objections_answered_on_time: 3,
      // D1 on O3: filed Mon 2 Mar 2026 (wd 36 after 6 Jan; 16 Jan, 16–17 Feb are holidays), decided, partly granted.
      disputes: 1, disputes_by_stage: { decided: 1 }, disputes_by_outcome: { partly: 1 },
    })
    expect(overdue).toBeGreaterThanOrEqual(5) // r40 r41 r43 r44 r51 were all past due when the seed was written
  })

  test('every figure for Semester I 2026', async () => {
    expect(await report(ppid, SEMESTER)).toEqual({
      from: '2026-01-01', to: '2026-06-30',
      requests: 10,
      by_month: [['2026-01', 3], ['2026-02', 2], ['2026-03', 1], ['2026-04', 1], ['2026-05', 2], ['2026-06', 1]]
        .map(([month, count]) => ({ month, count })), // r26 r27 r28 | r29 r30 | r31 | r32 | r33 r34 | r35
      by_channel: { web: 7, surat: 1, langsung: 1, email: 1 }, // r28 surat, r32 langsung, r35 email
      // DPUPR r29 r35, DISDIK r27 r32, then one each, by name.
      by_unit: [[DPUPR, 2], [DISDIK, 2], [BPKAD, 1], [BAPPEDA, 1], [DINKES, 1], [DLH, 1], [DPMPTSP, 1], [INSPEKTORAT, 1]]
        .map(([unit, count]) => ({ unit, count })),
      by_status: { closed: 9, closed_incomplete: 1 }, // r34 closed incomplete
      by_decision: { granted_full: 5, granted_partial: 1, rejected_exempt: 2, not_held_forwarded: 1 },
      granted_full: 5, granted_partial: 1, rejected: 2,
      refusals_by_ground: { a: 1, b: 1, h: 1, j: 1 }, // r26 a, r35 b, r33 h and j
      answered: 9,
      // 0 (r32, same day), 5 (r28), 6 (r27 r30 r35), 7 (r26 r29), 8 (r33), 15 (r31, extended): median the 5th = 6,
      // p90 the 9th = 15, mean 60 / 9 = 6.7.
      notice_wd_median: 6, notice_wd_p90: 15, notice_wd_mean: 6.7,
      notice_wd_by_decision: {
        granted_full: { count: 5, median: 6, p90: 15 }, // 0 5 6 7 15
        granted_partial: { count: 1, median: 8, p90: 8 },
        rejected_exempt: { count: 2, median: 6.5, p90: 7 },
        not_held_forwarded: { count: 1, median: 6, p90: 6 },
      },
      // r31 extended on 26 Mar to Thu 9 Apr (18–24 Mar and 3 Apr are holidays), answered Tue 7 Apr.
      on_time: 9, on_time_share: 1, extended: 1,
      delivered: 6, // r27 r28 r29 r31 r32 r33
      overdue_open: 0, withdrawn: 0,
      objections: 1, objections_by_ground: { a: 1 }, objections_by_status: { rejected: 1 },
      objections_answered: 1, objections_answered_on_time: 1,
      disputes: 1, disputes_by_stage: { decided: 1 }, disputes_by_outcome: { partly: 1 },
    })
  })

  test('the petugas and the Atasan PPID get the same figures; a citizen and the admin are refused', async () => {
    const want = await report(ppid, SEMESTER)
    for (const email of [DEMO.petugas, DEMO.atasan]) expect(await report(await seeded.signIn(email), SEMESTER)).toEqual(want)
    for (const email of [DEMO.warga1, DEMO.admin]) {
      const { error } = await (await seeded.signIn(email)).rpc('report_statistics', { from_date: SEMESTER.from, to_date: SEMESTER.to })
      expect(error?.hint).toBe('forbidden')
    }
  })
})

// The keys public_statistics keeps (migration 20261126004000): no units, no per-decision times, no deliveries.
const PUBLIC_KEYS = ['from', 'to', 'requests', 'by_month', 'by_channel', 'by_status', 'by_decision', 'granted_full', 'granted_partial',
  'rejected', 'refusals_by_ground', 'answered', 'notice_wd_median', 'notice_wd_p90', 'notice_wd_mean', 'on_time', 'on_time_share',
  'extended', 'overdue_open', 'withdrawn', 'objections', 'objections_by_ground', 'objections_by_status', 'objections_answered_on_time',
  'disputes', 'disputes_by_outcome']

/** Every object key and string value in a JSON document. */
function words(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(words)
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...words(v)])
  return []
}

describe('public_statistics over the seed', () => {
  for (const year of [2025, 2026]) {
    test(`${year}: the report's aggregates for the year, for anyone, without a name, unit or number in them`, async () => {
      const anon = seeded.anon()
      const { value: both } = await onOneDay(async () => {
        const { data, error } = await anon.rpc('public_statistics', { year })
        if (error) throw error
        return { pub: data as Record<string, unknown>, staff: await report(ppid, { from: `${year}-01-01`, to: `${year}-12-31` }) }
      })
      expect(Object.keys(both.pub).sort()).toEqual([...PUBLIC_KEYS].sort())
      expect(both.pub).toEqual(Object.fromEntries(PUBLIC_KEYS.map((k) => [k, both.staff[k]])))
      // Only enum codes, months and dates: no applicant, address, contact, unit or registration number.
      expect(words(both.pub).filter((w) => !/^[a-z][a-z0-9_]*$/.test(w) && !/^\d{4}-\d{2}(-\d{2})?$/.test(w))).toEqual([])
    })
  }

  test('2025 and 2026 by hand: the headline figures', async () => {
    const anon = seeded.anon()
    const y2025 = (await anon.rpc('public_statistics', { year: 2025 })).data as Record<string, unknown>
    // r01–r25; 22 answered (not r10 r12 r20), all 22 on time. Sorted times: 2 3 4 4 4 5 5 5 5
    // 6 6 6 7 7 8 8 8 8 9 13 14 35 (sum 172): median 6, p90 the 20th = 13, mean 7.8.
    expect(y2025).toMatchObject({ requests: 25, answered: 22, on_time: 22, on_time_share: 1, notice_wd_median: 6,
      notice_wd_p90: 13, notice_wd_mean: 7.8, granted_full: 13, granted_partial: 4, rejected: 1, extended: 2, withdrawn: 2,
      overdue_open: 0, objections: 2, objections_answered_on_time: 2, disputes: 0, disputes_by_outcome: {},
      refusals_by_ground: { b: 2, h: 3, k: 1 }, by_channel: { web: 19, langsung: 2, surat: 1, telepon: 1, email: 1, whatsapp: 1 } })
    const { value: y2026, overdue } = await onOneDay(async () => (await anon.rpc('public_statistics', { year: 2026 })).data as Record<string, unknown>)
    // r26–r56; 18 answered, all on time. Sorted: 0 3 5 6 6 6 6 7 7 7 8 8 8 8 9 9 10 15 (sum 128): median 7, p90 the
    // 17th = 10, mean 7.1.
    expect(y2026).toMatchObject({ requests: 31, answered: 18, on_time: 18, on_time_share: 1, notice_wd_median: 7, notice_wd_p90: 10,
      notice_wd_mean: 7.1, granted_full: 12, granted_partial: 1, rejected: 3, extended: 3, withdrawn: 1, overdue_open: overdue,
      objections: 3, objections_by_ground: { a: 2, c: 1 }, objections_answered_on_time: 1, disputes: 1, disputes_by_outcome: { partly: 1 },
      refusals_by_ground: { a: 1, b: 1, h: 2, j: 1 }, by_channel: { web: 25, langsung: 2, surat: 1, telepon: 1, email: 1, whatsapp: 1 } })
  })
})
