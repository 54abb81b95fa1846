import { randomUUID } from 'node:crypto'
import { expect, test } from 'vitest'
import { client, sql, submit } from './helpers.ts'
import { member, officers, ok, PDF, resident } from './process-helpers.ts'

test('deleting an account keeps the history it wrote (the timeline is never rewritten)', async () => {
  const warga = await resident('pergi')
  const receipt = await submit(warga)
  ok(await warga.client.rpc('send_message', { request_id: receipt.id, body: 'Mohon dikirim lewat email.' }))
  const deleted = await client('service').auth.admin.deleteUser(warga.id)
  expect(deleted.error).toBeNull()
  const rows = await sql<{ kind: string; actor_id: string }>(
    'select kind, actor_id from public.request_events where request_id = $1 order by id', [receipt.id])
  expect(rows).toEqual([{ kind: 'submitted', actor_id: warga.id }, { kind: 'message', actor_id: warga.id }])
  const [request] = await sql('select applicant_id, applicant_name from public.requests where id = $1', [receipt.id])
  expect(request).toEqual({ applicant_id: null, applicant_name: 'Warga Uji' })
})

test("citizens see the files of their own requests (answers included), and no one else's", async () => {
  const o = await officers()
  const warga = await resident('berkas')
  const other = await resident('lain')
  const receipt = await submit(warga)
  const name = `${receipt.id}/${randomUUID()}.pdf`
  expect((await o.petugas.client.storage.from('responses').upload(name, PDF, { contentType: 'application/pdf' })).error).toBeNull()
  ok(await o.petugas.client.rpc('attach_response', { request_id: receipt.id, object_name: name, kind: 'response', original_name: 'jawaban.pdf' }))
  const mine = await warga.client.from('files').select('kind, original_name').eq('request_id', receipt.id)
  expect(mine.data).toEqual([{ kind: 'response', original_name: 'jawaban.pdf' }])
  const theirs = await other.client.from('files').select('id').eq('request_id', receipt.id)
  expect(theirs.data).toEqual([])
  const admin = await member('admin', ['admin'])
  expect((await admin.client.from('files').select('id').eq('request_id', receipt.id)).data).toEqual([])
})
