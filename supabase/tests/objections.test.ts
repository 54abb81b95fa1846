import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, test } from 'vitest'
import { sql, submit, type Actor } from './helpers.ts'
import { accepted, events, officers, ok, refused, refusedRequest, resident, value, type Officers } from './process-helpers.ts'

// Objections to the Atasan PPID and disputes at the Komisi Informasi (domain.md §5, §8.3).
let o: Officers
let warga: Actor
beforeAll(async () => {
  ;[o, warga] = await Promise.all([officers(), resident('keberatan')])
})

const POSITION = 'Informasi yang saya minta bukan rahasia pribadi; saya hanya meminta angka agregat.'
interface Objection { id: string; registration_no: string; status: string; ground_on: string; window_until: string; received_on: string; due_on: string; filed_late: boolean }

const object = (who: Actor, requestId: string, grounds: string[] = ['a'], case_position = POSITION) =>
  who.client.rpc('submit_objection', { request_id: requestId, grounds, case_position })
const objectionCount = () => value('(select count(*) from public.objections)')
const seq = (no: string) => Number(no.slice(-5))

/** An objection already forwarded to the Atasan PPID. */
async function inReview(grounds: string[] = ['a']) {
  const r = await refusedRequest(warga, o)
  const obj = ok(await object(warga, r.id, grounds)).data as Objection
  ok(await o.petugas.client.rpc('review_objection', { objection_id: obj.id, expected_status: 'submitted' }))
  return { r, obj }
}
const decide = (who: Actor, id: string, outcome: string, extra: Record<string, unknown> = {}) =>
  who.client.rpc('decide_objection', {
    objection_id: id, expected_status: 'in_review', outcome, response: 'Tanggapan tertulis Atasan PPID atas keberatan ini.', ...extra,
  })

describe('filing', () => {
  test('only once a ground exists: not while the request is pending on time, not after withdrawal, not on another\'s request', async () => {
    const pending = await accepted(warga, o.petugas)
    const withdrawn = await submit(warga)
    ok(await warga.client.rpc('withdraw_request', { request_id: withdrawn.id }))
    const before = await objectionCount()
    refused(await object(warga, pending.id, ['c']), 'objection_not_open')
    refused(await object(warga, withdrawn.id, ['c']), 'objection_not_open')
    refused(await object(await resident('lain'), pending.id), 'not_found', 404)
    expect(await objectionCount()).toBe(before)
  })

  test('after a notice: KB-YYYY-NNNNN, 30 WD for the answer, one open objection per request, gap-free numbers', async () => {
    const [r1, r2] = [await refusedRequest(warga, o), await refusedRequest(warga, o)]
    const first = ok(await object(warga, r1.id, ['a', 'd'])).data as Objection
    expect(first.registration_no).toMatch(/^KB-\d{4}-\d{5}$/)
    const [expected] = await sql(
      `select public.local_date(notice_sent_at)::text as ground_on, public.add_working_days(public.local_date(notice_sent_at), 30)::text as window_until,
        public.received_day(now())::text as received_on, public.add_working_days(public.received_day(now()), 30)::text as due_on
       from public.requests where id = $1`, [r1.id])
    expect(first).toMatchObject({ ...expected, status: 'submitted', filed_late: false })
    expect((await events(r1.id)).at(-1)).toMatchObject({ kind: 'objection_filed', visibility: 'public', actor_role: 'pemohon' })

    refused(await object(warga, r1.id, ['e']), 'objection_open')
    refused(await object(warga, r2.id, []), 'grounds_required')
    refused(await object(warga, r2.id, ['a'], 'pendek'), 'invalid_objection')
    const invalidGround = await object(warga, r2.id, ['h'])
    expect(invalidGround.error?.code).toBe('22P02') // grounds are a–g of Pasal 35(1)
    const second = ok(await object(warga, r2.id, ['a'])).data as Objection
    expect(seq(second.registration_no)).toBe(seq(first.registration_no) + 1)
    expect(await value("(select count(*) from public.objections where request_id = any($1::uuid[]))", [[r1.id, r2.id]])).toBe('2')
  })

  test('after the deadline lapsed unanswered (ground c) and after an incomplete close', async () => {
    const lapsed = await accepted(warga, o.petugas)
    await sql(`update public.requests set received_on = public.local_date(now()) - 30, due_notice_on = public.local_date(now()) - 5
      where id = $1`, [lapsed.id])
    const obj = ok(await object(warga, lapsed.id, ['c'])).data as Objection
    expect(obj.ground_on).toBe(await value('public.local_date(now()) - 4'))

    const incomplete = await accepted(warga, o.petugas)
    ok(await o.petugas.client.rpc('request_completion', { request_id: incomplete.id, expected_status: 'in_process', reason: 'Lampirkan KTP yang terbaca.' }))
    await sql('update public.requests set completion_due_on = public.local_date(now()) - 1 where id = $1', [incomplete.id])
    ok(await o.petugas.client.rpc('close_incomplete', { request_id: incomplete.id, expected_status: 'needs_completion' }))
    ok(await object(warga, incomplete.id, ['e']))
  })

  test('after 30 WD the citizen is refused; an officer may register it late only with a note', async () => {
    const r = await refusedRequest(warga, o)
    await sql("update public.requests set notice_sent_at = now() - interval '70 days' where id = $1", [r.id])
    const before = await objectionCount()
    refused(await object(warga, r.id), 'objection_window_closed')
    const paper = { request_id: r.id, grounds: ['a'], case_position: POSITION }
    refused(await o.petugas.client.rpc('register_objection', paper), 'late_note_required')
    refused(await o.petugas.client.rpc('register_objection', { ...paper, late_note: 'telat' }), 'late_note_required')
    refused(await o.atasan.client.rpc('register_objection', { ...paper, late_note: 'Pemohon sakit, ada surat dokter.' }), 'forbidden', 403)
    expect(await objectionCount()).toBe(before)
    const late = ok(await o.petugas.client.rpc('register_objection', { ...paper, late_note: 'Pemohon sakit, ada surat dokter.' })).data
    const [row] = await sql('select filed_late, registered_by, applicant_id from public.objections where id = $1', [late.id])
    expect(row).toEqual({ filed_late: true, registered_by: o.petugas.id, applicant_id: warga.id })
  })

  test('on time, an officer registers a paper objection without a note', async () => {
    const r = await refusedRequest(warga, o)
    const paper = ok(await o.petugas.client.rpc('register_objection', { request_id: r.id, grounds: ['f'], case_position: POSITION })).data
    expect(paper).toMatchObject({ filed_late: false, status: 'submitted', applicant_id: warga.id })
  })
})

