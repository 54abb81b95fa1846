import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, test } from 'vitest'
import { client, sql, type Actor } from './helpers.ts'
import { officers, ok, refused, resident, type Officers } from './process-helpers.ts'

// The registers of domain.md §6.1–6.2 and the LLIP figures of §6.3, on requests arranged directly in
// Feb–Jun 2025 (no other test files anything then), with every expectation computed by hand below.
const FROM = '2025-02-01'
const TO = '2025-06-30'
const MARK = `RPT-${randomUUID().slice(0, 8)}`
let o: Officers
let owner: Actor

// n, channel, received (WITA 09:00), extended, status, decision, grounds, notice (WITA 10:00)
// Working days from receipt to notice, by hand against the 2025 calendar of §9.2:
//   R1  3 Feb → 10 Feb: 5          R2 12 Feb → 13 Feb: 1
//   R3  3 Mar → 17 Mar: 10 (due 17 Mar: on time, on the day)
//   R4 24 Mar → 25 Apr: 16 (Nyepi, Idul Fitri 28 Mar–7 Apr, Good Friday; extended, due 28 Apr: on time)
//   R5 15 Apr →  9 May: 16 (due 30 Apr: late)   R8 2 Jun → 3 Jun: 1
const REQUESTS = [
  ['1', 'web', '2025-02-03', false, 'closed', 'granted_full', '{}', '2025-02-10'],
  ['2', 'langsung', '2025-02-12', false, 'closed', 'rejected_exempt', '{h,j}', '2025-02-13'],
  ['3', 'email', '2025-03-03', false, 'delivered', 'granted_partial', '{h}', '2025-03-17'],
  ['4', 'web', '2025-03-24', true, 'closed', 'rejected_exempt', '{a}', '2025-04-25'],
  ['5', 'web', '2025-04-15', false, 'closed', 'granted_full', '{}', '2025-05-09'],
  ['6', 'whatsapp', '2025-05-05', false, 'in_process', null, '{}', null],
  ['7', 'web', '2025-05-14', false, 'withdrawn', null, '{}', null],
  ['8', 'web', '2025-06-02', false, 'closed', 'not_held_forwarded', '{}', '2025-06-03'],
]

beforeAll(async () => {
  ;[o, owner] = await Promise.all([officers(), resident('register')])
  await sql(
    `with filed as (insert into public.requests (registration_no, channel, applicant_type, applicant_name, applicant_address,
       applicant_occupation, details, purpose, obtain_methods, declared_at, received_at, received_on, due_notice_on,
       extended_at, due_final_on, status, decision_type, exemption_codes, notice_sent_at, lookup_secret_hash)
     select $1 || '-' || v.n, v.channel::public.request_channel, 'perorangan', 'Pemohon Laporan ' || v.n,
       'Jl. Uji 1, Tenggarong', 'Peneliti', 'Rincian informasi untuk laporan.', 'Tujuan penggunaan untuk laporan.', '{melihat}',
       (v.received || ' 09:00+08')::timestamptz, (v.received || ' 09:00+08')::timestamptz, v.received::date,
       public.add_working_days(v.received::date, 10),
       case when v.ext then (v.received || ' 11:00+08')::timestamptz end,
       case when v.ext then public.add_working_days(public.add_working_days(v.received::date, 10), 7) end,
       v.status::public.request_status, v.decision::public.decision_type, v.codes::text[],
       (v.notice || ' 10:00+08')::timestamptz, 'x'
     from jsonb_to_recordset($2::jsonb) as v(n text, channel text, received text, ext boolean, status text, decision text, codes text, notice text)
     returning id)
     insert into private.request_identity_numbers (request_id, applicant_nik) select id, '6402011505900001' from filed`,
    [MARK, JSON.stringify(REQUESTS.map(([n, channel, received, ext, status, decision, codes, notice]) =>
      ({ n, channel, received, ext, status, decision, codes, notice })))],
  )
  await sql(`update public.requests set applicant_id = $1 where registration_no = $2`, [owner.id, `${MARK}-2`])
  // O1 on R2 answered on time; O2 on R5 settled late; O3 received after the range. D1 in range, D2 after it.
  await sql(
    `insert into public.objections (registration_no, request_id, applicant_id, grounds, case_position, ground_on, window_until,
       received_on, due_on, status, response, responded_at)
     select $1 || '-' || v.n, r.id, r.applicant_id, v.grounds::public.objection_ground[], 'Kasus posisi untuk laporan tahunan.',
       v.received::date, public.add_working_days(v.received::date, 30), v.received::date, public.add_working_days(v.received::date, 30),
       v.status::public.objection_status, 'Tanggapan Atasan PPID.', (v.responded || ' 10:00+08')::timestamptz
     from (values ('O1', '2', '{a}', '2025-02-20', 'rejected', '2025-03-10'), ('O2', '5', '{e,g}', '2025-05-14', 'settled_musyawarah', '2025-08-01'),
       ('O3', '8', '{c}', '2025-07-10', 'submitted', null)) v(n, req, grounds, received, status, responded)
     join public.requests r on r.registration_no = $1 || '-' || v.req`,
    [MARK],
  )
  await sql(
    `insert into public.disputes (objection_id, request_id, commission, filed_on, outcome)
     select x.id, x.request_id, 'Komisi Informasi Provinsi Kalimantan Timur', v.filed::date, v.outcome::public.dispute_outcome
     from (values ('O1', '2025-03-20', null), ('O2', '2025-08-10', 'settled')) v(n, filed, outcome)
     join public.objections x on x.registration_no = $1 || '-' || v.n`,
    [MARK],
  )
})

