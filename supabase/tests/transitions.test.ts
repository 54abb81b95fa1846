import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, test } from 'vitest'
import { client, sql, submit, type Actor } from './helpers.ts'
import {
  accepted, CONSEQUENCE_TEST, events, officers, ok, PDF, refused, resident, snapshot, value, withSettings, type Officers,
} from './process-helpers.ts'

// The request state machine of domain.md §8.2: who may do what, from which state, under which guard.
let o: Officers
let warga: Actor
beforeAll(async () => {
  ;[o, warga] = await Promise.all([officers(), resident()])
})

const call = (who: Actor, fn: string, requestId: string, args: Record<string, unknown> = {}) =>
  who.client.rpc(fn, { request_id: requestId, ...args })

/** The newest event, the row's status, and whether both were written by one transaction (same now()). */
const lastEvent = async (id: string) => {
  const [row] = await sql(
    `select e.kind, e.from_status, e.to_status, e.visibility, e.actor_role, r.status, e.at = r.updated_at as same_tx
     from public.request_events e join public.requests r on r.id = e.request_id where e.request_id = $1 order by e.id desc limit 1`,
    [id],
  )
  return row
}

describe('legal transitions', () => {
  test('every step from filing to closed, with fees, by its actor, each with its event in the same transaction', async () => {
    const r = await submit(warga)
    const steps: [Actor, string, Record<string, unknown>, string, string, string, string][] = [
      [o.petugas, 'accept_request', { expected_status: 'submitted' }, 'accepted', 'submitted', 'in_process', 'petugas'],
      [o.petugas, 'request_completion', { expected_status: 'in_process', reason: 'Sebutkan tahun anggaran yang dimaksud.' },
        'completion_requested', 'in_process', 'needs_completion', 'petugas'],
      [warga, 'complete_request', { note: 'Tahun anggaran 2026.' }, 'completed', 'needs_completion', 'in_process', 'pemohon'],
      [o.ppid, 'extend_request', { expected_status: 'in_process', reason: 'Dokumen dihimpun dari tiga bidang.' },
        'extended', 'in_process', 'extended', 'ppid'],
      [o.ppid, 'decide_request', { expected_status: 'extended', decision: 'granted_full', letter_no: '489/2/Diskominfo/XI/2026',
        fees: [{ item: 'Fotokopi A4', quantity: 40, unit_price: 500 }] }, 'decided', 'extended', 'awaiting_payment', 'ppid'],
      [o.petugas, 'record_payment', { expected_status: 'awaiting_payment', method: 'Tunai di loket PPID' }, 'paid', 'awaiting_payment', 'decided', 'petugas'],
      [o.petugas, 'deliver_request', { expected_status: 'decided', method: 'ambil_langsung' }, 'delivered', 'decided', 'delivered', 'petugas'],
      [o.petugas, 'close_request', { expected_status: 'delivered' }, 'closed', 'delivered', 'closed', 'petugas'],
    ]
    for (const [who, fn, args, kind, from, to, role] of steps) {
      const before = await snapshot(r.id)
      ok(await call(who, fn, r.id, args))
      expect(await lastEvent(r.id), fn).toEqual({
        kind, from_status: from, to_status: to, visibility: 'public', actor_role: role, status: to, same_tx: true,
      })
      expect((await snapshot(r.id)).events).toBe(before.events! + 1)
    }
    const [row] = await sql('select fee_total::int, extended_at is not null as ext, due_final_on = public.add_working_days(due_notice_on, 7) as final_ok, paid_at is not null as paid, closed_at is not null as closed from public.requests where id = $1', [r.id])
    expect(row).toEqual({ fee_total: 20000, ext: true, final_ok: true, paid: true, closed: true })
    expect(await value('(select count(*) from public.request_fees where request_id = $1)', [r.id])).toBe('1')
  })

  test.each([
    ['rejected_exempt', { exemption_codes: ['h', 'k'], exemption_other: 'UU 27/2022 Pelindungan Data Pribadi', consequence_test: CONSEQUENCE_TEST }, 'closed'],
    ['not_held_forwarded', { holder_body: 'Dinas Pekerjaan Umum Kab. Kutai Kartanegara' }, 'closed'],
    ['not_held_unknown', {}, 'closed'],
    ['not_yet_documented', {}, 'closed'],
    ['granted_partial', { exemption_codes: ['h'], consequence_test: CONSEQUENCE_TEST }, 'decided'],
  ])('decision %s: notice sent, objection window of 30 WD', async (decision, extra, to) => {
    const r = await accepted(warga, o.petugas)
    const res = ok(await call(o.ppid, 'decide_request', r.id, { expected_status: 'in_process', decision, ...extra }))
    expect(res.data).toMatchObject({ status: to, decision_type: decision })
    expect(await lastEvent(r.id)).toMatchObject({ kind: 'decided', from_status: 'in_process', to_status: to, visibility: 'public', same_tx: true })
    const [row] = await sql(
      `select notice_sent_at is not null as noticed, (closed_at is not null) = (status = 'closed') as closed_ok,
        objection_open_until = public.add_working_days(public.local_date(now()), 30) as window_ok,
        (select count(*)::int from public.consequence_tests c where c.request_id = r.id) as tests
       from public.requests r where id = $1`, [r.id])
    expect(row).toEqual({ noticed: true, closed_ok: true, window_ok: true, tests: 'consequence_test' in extra ? 1 : 0 })
  })

  test('register_offline_request: a petugas records a walk-in request; same numbering, same lookup', async () => {
    const receivedAt = new Date(Date.now() - 3600_000).toISOString()
    const res = ok(await o.petugas.client.rpc('register_offline_request', {
      channel: 'langsung', received_at: receivedAt, applicant_type: 'perorangan', applicant_name: 'Siti Aminah',
      applicant_address: 'Jl. Pahlawan 3, Tenggarong', applicant_occupation: 'Guru', applicant_nik: '6402015505900001',
      details: 'Daftar penerima beasiswa daerah 2026.', purpose: 'Memastikan anak kami terdaftar.', obtain_methods: ['melihat'],
    }))
    const r = res.data as { id: string; registration_no: string; secret: string; received_on: string }
    expect(r.registration_no).toMatch(/^PI-\d{4}-\d{5}$/)
    expect(r.received_on).toBe(await value('public.received_day($1::timestamptz)', [receivedAt]))
    expect(await lastEvent(r.id)).toMatchObject({ kind: 'submitted', to_status: 'submitted', actor_role: 'petugas' })
    const [row] = await sql('select channel, registered_by, applicant_id from public.requests where id = $1', [r.id])
    expect(row).toEqual({ channel: 'langsung', registered_by: o.petugas.id, applicant_id: null })
    const lookup = ok(await client().rpc('lookup_request', { registration_no: r.registration_no, secret: r.secret }))
    expect(lookup.data).toMatchObject({ found: true, status: 'submitted' })

    const offline = { channel: 'telepon', received_at: receivedAt, applicant_type: 'perorangan', applicant_name: 'Budi',
      applicant_address: 'Jl. Mawar 1, Loa Kulu', applicant_occupation: 'Petani', details: 'Data irigasi desa 2026.',
      purpose: 'Usulan perbaikan saluran.', obtain_methods: ['melihat'] }
    const count = await value('(select count(*) from public.requests)')
    refused(await o.petugas.client.rpc('register_offline_request', { ...offline, received_at: new Date(Date.now() + 86400_000).toISOString() }), 'received_at_invalid')
    refused(await o.petugas.client.rpc('register_offline_request', { ...offline, channel: 'web' }), 'channel_invalid')
    refused(await warga.client.rpc('register_offline_request', offline), 'forbidden', 403)
    expect(await value('(select count(*) from public.requests)')).toBe(count)
  })
})

