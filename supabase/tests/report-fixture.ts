import { randomUUID } from 'node:crypto'

/** Superuser SQL (helpers.ts `sql`), passed in so this file imports nothing relative: src/api stack tests share it. */
export type Sql = <T extends Record<string, unknown> = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>

/**
 * A known year of requests, objections and disputes for the register and report tests (db and api),
 * all received in 2024: no other test files anything then, and the holidays table has no 2024 rows, so
 * working days there are Monday to Friday (A8's notice falls on 2 Jan 2025, after the 1 Jan holiday).
 * Every figure the tests expect is counted by hand from this table; see EXPECTED_2024.
 *
 *  n   channel   received (09:00 WITA)  unit  ext  status      decision            grounds  notice (10:00)  WD  on time
 *  A1  web       Mon  8 Jan 2024        U1        delivered   granted_full                  10 Jan          2   yes (due 22 Jan)
 *  A2  langsung  Mon 15 Jan 2024        U1        closed      rejected_exempt     h         29 Jan         10   yes (due 29 Jan, on the day)
 *  A3  surat     Mon  4 Mar 2024        U2        delivered   granted_partial     h, k      22 Mar         14   no  (due 18 Mar)
 *  A4  web       Mon 11 Mar 2024        U2    yes closed      rejected_exempt     a          2 Apr         16   yes (due 25 Mar + 7 = 3 Apr)
 *  A5  email     Mon  6 May 2024        -         closed      not_held_forwarded             7 May          1   yes
 *  A6  web       Mon  1 Jul 2024        -         in_process                                 -              -   overdue (due 15 Jul)
 *  A7  web       Mon  5 Aug 2024        -         withdrawn                                  -              -
 *  A8  telepon   Mon 30 Dec 2024        -         closed      granted_full                   2 Jan 2025     2   yes
 *
 * Objections (received_on; due = +30 WD): K1 on A2 {a} 5 Feb 2024, rejected 20 Feb (on time);
 * K2 on A3 {a,d} 1 Apr 2024 (due 13 May), upheld 28 Jun (late); K3 on A6 {c} 22 Jul 2024, in review;
 * K4 on A8 {g} 10 Jan 2025 (outside 2024). Disputes: D1 on K1 filed 1 Mar 2024, decided, applicant
 * loses; D2 on K2 filed 10 Jul 2024, in mediation; D3 on K4 filed 20 Jan 2025 (outside).
 */
export const ROWS_2024 = [
  ['A1', 'web', '2024-01-08', 'U1', false, 'delivered', 'granted_full', '{}', '2024-01-10'],
  ['A2', 'langsung', '2024-01-15', 'U1', false, 'closed', 'rejected_exempt', '{h}', '2024-01-29'],
  ['A3', 'surat', '2024-03-04', 'U2', false, 'delivered', 'granted_partial', '{h,k}', '2024-03-22'],
  ['A4', 'web', '2024-03-11', 'U2', true, 'closed', 'rejected_exempt', '{a}', '2024-04-02'],
  ['A5', 'email', '2024-05-06', null, false, 'closed', 'not_held_forwarded', '{}', '2024-05-07'],
  ['A6', 'web', '2024-07-01', null, false, 'in_process', null, '{}', null],
  ['A7', 'web', '2024-08-05', null, false, 'withdrawn', null, '{}', null],
  ['A8', 'telepon', '2024-12-30', null, false, 'closed', 'granted_full', '{}', '2025-01-02'],
] as const

export interface Fixture {
  mark: string
  /** Unit names, U1 and U2, unique to this run. */
  units: { U1: string; U2: string }
  /** Request ids by n (A1…A8). */
  ids: Record<string, string>
}

/**
 * The 2024 year, inserted as the superuser once per database (test files of one project share a stack
 * and run one after another); `ownerId` becomes the applicant of A2 and so of K1.
 */