describe('registers', () => {
  test('the request register: staff see every row with its legal columns', async () => {
    const rows = ok(await o.ppid.client.from('request_register').select('registration_no, channel, decision_type, refusal_grounds, on_time, applicant_name')
      .like('registration_no', `${MARK}-%`).order('registration_no')).data!
    expect(rows).toHaveLength(8)
    expect(rows.map((r) => r.on_time)).toEqual([true, true, true, true, false, null, null, true])
    expect(rows[1]).toEqual({ registration_no: `${MARK}-2`, channel: 'langsung', decision_type: 'rejected_exempt', refusal_grounds: 'h, j',
      on_time: true, applicant_name: 'Pemohon Laporan 2' })
    expect(ok(await o.atasan.client.from('request_register').select('id').like('registration_no', `${MARK}-%`)).data).toHaveLength(8)
  })

  test('a citizen sees only their own rows; an admin sees none', async () => {
    const own = ok(await owner.client.from('request_register').select('registration_no')).data
    expect(own).toEqual([{ registration_no: `${MARK}-2` }])
    expect(ok(await o.admin.client.from('request_register').select('id')).data).toEqual([])
    expect(ok(await owner.client.from('objection_register').select('registration_no, request_registration_no, grounds, status')).data)
      .toEqual([{ registration_no: `${MARK}-O1`, request_registration_no: `${MARK}-2`, grounds: ['a'], status: 'rejected' }])
    expect(ok(await o.admin.client.from('objection_register').select('id')).data).toEqual([])
    expect((await client().from('request_register').select('id')).error?.code).toBe('42501')
  })

  test('the objection register: staff see every objection with the request it concerns', async () => {
    const rows = ok(await o.petugas.client.from('objection_register').select('registration_no, request_registration_no, status, filed_late')
      .like('registration_no', `${MARK}-%`).order('registration_no')).data
    expect(rows).toEqual([
      { registration_no: `${MARK}-O1`, request_registration_no: `${MARK}-2`, status: 'rejected', filed_late: false },
      { registration_no: `${MARK}-O2`, request_registration_no: `${MARK}-5`, status: 'settled_musyawarah', filed_late: false },
      { registration_no: `${MARK}-O3`, request_registration_no: `${MARK}-8`, status: 'submitted', filed_late: false },
    ])
  })
})