describe('illegal transitions change nothing', () => {
  test.each([
    ['a citizen accepts', 'warga', 'accept_request', 'submitted', {}],
    ['a petugas extends', 'petugas', 'extend_request', 'in_process', { reason: 'Dokumen masih dihimpun.' }],
    ['a petugas decides', 'petugas', 'decide_request', 'in_process', { decision: 'granted_full' }],
    ['the Atasan PPID decides a request', 'atasan', 'decide_request', 'in_process', { decision: 'granted_full' }],
    ['an admin accepts', 'admin', 'accept_request', 'submitted', {}],
    ['a citizen records a payment', 'warga', 'record_payment', 'in_process', { method: 'Tunai' }],
  ])('wrong role: %s → 403', async (_label, who, fn, state, args) => {
    const r = state === 'submitted' ? await submit(warga) : await accepted(warga, o.petugas)
    const before = await snapshot(r.id)
    const actorOf = { warga, ...o } as Record<string, Actor>
    refused(await call(actorOf[who]!, fn, r.id, { expected_status: state, ...args }), 'forbidden', 403)
    expect(await snapshot(r.id)).toEqual(before)
  })

  test.each([
    ['accept from in_process', 'petugas', 'accept_request', 'in_process', {}],
    ['decide from submitted', 'ppid', 'decide_request', 'submitted', { decision: 'granted_full' }],
    ['deliver from in_process', 'petugas', 'deliver_request', 'in_process', { method: 'email' }],
    ['close from in_process', 'petugas', 'close_request', 'in_process', {}],
    ['extend from extended', 'ppid', 'extend_request', 'extended', { reason: 'Dokumen masih dihimpun.' }],
    ['record payment from decided', 'petugas', 'record_payment', 'decided', { method: 'Tunai' }],
  ])('illegal start state: %s → illegal_transition', async (_label, who, fn, expected, args) => {
    const r = await accepted(warga, o.petugas)
    const before = await snapshot(r.id)
    refused(await call((o as Record<string, Actor>)[who]!, fn, r.id, { expected_status: expected, ...args }), 'illegal_transition')
    expect(await snapshot(r.id)).toEqual(before)
  })

  test('notes and reasons with control or direction-override characters, or too long, are refused whole', async () => {
    const r = await accepted(warga, o.petugas)
    const before = await snapshot(r.id)
    refused(await call(o.ppid, 'decide_request', r.id, { expected_status: 'in_process', decision: 'granted_full', note: 'Diberikan \u202Eseluruhnya' }), 'text_invalid')
    refused(await call(o.ppid, 'extend_request', r.id, { expected_status: 'in_process', reason: 'Alasan '.repeat(400) }), 'text_invalid')
    refused(await call(o.petugas, 'request_completion', r.id, { expected_status: 'in_process', reason: 'Lengkapi\u0007 surat kuasa.' }), 'text_invalid')
    refused(await warga.client.rpc('withdraw_request', { request_id: r.id, reason: 'x'.repeat(2001) }), 'text_invalid')
    refused(await warga.client.rpc('send_message', { request_id: r.id, body: 'Halo \u2066dunia' }), 'text_invalid')
    refused(await call(o.petugas, 'accept_request', (await submit(warga)).id, { expected_status: 'submitted', unit_id: 999999 }), 'unit_invalid')
    expect(await snapshot(r.id)).toEqual(before)
  })

  test('a stale expected state gets HTTP 409 conflict', async () => {
    const r = await accepted(warga, o.petugas)
    const before = await snapshot(r.id)
    refused(await call(o.petugas, 'accept_request', r.id, { expected_status: 'submitted' }), 'conflict', 409)
    refused(await call(o.ppid, 'decide_request', r.id, { expected_status: 'extended', decision: 'granted_full' }), 'conflict', 409)
    refused(await call(o.petugas, 'accept_request', randomUUID(), { expected_status: 'submitted' }), 'not_found', 404)
    expect(await snapshot(r.id)).toEqual(before)
  })

  test('reasons of at least 10 characters for completion and extension', async () => {
    const r = await accepted(warga, o.petugas)
    const before = await snapshot(r.id)
    refused(await call(o.petugas, 'request_completion', r.id, { expected_status: 'in_process', reason: 'kurang' }), 'reason_required')
    refused(await call(o.petugas, 'request_completion', r.id, { expected_status: 'in_process', reason: '   a      b   ' }), 'reason_required')
    refused(await call(o.ppid, 'extend_request', r.id, { expected_status: 'in_process', reason: 'sibuk' }), 'reason_required')
    refused(await call(o.ppid, 'extend_request', r.id, { expected_status: 'in_process', reason: null }), 'reason_required')
    expect(await snapshot(r.id)).toEqual(before)
  })

  test('extend only once, and only before due_notice_on has passed', async () => {
    const reason = { expected_status: 'in_process', reason: 'Dokumen dihimpun dari tiga bidang.' }
    const once = await accepted(warga, o.petugas)
    ok(await call(o.ppid, 'extend_request', once.id, reason))
    // As after an upheld objection: back in process, already extended.
    await sql("update public.requests set status = 'in_process' where id = $1", [once.id])
    let before = await snapshot(once.id)
    refused(await call(o.ppid, 'extend_request', once.id, reason), 'already_extended')
    expect(await snapshot(once.id)).toEqual(before)

    const late = await accepted(warga, o.petugas)
    await sql(`update public.requests set received_at = now() - interval '30 days', received_on = public.local_date(now()) - 30,
      due_notice_on = public.local_date(now()) - 1 where id = $1`, [late.id])
    before = await snapshot(late.id)
    refused(await call(o.ppid, 'extend_request', late.id, reason), 'deadline_passed')
    expect(await snapshot(late.id)).toEqual(before)
    // On the last day itself the extension is still possible.
    await sql('update public.requests set due_notice_on = public.local_date(now()) where id = $1', [late.id])
    ok(await call(o.ppid, 'extend_request', late.id, reason))
  })

  test.each([
    ['rejected without grounds', { decision: 'rejected_exempt', consequence_test: CONSEQUENCE_TEST }, 'grounds_required'],
    ['partial without grounds', { decision: 'granted_partial', consequence_test: CONSEQUENCE_TEST }, 'grounds_required'],
    ['an unknown ground', { decision: 'rejected_exempt', exemption_codes: ['z'], consequence_test: CONSEQUENCE_TEST }, 'grounds_invalid'],
    ['ground k without the statute', { decision: 'rejected_exempt', exemption_codes: ['k'], consequence_test: CONSEQUENCE_TEST }, 'grounds_required'],
    ['rejected without a consequence test', { decision: 'rejected_exempt', exemption_codes: ['h'] }, 'consequence_test_required'],
    ['an incomplete consequence test', { decision: 'granted_partial', exemption_codes: ['h'],
      consequence_test: { ...CONSEQUENCE_TEST, harm_analysis: '' } }, 'consequence_test_required'],
    ['a consequence test with a bad date', { decision: 'rejected_exempt', exemption_codes: ['h'],
      consequence_test: { ...CONSEQUENCE_TEST, decided_on: 'kemarin' } }, 'consequence_test_required'],
    ['forwarded without the holding body', { decision: 'not_held_forwarded' }, 'holder_body_required'],
    ['grounds on a full grant', { decision: 'granted_full', exemption_codes: ['h'] }, 'grounds_not_applicable'],
    ['fees on a refusal', { decision: 'not_held_unknown', fees: [{ item: 'Fotokopi', quantity: 1, unit_price: 500 }] }, 'fee_not_applicable'],
    ['a fee without a quantity', { decision: 'granted_full', fees: [{ item: 'Fotokopi', quantity: 'dua', unit_price: 500 }] }, 'fee_invalid'],
    ['a negative fee', { decision: 'granted_full', fees: [{ item: 'Fotokopi', quantity: 1, unit_price: -500 }] }, 'fee_invalid'],
  ])('decide refuses %s', async (_label, args, hint) => {
    const r = await accepted(warga, o.petugas)
    const before = await snapshot(r.id)
    refused(await call(o.ppid, 'decide_request', r.id, { expected_status: 'in_process', ...args }), hint)
    expect(await snapshot(r.id)).toEqual(before)
    expect(await value('(select count(*) from public.consequence_tests where request_id = $1) + (select count(*) from public.request_fees where request_id = $1)', [r.id])).toBe('0')
  })
})