export async function buildYear2024(sql: Sql, ownerId: string): Promise<Fixture> {
  const [existing] = await sql<{ mark: string }>(
    `select substring(registration_no from '^(LLIP-[0-9a-f]{8})-A1$') as mark from public.requests
     where registration_no ~ '^LLIP-[0-9a-f]{8}-A1$' and received_on = '2024-01-08'`)
  if (existing) {
    const mark = existing.mark
    await sql(`update public.requests set applicant_id = $1 where registration_no = $2`, [ownerId, `${mark}-A2`])
    await sql(`update public.objections set applicant_id = $1 where registration_no = $2`, [ownerId, `${mark}-K1`])
    return read(sql, mark)
  }
  const mark = `LLIP-${randomUUID().slice(0, 8)}`
  const code = mark.toUpperCase().replace(/[^A-Z0-9]/g, '').slice(-8)
  const units = { U1: `Dinas Pendidikan ${mark}`, U2: `Dinas Kesehatan ${mark}` }
  await sql(`insert into public.units (code, name) values ($1, $2), ($3, $4)`, [`U1${code}`, units.U1, `U2${code}`, units.U2])
  const rows = ROWS_2024.map(([n, channel, received, unit, ext, status, decision, codes, notice]) => ({
    n, channel, received, unit: unit ? units[unit] : null, ext, status, decision, codes, notice,
  }))
  await sql(
    `with filed as (insert into public.requests (registration_no, channel, applicant_type, applicant_name, applicant_address,
       applicant_occupation, applicant_phone, applicant_email, details, purpose, obtain_methods, copy_methods, declared_at,
       received_at, received_on, due_notice_on, extended_at, due_final_on, status, decision_type, information_status,
       information_forms, exemption_codes, exemption_other, notice_sent_at, notice_letter_no, delivered_at, fee_total,
       payment_method, withdrawn_at, target_unit_id, lookup_secret_hash)
     select $1 || '-' || v.n, v.channel::public.request_channel, 'perorangan', 'Pemohon Tahunan ' || v.n,
       'Jl. Laporan ' || v.n || ', Tenggarong', 'Peneliti', '081234567890', lower(v.n) || '@contoh.id',
       'Rincian informasi ' || v.n || ' untuk laporan tahunan.', 'Tujuan penggunaan ' || v.n || ' untuk laporan.',
       '{salinan_softcopy}', '{email}', (v.received || ' 09:00+08')::timestamptz, (v.received || ' 09:00+08')::timestamptz,
       v.received::date, public.add_working_days(v.received::date, 10),
       case when v.ext then (v.received || ' 11:00+08')::timestamptz end,
       case when v.ext then public.add_working_days(public.add_working_days(v.received::date, 10), 7) end,
       v.status::public.request_status, v.decision::public.decision_type,
       case when v.decision = 'not_held_forwarded' then 'tidak_dikuasai'::public.information_status
         when v.decision is not null then 'dikuasai'::public.information_status end,
       case when v.decision in ('granted_full', 'granted_partial') then '{softcopy}'::text[] else '{}' end,
       v.codes::text[], case when v.codes like '%k%' then 'UU 36/2009 tentang Kesehatan Pasal 57' end,
       (v.notice || ' 10:00+08')::timestamptz, case when v.notice is not null then '480/' || v.n || '/PPID/2024' end,
       case when v.status = 'delivered' then (v.notice || ' 14:00+08')::timestamptz end,
       case when v.n = 'A3' then 15000 else 0 end, case when v.n = 'A3' then 'Transfer bank' end,
       case when v.status = 'withdrawn' then (v.received || ' 15:00+08')::timestamptz end,
       (select u.id from public.units u where u.name = v.unit), 'x'
     from jsonb_to_recordset($2::jsonb) as v(n text, channel text, received text, unit text, ext boolean, status text,
       decision text, codes text, notice text)
     returning id)
     insert into private.request_identity_numbers (request_id, applicant_nik) select id, '6402011505900001' from filed`,
    [mark, JSON.stringify(rows)],
  )
  await sql(`update public.requests set applicant_id = $1 where registration_no = $2`, [ownerId, `${mark}-A2`])
  await sql(
    `insert into public.objections (registration_no, request_id, applicant_id, grounds, case_position, proxy_name, ground_on,
       window_until, received_at, received_on, due_on, status, response, responded_at, atasan_name, atasan_position, applicant_reaction)
     select $1 || '-' || v.n, r.id, r.applicant_id, v.grounds::public.objection_ground[], 'Kasus posisi keberatan ' || v.n || '.',
       case when v.n = 'K2' then 'Kuasa ' || v.n end, v.received::date, public.add_working_days(v.received::date, 30),
       (v.received || ' 09:00+08')::timestamptz, v.received::date, public.add_working_days(v.received::date, 30),
       v.status::public.objection_status, case when v.responded is not null then 'Tanggapan ' || v.n end,
       (v.responded || ' 10:00+08')::timestamptz, case when v.responded is not null then 'Atasan Uji' end,
       case when v.responded is not null then 'Sekretaris Daerah' end, case when v.n = 'K1' then 'Menerima tanggapan' end
     from (values ('K1', 'A2', '{a}', '2024-02-05', 'rejected', '2024-02-20'), ('K2', 'A3', '{a,d}', '2024-04-01', 'upheld', '2024-06-28'),
       ('K3', 'A6', '{c}', '2024-07-22', 'in_review', null), ('K4', 'A8', '{g}', '2025-01-10', 'submitted', null))
       v(n, req, grounds, received, status, responded)
     join public.requests r on r.registration_no = $1 || '-' || v.req`,
    [mark],
  )
  await sql(
    `insert into public.disputes (objection_id, request_id, commission, filed_on, stage, outcome)
     select x.id, x.request_id, 'Komisi Informasi Provinsi Kalimantan Timur', v.filed::date, v.stage::public.dispute_stage,
       v.outcome::public.dispute_outcome
     from (values ('K1', '2024-03-01', 'decided', 'applicant_loses'), ('K2', '2024-07-10', 'mediation', null),
       ('K4', '2025-01-20', 'registered', null)) v(n, filed, stage, outcome)
     join public.objections x on x.registration_no = $1 || '-' || v.n`,
    [mark],
  )
  return read(sql, mark)
}