describe('report_statistics', () => {
  test('figures for Feb–Jun 2025 match the hand count', async () => {
    const s = ok(await o.ppid.client.rpc('report_statistics', { from_date: FROM, to_date: TO })).data
    expect(s).toMatchObject({
      from: FROM, to: TO, requests: 8,
      by_month: [{ month: '2025-02', count: 2 }, { month: '2025-03', count: 2 }, { month: '2025-04', count: 1 },
        { month: '2025-05', count: 2 }, { month: '2025-06', count: 1 }],
      by_channel: { web: 5, langsung: 1, email: 1, whatsapp: 1 },
      by_status: { closed: 5, delivered: 1, in_process: 1, withdrawn: 1 },
      by_decision: { granted_full: 2, granted_partial: 1, rejected_exempt: 2, not_held_forwarded: 1 },
      granted_full: 2, granted_partial: 1, rejected: 2,
      refusals_by_ground: { a: 1, h: 2, j: 1 },
      answered: 6,
      // 1, 1, 5, 10, 16, 16
      notice_wd_median: 7.5, notice_wd_p90: 16, notice_wd_mean: 8.2,
      on_time: 5, on_time_share: 0.8333, extended: 1, overdue_open: 1, withdrawn: 1,
      objections: 2, objections_by_ground: { a: 1, e: 1, g: 1 }, objections_by_status: { rejected: 1, settled_musyawarah: 1 },
      objections_answered_on_time: 1,
      disputes: 1, disputes_by_outcome: { pending: 1 },
    })
    expect(s.by_unit).toEqual([{ unit: '(belum ditentukan)', count: 8 }])
  })

  test('a narrower range: only March', async () => {
    const s = ok(await o.ppid.client.rpc('report_statistics', { from_date: '2025-03-01', to_date: '2025-03-31' })).data
    expect(s).toMatchObject({ requests: 2, answered: 2, notice_wd_median: 13, notice_wd_p90: 16, on_time_share: 1, extended: 1,
      refusals_by_ground: { a: 1, h: 1 }, objections: 0, disputes: 1 })
  })

  test('a citizen is refused (staff only since migration 20261126004000); a bad range is refused', async () => {
    refused(await owner.client.rpc('report_statistics', { from_date: FROM, to_date: TO }), 'forbidden', 403)
    refused(await o.ppid.client.rpc('report_statistics', { from_date: TO, to_date: FROM }), 'invalid_range')
    refused(await o.ppid.client.rpc('report_statistics', { from_date: '2000-01-01', to_date: '2030-12-31' }), 'invalid_range')
  })
})

describe('public_statistics', () => {
  test('anyone, without an account, gets the year\'s figures and nothing personal', async () => {
    const res = ok(await client().rpc('public_statistics', { year: 2025 }))
    const s = res.data as Record<string, unknown>
    expect(s.requests).toBeGreaterThanOrEqual(8)
    expect(s).not.toHaveProperty('by_unit')
    const text = JSON.stringify(s)
    for (const personal of ['Pemohon Laporan', '6402011505900001', 'Jl. Uji', MARK, 'Tanggapan Atasan']) expect(text).not.toContain(personal)
    expect(Object.keys(s).sort()).toEqual(['answered', 'by_channel', 'by_decision', 'by_month', 'by_status', 'disputes', 'disputes_by_outcome',
      'extended', 'from', 'granted_full', 'granted_partial', 'notice_wd_mean', 'notice_wd_median', 'notice_wd_p90', 'objections',
      'objections_answered_on_time', 'objections_by_ground', 'objections_by_status', 'on_time', 'on_time_share', 'overdue_open',
      'refusals_by_ground', 'rejected', 'requests', 'to', 'withdrawn'])
    refused(await client().rpc('public_statistics', { year: 1999 }), 'invalid_range')
  })
})