describe('completion, incomplete close, withdrawal', () => {
  const awaitingCompletion = async (daysAgo: number) => {
    const r = await accepted(warga, o.petugas)
    ok(await call(o.petugas, 'request_completion', r.id, { expected_status: 'in_process', reason: 'Lampirkan surat kuasa yang sah.' }))
    // As if the officer had asked `daysAgo` calendar days ago.
    await sql(`insert into public.request_events (request_id, actor_id, actor_role, kind, from_status, to_status, visibility, at)
      values ($1, $2, 'petugas', 'completion_requested', 'in_process', 'needs_completion', 'public', now() - make_interval(days => $3))`,
    [r.id, o.petugas.id, daysAgo])
    return r
  }

  test.each([[false], [true]])('pause_clock_while_incomplete = %s', async (pause) => {
    const r = await awaitingCompletion(14)
    // A deadline just before the year end: paused, it moves into 2027, whose calendar is not final.
    await sql("update public.requests set due_notice_on = '2026-12-28' where id = $1", [r.id])
    const [before] = await sql<{ due: string }>('select due_notice_on::text as due from public.requests where id = $1', [r.id])
    const paused = Number(await value('public.working_days_between(public.local_date(now() - interval \'14 days\'), public.local_date(now()))'))
    expect(paused).toBeGreaterThanOrEqual(5)
    await withSettings({ pause_clock_while_incomplete: pause }, async () => {
      ok(await warga.client.rpc('complete_request', { request_id: r.id, note: 'Surat kuasa terlampir.' }))
    })
    const [after] = await sql('select due_notice_on::text as due, status, deadline_provisional from public.requests where id = $1', [r.id])
    const expected = pause ? await value('public.add_working_days($1::date, $2)', [before!.due, paused]) : before!.due
    expect(after).toEqual({ due: expected, status: 'in_process', deadline_provisional: pause })
    expect(await lastEvent(r.id)).toMatchObject({ kind: 'completed', actor_role: 'pemohon', same_tx: true })
    expect((await events(r.id)).at(-1)?.data).toMatchObject({ paused_wd: pause ? paused : 0 })
  })

  test('close_incomplete only after completion_due_on; it opens the objection window', async () => {
    const r = await awaitingCompletion(0)
    const before = await snapshot(r.id)
    refused(await call(o.petugas, 'close_incomplete', r.id, { expected_status: 'needs_completion' }), 'completion_window_open')
    refused(await warga.client.rpc('complete_request', { request_id: randomUUID() }), 'not_found', 404)
    expect(await snapshot(r.id)).toEqual(before)
    await sql('update public.requests set completion_due_on = public.local_date(now()) - 1 where id = $1', [r.id])
    ok(await call(o.petugas, 'close_incomplete', r.id, { expected_status: 'needs_completion', note: 'Tidak dilengkapi.' }))
    expect(await lastEvent(r.id)).toMatchObject({ kind: 'closed_incomplete', from_status: 'needs_completion', to_status: 'closed_incomplete', same_tx: true })
    expect(await value('(select objection_open_until = public.add_working_days(public.local_date(now()), 30) from public.requests where id = $1)', [r.id])).toBe('true')
  })

  test('withdraw: by the applicant, only before the decision', async () => {
    const r = await accepted(warga, o.petugas)
    const other = await resident('lain')
    refused(await other.client.rpc('withdraw_request', { request_id: r.id }), 'not_found', 404)
    ok(await warga.client.rpc('withdraw_request', { request_id: r.id, reason: 'Sudah dapat dari sumber lain.' }))
    expect(await lastEvent(r.id)).toMatchObject({ kind: 'withdrawn', from_status: 'in_process', to_status: 'withdrawn', actor_role: 'pemohon' })

    const decided = await accepted(warga, o.petugas)
    ok(await call(o.ppid, 'decide_request', decided.id, { expected_status: 'in_process', decision: 'granted_full' }))
    const before = await snapshot(decided.id)
    refused(await warga.client.rpc('withdraw_request', { request_id: decided.id }), 'conflict', 409)
    expect(await snapshot(decided.id)).toEqual(before)
  })
})

