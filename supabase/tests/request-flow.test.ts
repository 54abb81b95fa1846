import { expect, test } from 'vitest'
import { actor, citizen, client, sql, submit } from './helpers.ts'

test('a request goes from filing to closed through every officer step, with its timeline', async () => {
  const warga = await citizen()
  const petugas = await actor('petugas', ['petugas'])
  const ppid = await actor('ppid', ['ppid'])
  const receipt = await submit(warga)
  expect(receipt.registration_no).toMatch(/^PI-\d{4}-\d{5}$/)
  expect(receipt.secret).toMatch(/^[A-Za-z0-9_-]{24}$/)

  const lookup = await client().rpc('lookup_request', { registration_no: receipt.registration_no, secret: receipt.secret })
  expect(lookup.error).toBeNull()
  expect(lookup.data).toMatchObject({ found: true, status: 'submitted' })

  const accepted = await petugas.client.rpc('accept_request', { request_id: receipt.id, expected_status: 'submitted' })
  expect(accepted.error).toBeNull()
  const conflict = await petugas.client.rpc('accept_request', { request_id: receipt.id, expected_status: 'submitted' })
  expect(conflict.status).toBe(409)

  const extended = await ppid.client.rpc('extend_request', {
    request_id: receipt.id, expected_status: 'in_process', reason: 'Dokumen masih dihimpun dari beberapa bidang.',
  })
  expect(extended.error).toBeNull()
  const decided = await ppid.client.rpc('decide_request', {
    request_id: receipt.id, expected_status: 'extended', decision: 'granted_full', letter_no: '489/12/Diskominfo/XI/2026',
    note: 'Informasi diberikan dalam bentuk salinan elektronik.',
  })
  expect(decided.error).toBeNull()
  expect(decided.data.status).toBe('decided')
  const delivered = await petugas.client.rpc('deliver_request', { request_id: receipt.id, expected_status: 'decided', method: 'email' })
  expect(delivered.error).toBeNull()
  const confirmed = await warga.client.rpc('confirm_receipt', { request_id: receipt.id })
  expect(confirmed.error).toBeNull()
  expect(confirmed.data.status).toBe('closed')

  const events = await sql<{ kind: string }>('select kind from public.request_events where request_id = $1 order by id', [receipt.id])
  expect(events.map((e) => e.kind)).toEqual(['submitted', 'accepted', 'extended', 'decided', 'delivered', 'receipt_confirmed'])
  const mine = await warga.client.from('requests').select('registration_no, status').eq('id', receipt.id).single()
  expect(mine.data).toEqual({ registration_no: receipt.registration_no, status: 'closed' })
})
