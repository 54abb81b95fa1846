import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, test } from 'vitest'
import { sql, type Actor } from './helpers.ts'
import { events, officers, ok, PDF, refused, refusedRequest, resident, value, type Officers } from './process-helpers.ts'

// attach_letter: a generated letter is linked only by petugas/PPID, only as a PDF in the request's own
// folder, only when the request is in a state the letter type fits; then the applicant sees it.
let o: Officers
let warga: Actor
beforeAll(async () => {
  ;[o, warga] = await Promise.all([officers(), resident('surat-db')])
})

const today = async () => (await value('public.local_date(now())'))!
async function put(requestId: string, body: Buffer = PDF, contentType = 'application/pdf', who: Actor = o.petugas) {
  const name = `${requestId}/letters/${randomUUID()}.pdf`
  const up = await who.client.storage.from('responses').upload(name, body, { contentType })
  if (up.error) throw up.error
  return name
}
const attach = async (who: Actor, requestId: string, objectName: string, extra: Record<string, unknown> = {}) =>
  who.client.rpc('attach_letter', {
    request_id: requestId, object_name: objectName, letter_type: 'notice', letter_no: '489/5/Diskominfo/XI/2026',
    letter_date: await today(), sha256: 'ab'.repeat(32), ...extra,
  })

describe('attach_letter', () => {
  test('links the PDF with its number and hash, logs a public event, and the applicant can read it', async () => {
    const r = await refusedRequest(warga, o)
    const name = await put(r.id)
    const letter = ok(await attach(o.petugas, r.id, name)).data as { id: string; file_id: string; letter_no: string; sha256: string }
    expect(letter).toMatchObject({ letter_no: '489/5/Diskominfo/XI/2026', sha256: 'ab'.repeat(32) })
    expect(await sql('select kind::text, original_name, mime_type from public.files where id = $1', [letter.file_id]))
      .toEqual([{ kind: 'letter', original_name: `notice-${r.registration_no}.pdf`, mime_type: 'application/pdf' }])
    expect((await events(r.id)).at(-1)).toMatchObject({ kind: 'document', visibility: 'public', data: { kind: 'letter', letter_type: 'notice', letter_id: letter.id } })
    expect(ok(await warga.client.from('letters').select('id').eq('request_id', r.id)).data).toEqual([{ id: letter.id }])
    expect((await warga.client.storage.from('responses').download(name)).error).toBeNull()
    const stranger = await resident('surat-asing')
    expect(ok(await stranger.client.from('letters').select('id').eq('request_id', r.id)).data).toEqual([])
    expect((await stranger.client.storage.from('responses').download(name)).error).not.toBeNull()
    refused(await attach(o.petugas, r.id, name), 'file_already_linked')
  })

  test('refuses the wrong actor, the wrong state, a bad number, date or hash, a non-PDF and another request\'s folder', async () => {
    const r = await refusedRequest(warga, o)
    const other = await refusedRequest(warga, o)
    const name = await put(r.id)
    const before = await value('(select count(*) from public.letters)')
    refused(await attach(o.atasan, r.id, name), 'forbidden', 403)
    refused(await attach(o.admin, r.id, name), 'forbidden', 403)
    refused(await attach(warga, r.id, name), 'forbidden', 403)
    refused(await attach(o.petugas, r.id, name, { letter_type: 'extension' }), 'letter_not_applicable')
    refused(await attach(o.petugas, r.id, name, { letter_type: 'objection_decision', objection_id: randomUUID() }), 'not_found', 404)
    refused(await attach(o.petugas, r.id, name, { letter_type: 'receipt', objection_id: randomUUID() }), 'letter_not_applicable')
    refused(await attach(o.petugas, r.id, name, { letter_no: ' ' }), 'letter_no_invalid')
    refused(await attach(o.petugas, r.id, name, { letter_no: 'No\u202e1' }), 'letter_no_invalid')
    refused(await attach(o.petugas, r.id, name, { sha256: 'XYZ' }), 'sha256_invalid')
    refused(await attach(o.petugas, r.id, name, { letter_date: '2099-01-01' }), 'letter_date_invalid')
    refused(await attach(o.petugas, other.id, name), 'file_missing')
    const text = await put(r.id, Buffer.from('bukan pdf'), 'text/plain')
    refused(await attach(o.petugas, r.id, text), 'letter_not_pdf')
    expect(await value('(select count(*) from public.letters)')).toBe(before)
  })

  test('the Atasan PPID\'s answer is attached once the objection is decided, naming the objection', async () => {
    const r = await refusedRequest(warga, o)
    const obj = ok(await warga.client.rpc('submit_objection', { request_id: r.id, grounds: ['a'], case_position: 'Informasi ini seharusnya terbuka untuk publik.' })).data as { id: string; registration_no: string }
    const name = await put(r.id)
    refused(await attach(o.petugas, r.id, name, { letter_type: 'objection_decision', objection_id: obj.id }), 'letter_not_applicable')
    ok(await o.petugas.client.rpc('review_objection', { objection_id: obj.id, expected_status: 'submitted' }))
    ok(await o.atasan.client.rpc('decide_objection', { objection_id: obj.id, expected_status: 'in_review', outcome: 'rejected',
      response: 'Keputusan PPID sudah tepat menurut undang-undang.', reasons: 'Rahasia pribadi pihak lain.' }))
    const letter = ok(await attach(o.petugas, r.id, name, { letter_type: 'objection_decision', objection_id: obj.id })).data as { objection_id: string }
    expect(letter.objection_id).toBe(obj.id)
    expect(await value('(select original_name from public.files f join public.letters l on l.file_id = f.id where l.objection_id = $1)', [obj.id]))
      .toBe(`objection-decision-${obj.registration_no}.pdf`)
  })
})