describe('messages, internal notes, response documents', () => {
  test('messages are public; internal notes stay with staff', async () => {
    const r = await accepted(warga, o.petugas)
    ok(await warga.client.rpc('send_message', { request_id: r.id, body: 'Apakah bisa dikirim lewat email?' }))
    ok(await o.petugas.client.rpc('send_message', { request_id: r.id, body: 'Bisa, kami kirim ke alamat profil.' }))
    ok(await o.petugas.client.rpc('add_internal_note', { request_id: r.id, body: 'Koordinasi dengan Bidang Anggaran.' }))
    refused(await warga.client.rpc('add_internal_note', { request_id: r.id, body: 'Catatan saya' }), 'forbidden', 403)
    refused(await (await resident('lain')).client.rpc('send_message', { request_id: r.id, body: 'Halo' }), 'not_found', 404)
    const seen = (await warga.client.from('request_events').select('kind, body').eq('request_id', r.id).order('id')).data
    expect(seen?.map((e) => e.kind)).toEqual(['submitted', 'accepted', 'message', 'message'])
    const staffSees = (await o.ppid.client.from('request_events').select('kind, visibility').eq('request_id', r.id).eq('kind', 'note')).data
    expect(staffSees).toEqual([{ kind: 'note', visibility: 'internal' }])
  })

  test('attach_response links a file under responses/<request id>/ that the applicant can then download', async () => {
    const r = await accepted(warga, o.petugas)
    const name = `${r.id}/${randomUUID()}.pdf`
    ok(await o.petugas.client.storage.from('responses').upload(name, PDF, { contentType: 'application/pdf' }))
    const draftSeen = await warga.client.storage.from('responses').download(name)
    expect(draftSeen.error).not.toBeNull() // not attached yet: not the applicant's to read
    const elsewhere = `${(await submit(warga)).id}/${randomUUID()}.pdf` // another request's folder
    ok(await o.petugas.client.storage.from('responses').upload(elsewhere, PDF, { contentType: 'application/pdf' }))
    refused(await o.petugas.client.rpc('attach_response', { request_id: r.id, object_name: elsewhere, kind: 'response' }), 'file_missing')
    refused(await o.petugas.client.rpc('attach_response', { request_id: r.id, object_name: name, kind: 'identity' }), 'file_kind_invalid')
    refused(await warga.client.rpc('attach_response', { request_id: r.id, object_name: name, kind: 'response' }), 'forbidden', 403)
    const file = ok(await o.petugas.client.rpc('attach_response', { request_id: r.id, object_name: name, kind: 'response', original_name: 'jawaban.pdf' }))
    expect(await lastEvent(r.id)).toMatchObject({ kind: 'document', visibility: 'public', status: 'in_process' })
    refused(await o.petugas.client.rpc('attach_response', { request_id: r.id, object_name: name, kind: 'response' }), 'file_already_linked')
    const got = await warga.client.storage.from('responses').download(name)
    expect(Buffer.from(await got.data!.arrayBuffer())).toEqual(PDF)
    expect((await events(r.id)).at(-1)?.data).toMatchObject({ file_id: file.data, kind: 'response', name: 'jawaban.pdf' })
    expect((await (await resident('lain')).client.storage.from('responses').download(name)).error).not.toBeNull()
  })
})
