import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, test } from 'vitest'
import type { Actor } from './helpers.ts'
import { officers, ok, PDF, refused, refusedRequest, resident, value, type Officers } from './process-helpers.ts'

// The Atasan PPID attaches the written answer to an objection they decided (migration 20261127002000):
// only that letter type, only into the request's letters folder, only once the objection is decided.
let o: Officers
let warga: Actor
beforeAll(async () => {
  ;[o, warga] = await Promise.all([officers(), resident('surat-atasan')])
})

const today = async () => (await value('public.local_date(now())'))!
const put = async (who: Actor, name: string) => who.client.storage.from('responses').upload(name, PDF, { contentType: 'application/pdf' })
const attach = async (who: Actor, requestId: string, objectName: string, extra: Record<string, unknown> = {}) =>
  who.client.rpc('attach_letter', {
    request_id: requestId, object_name: objectName, letter_type: 'objection_decision', letter_no: '045/KB/XI/2026',
    letter_date: await today(), sha256: 'cd'.repeat(32), ...extra,
  })

async function objectionOn(requestId: string) {
  return ok(await warga.client.rpc('submit_objection', {
    request_id: requestId, grounds: ['a'], case_position: 'Informasi ini seharusnya terbuka untuk publik.',
  })).data as { id: string; registration_no: string }
}
async function decide(objectionId: string) {
  ok(await o.petugas.client.rpc('review_objection', { objection_id: objectionId, expected_status: 'submitted' }))
  ok(await o.atasan.client.rpc('decide_objection', { objection_id: objectionId, expected_status: 'in_review', outcome: 'rejected',
    response: 'Keputusan PPID sudah tepat menurut undang-undang.', reasons: 'Rahasia pribadi pihak lain.' }))
}

describe('the Atasan PPID and the objection decision letter', () => {
  test('uploads and attaches the answer once the objection is decided; the applicant reads it', async () => {
    const r = await refusedRequest(warga, o)
    const obj = await objectionOn(r.id)
    const early = `${r.id}/letters/${randomUUID()}.pdf`
    expect((await put(o.atasan, early)).error?.message).toMatch(/row-level security/)
    await decide(obj.id)
    const name = `${r.id}/letters/${randomUUID()}.pdf`
    ok(await put(o.atasan, name))
    const letter = ok(await attach(o.atasan, r.id, name, { objection_id: obj.id })).data as { id: string; objection_id: string; created_by: string }
    expect(letter).toMatchObject({ objection_id: obj.id, created_by: o.atasan.id })
    expect(ok(await warga.client.from('letters').select('id, letter_type').eq('request_id', r.id)).data)
      .toEqual([{ id: letter.id, letter_type: 'objection_decision' }])
    expect((await warga.client.storage.from('responses').download(name)).error).toBeNull()
  })

  test('other letters stay with petugas and PPID; nothing outside the letters folder; not before the decision', async () => {
    const r = await refusedRequest(warga, o)
    const obj = await objectionOn(r.id)
    // Uploaded by the petugas, so only attach_letter's own checks decide.
    const name = `${r.id}/letters/${randomUUID()}.pdf`
    ok(await put(o.petugas, name))
    refused(await attach(o.atasan, r.id, name, { objection_id: obj.id }), 'letter_not_applicable')
    await decide(obj.id)
    const before = await value('(select count(*) from public.letters)')
    for (const type of ['receipt', 'notice', 'refusal']) refused(await attach(o.atasan, r.id, name, { letter_type: type }), 'forbidden', 403)
    refused(await attach(o.admin, r.id, name, { objection_id: obj.id }), 'forbidden', 403)
    refused(await attach(warga, r.id, name, { objection_id: obj.id }), 'forbidden', 403)
    expect(await value('(select count(*) from public.letters)')).toBe(before)
    // Storage: the Atasan writes only letters of a request with a decided objection.
    expect((await put(o.atasan, `${r.id}/${randomUUID()}.pdf`)).error?.message).toMatch(/row-level security/)
    const plain = await refusedRequest(warga, o)
    expect((await put(o.atasan, `${plain.id}/letters/${randomUUID()}.pdf`)).error?.message).toMatch(/row-level security/)
    expect((await put(o.admin, `${r.id}/letters/${randomUUID()}.pdf`)).error?.message).toMatch(/row-level security/)
    // The petugas still attaches it as before.
    ok(await attach(o.petugas, r.id, name, { objection_id: obj.id }))
  })
})