async function read(sql: Sql, mark: string): Promise<Fixture> {
  const ids = await sql<{ n: string; id: string }>(
    `select substring(registration_no from '[^-]+$') as n, id from public.requests where registration_no ~ ('^' || $1 || '-A[0-9]$')`, [mark])
  const units = { U1: `Dinas Pendidikan ${mark}`, U2: `Dinas Kesehatan ${mark}` }
  return { mark, units, ids: Object.fromEntries(ids.map((r) => [r.n, r.id])) }
}

const months = (counts: number[], year = 2024) =>
  counts.map((count, i) => ({ month: `${year}-${String(i + 1).padStart(2, '0')}`, count }))

/** The figures of the whole of 2024, counted by hand from the table above. */
export function expected2024(units: Fixture['units']) {
  return {
    from: '2024-01-01', to: '2024-12-31',
    requests: 8,
    by_month: months([2, 0, 2, 0, 1, 0, 1, 1, 0, 0, 0, 1]),
    by_channel: { web: 4, langsung: 1, surat: 1, email: 1, telepon: 1 },
    by_unit: [{ unit: '(belum ditentukan)', count: 4 }, { unit: units.U2, count: 2 }, { unit: units.U1, count: 2 }],
    by_status: { delivered: 2, closed: 4, in_process: 1, withdrawn: 1 },
    by_decision: { granted_full: 2, granted_partial: 1, rejected_exempt: 2, not_held_forwarded: 1 },
    granted_full: 2, granted_partial: 1, rejected: 2,
    refusals_by_ground: { h: 2, k: 1, a: 1 },
    answered: 6,
    // 1, 2, 2, 10, 14, 16: median (2 + 10) / 2; 90th percentile by nearest rank: the 6th of 6; mean 45 / 6
    notice_wd_median: 6, notice_wd_p90: 16, notice_wd_mean: 7.5,
    notice_wd_by_decision: {
      granted_full: { count: 2, median: 2, p90: 2 },
      rejected_exempt: { count: 2, median: 13, p90: 16 },
      granted_partial: { count: 1, median: 14, p90: 14 },
      not_held_forwarded: { count: 1, median: 1, p90: 1 },
    },
    on_time: 5, on_time_share: 0.8333, extended: 1, delivered: 2, overdue_open: 1, withdrawn: 1,
    objections: 3, objections_by_ground: { a: 2, d: 1, c: 1 }, objections_by_status: { rejected: 1, upheld: 1, in_review: 1 },
    objections_answered: 2, objections_answered_on_time: 1,
    disputes: 2, disputes_by_stage: { decided: 1, mediation: 1 }, disputes_by_outcome: { applicant_loses: 1, pending: 1 },
  }
}

/** Semester I 2024 (1 Jan–30 Jun): A1–A5, K1–K2, D1. */
export function expectedSemester1() {
  return {
    from: '2024-01-01', to: '2024-06-30',
    requests: 5,
    by_month: months([2, 0, 2, 0, 1, 0]),
    by_channel: { web: 2, langsung: 1, surat: 1, email: 1 },
    answered: 5,
    // 1, 2, 10, 14, 16
    notice_wd_median: 10, notice_wd_p90: 16, notice_wd_mean: 8.6,
    on_time: 4, on_time_share: 0.8, overdue_open: 0, withdrawn: 0, delivered: 2,
    objections: 2, objections_answered: 2, objections_answered_on_time: 1,
    disputes: 1, disputes_by_stage: { decided: 1 }, disputes_by_outcome: { applicant_loses: 1 },
  }
}

/** What public_statistics returns of a staff figure set: no units and none of the staff-only breakdowns. */
export function publicOf(figures: Record<string, unknown>): Record<string, unknown> {
  const staffOnly = ['by_unit', 'notice_wd_by_decision', 'delivered', 'objections_answered', 'disputes_by_stage']
  return Object.fromEntries(Object.entries(figures).filter(([key]) => !staffOnly.includes(key)))
}