describe('review and decision', () => {
  test('only the Atasan PPID decides, from in_review, with a written response', async () => {
    const r = await refusedRequest(warga, o)
    const obj = ok(await object(warga, r.id)).data as Objection
    refused(await warga.client.rpc('review_objection', { objection_id: obj.id, expected_status: 'submitted' }), 'forbidden', 403)
    refused(await o.atasan.client.rpc('decide_objection', { objection_id: obj.id, expected_status: 'submitted', outcome: 'rejected',
      response: 'Tanggapan tertulis Atasan PPID.', reasons: 'Alasan penolakan keberatan.' }), 'illegal_transition')
    ok(await o.petugas.client.rpc('review_objection', { objection_id: obj.id, expected_status: 'submitted' }))
    refused(await o.ppid.client.rpc('review_objection', { objection_id: obj.id, expected_status: 'submitted' }), 'conflict', 409)
    const snap = async () => (await sql('select to_jsonb(x) as row from public.objections x where id = $1', [obj.id]))[0]
    const before = await snap()
    for (const who of [o.petugas, o.ppid, o.admin, warga]) refused(await decide(who, obj.id, 'rejected', { reasons: 'Alasan yang cukup panjang.' }), 'forbidden', 403)
    refused(await decide(o.atasan, obj.id, 'rejected'), 'reason_required')
    refused(await decide(o.atasan, obj.id, 'rejected', { reasons: 'tidak' }), 'reason_required')
    refused(await decide(o.atasan, obj.id, 'upheld', { response: 'ok' }), 'reason_required')
    refused(await decide(o.atasan, obj.id, 'withdrawn'), 'illegal_transition')
    refused(await decide(o.atasan, obj.id, 'settled_musyawarah'), 'musyawarah_not_allowed')
    expect(await snap()).toEqual(before)

    const done = ok(await decide(o.atasan, obj.id, 'rejected', { reasons: 'Pengecualian Pasal 17 huruf h telah diuji.' })).data
    expect(done).toMatchObject({ status: 'rejected', responder_id: o.atasan.id, reasons: 'Pengecualian Pasal 17 huruf h telah diuji.' })
    expect(done.atasan_position).toBe(await value('(select atasan_position from public.agency_settings)'))
    expect((await events(r.id)).at(-1)).toMatchObject({ kind: 'objection_decided', visibility: 'public', actor_role: 'atasan_ppid',
      data: { outcome: 'rejected', on_time: true } })
    expect(await value('(select status from public.requests where id = $1)', [r.id])).toBe('closed')
  })

  test('settled by musyawarah when every ground is in b–g', async () => {
    const { obj } = await inReview(['e', 'f'])
    expect(ok(await decide(o.atasan, obj.id, 'settled_musyawarah')).data.status).toBe('settled_musyawarah')
  })

  test('upheld reopens the request (in_process, linked to the objection, timeline "reopened")', async () => {
    const { r, obj } = await inReview(['a'])
    ok(await decide(o.atasan, obj.id, 'upheld'))
    const [row] = await sql('select status, reopened_by_objection, notice_sent_at, decision_type, closed_at from public.requests where id = $1', [r.id])
    expect(row).toEqual({ status: 'in_process', reopened_by_objection: obj.id, notice_sent_at: null, decision_type: null, closed_at: null })
    const tail = (await events(r.id)).slice(-2)
    expect(tail.map((e) => [e.kind, e.from_status, e.to_status, e.visibility])).toEqual([
      ['objection_decided', null, null, 'public'], ['reopened', 'closed', 'in_process', 'public'],
    ])
    // A fresh clock from the Atasan's decision: not overdue at once, and the earlier refusal's data is gone.
    const [clock] = await sql(`select due_notice_on = public.add_working_days(public.received_day(now()), 10) as fresh,
      public.is_overdue(r) as overdue, exemption_codes, extended_at from public.requests r where id = $1`, [r.id])
    expect(clock).toEqual({ fresh: true, overdue: false, exemption_codes: [], extended_at: null })
    const decided = ok(await o.ppid.client.rpc('decide_request', { request_id: r.id, expected_status: 'in_process', decision: 'granted_full' }))
    expect(decided.data.notice_sent_at).not.toBeNull()
    const [onTime] = await sql(`select on_time from public.request_register where id = $1`, [r.id])
    expect(onTime).toEqual({ on_time: true })
  })

  test('the applicant withdraws an open objection; then may file again', async () => {
    const r = await refusedRequest(warga, o)
    const obj = ok(await object(warga, r.id)).data as Objection
    refused(await (await resident('lain')).client.rpc('withdraw_objection', { objection_id: obj.id }), 'not_found', 404)
    expect(ok(await warga.client.rpc('withdraw_objection', { objection_id: obj.id })).data.status).toBe('withdrawn')
    expect((await events(r.id)).at(-1)?.kind).toBe('objection_withdrawn')
    refused(await warga.client.rpc('withdraw_objection', { objection_id: obj.id }), 'illegal_transition')
    ok(await object(warga, r.id, ['d']))
  })
})

