import { beforeAll, describe, expect, test } from 'vitest'
import { client, sql, submit, type Actor } from './helpers.ts'
import { accepted, officers, ok, refused, refusedRequest, resident, value, type Officers } from './process-helpers.ts'

// The satisfaction survey after a closed request (20261126002100_request_surveys.sql).
let o: Officers
let warga: Actor
let other: Actor
beforeAll(async () => {
  ;[o, warga, other] = await Promise.all([officers(), resident('survei'), resident('survei-lain')])
})

const answer = (who: Actor, requestId: string, extra: Record<string, unknown> = {}) =>
  who.client.rpc('submit_survey', { request_id: requestId, satisfaction: 4, ease: 5, on_time: true, comment: 'Cepat & jelas <b>terima kasih</b>', ...extra })
const surveyCount = (requestId: string) => value('(select count(*) from public.request_surveys where request_id = $1)', [requestId])

describe('submit_survey', () => {
  test('the applicant answers once for a closed request; the text is stored verbatim', async () => {
    const r = await refusedRequest(warga, o)
    const row = ok(await answer(warga, r.id)).data as Record<string, unknown>
    expect(row).toMatchObject({ request_id: r.id, respondent_id: warga.id, satisfaction: 4, ease: 5, on_time: true, comment: 'Cepat & jelas <b>terima kasih</b>' })

    refused(await answer(warga, r.id, { satisfaction: 1 }), 'survey_exists')
    const [stored] = await sql('select satisfaction from public.request_surveys where request_id = $1', [r.id])
    expect(stored).toEqual({ satisfaction: 4 })
  })

  test('not before the request is closed, and not for a withdrawn one', async () => {
    const pending = await accepted(warga, o.petugas)
    refused(await answer(warga, pending.id), 'survey_not_open')
    const withdrawn = await submit(warga)
    ok(await warga.client.rpc('withdraw_request', { request_id: withdrawn.id }))
    refused(await answer(warga, withdrawn.id), 'survey_not_open')
    expect(await surveyCount(pending.id)).toBe('0')
  })

  test('another citizen gets "not found", staff cannot answer for the applicant, anon has no grant', async () => {
    const r = await refusedRequest(warga, o)
    refused(await answer(other, r.id), 'not_found', 404)
    refused(await answer(o.petugas, r.id), 'not_found', 404)
    const anon = await client().rpc('submit_survey', { request_id: r.id, satisfaction: 5, ease: 5 })
    expect(anon.error?.code).toBe('42501')
    expect(await surveyCount(r.id)).toBe('0')
  })

  test('scores outside 1–5 and bad comments are refused with a reason', async () => {
    const r = await refusedRequest(warga, o)
    refused(await answer(warga, r.id, { satisfaction: 0 }), 'survey_invalid')
    refused(await answer(warga, r.id, { ease: 6 }), 'survey_invalid')
    refused(await answer(warga, r.id, { comment: 'x'.repeat(1001) }), 'text_invalid')
    refused(await answer(warga, r.id, { comment: 'arah \u202e terbalik' }), 'text_invalid')
    expect((await answer(warga, r.id, { comment: 'nul \u0000 byte' })).error?.code).toBe('22P05')
    expect(await surveyCount(r.id)).toBe('0')
    ok(await answer(warga, r.id, { comment: '   ', on_time: null }))
    const [row] = await sql('select comment, on_time from public.request_surveys where request_id = $1', [r.id])
    expect(row).toEqual({ comment: null, on_time: null })
  })

  test('who reads the answers: the applicant and staff; another citizen and the admin see nothing; nobody writes directly', async () => {
    const r = await refusedRequest(warga, o)
    ok(await answer(warga, r.id))
    const read = async (who: Actor) => (await who.client.from('request_surveys').select('request_id').eq('request_id', r.id)).data
    expect(await read(warga)).toEqual([{ request_id: r.id }])
    expect(await read(o.petugas)).toEqual([{ request_id: r.id }])
    expect(await read(o.atasan)).toEqual([{ request_id: r.id }])
    expect(await read(other)).toEqual([])
    expect(await read(o.admin)).toEqual([])

    const insert = await other.client.from('request_surveys').insert({ request_id: r.id, satisfaction: 1, ease: 1 })
    expect(insert.error?.code).toBe('42501')
    const update = await warga.client.from('request_surveys').update({ satisfaction: 1 }).eq('request_id', r.id)
    expect(update.error?.code).toBe('42501')
    const del = await warga.client.from('request_surveys').delete().eq('request_id', r.id)
    expect(del.error?.code).toBe('42501')
    const [row] = await sql('select satisfaction from public.request_surveys where request_id = $1', [r.id])
    expect(row).toEqual({ satisfaction: 4 })
  })
})