describe('disputes at the Komisi Informasi (recorded only)', () => {
  const dispute = (who: Actor, objectionId: string, extra: Record<string, unknown> = {}) =>
    who.client.rpc('record_dispute', { objection_id: objectionId, register_no: '0007/REG-PSI/XI/2026', ...extra })

  test('only after the decision or the lapse of the 30 WD; never dated in the future or before its ground', async () => {
    const { obj } = await inReview()
    const disputes = () => value('(select count(*) from public.disputes where objection_id = $1)', [obj.id])
    refused(await dispute(warga, obj.id), 'dispute_not_open')
    ok(await decide(o.atasan, obj.id, 'rejected', { reasons: 'Pengecualian Pasal 17 huruf h telah diuji.' }))
    const tomorrow = await value('public.local_date(now()) + 1')
    refused(await dispute(warga, obj.id, { filed_on: tomorrow }), 'filed_on_invalid')
    refused(await dispute(warga, obj.id, { filed_on: '2026-01-05' }), 'filed_on_invalid')
    refused(await dispute(await resident('lain'), obj.id), 'not_found', 404)
    expect(await disputes()).toBe('0')

    const d = ok(await dispute(warga, obj.id)).data
    expect(d).toMatchObject({ stage: 'registered', filed_late: false, recorded_by: warga.id })
    expect(d.commission).toBe(await value('(select komisi_informasi from public.agency_settings)'))
    refused(await dispute(o.petugas, obj.id), 'dispute_exists')
    expect((await events(d.request_id)).at(-1)).toMatchObject({ kind: 'dispute_recorded', visibility: 'public' })

    refused(await warga.client.rpc('update_dispute', { dispute_id: d.id, stage: 'mediation' }), 'forbidden', 403)
    const moved = ok(await o.petugas.client.rpc('update_dispute', { dispute_id: d.id, stage: 'decided', outcome: 'applicant_loses' })).data
    expect(moved).toMatchObject({ stage: 'decided', outcome: 'applicant_loses' })
    expect((await events(d.request_id)).at(-1)).toMatchObject({ kind: 'dispute_updated', visibility: 'internal' })
    refused(await o.petugas.client.rpc('update_dispute', { dispute_id: randomUUID(), stage: 'final' }), 'not_found', 404)
  })

  test('more than 14 WD after the response is flagged late, not refused', async () => {
    const { obj } = await inReview()
    ok(await decide(o.atasan, obj.id, 'rejected', { reasons: 'Pengecualian Pasal 17 huruf h telah diuji.' }))
    await sql("update public.objections set responded_at = now() - interval '40 days' where id = $1", [obj.id])
    expect(ok(await dispute(o.petugas, obj.id)).data).toMatchObject({ filed_late: true, recorded_by: o.petugas.id })
  })

  test('after the Atasan PPID let 30 WD lapse without an answer', async () => {
    const { obj } = await inReview()
    await sql('update public.objections set due_on = public.local_date(now()) - 3 where id = $1', [obj.id])
    expect(ok(await dispute(warga, obj.id)).data).toMatchObject({ filed_late: false })
  })
})
