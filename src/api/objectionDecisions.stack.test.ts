import { beforeAll, describe, expect, it, vi } from 'vitest'
import {
  decideObjection, getObjection, listDisputes, listObjections, listRequestObjections, recordDispute, reviewObjection, updateDispute,
} from '@/api/objectionDecisions'
import type { DbFailure } from '@/api/errors'
import { actAs } from '@/test/stackClient'

import { type Actor, citizen, officers, type Officers, ok, refusedRequest, sql } from '@/test/officerStack'

vi.mock('@/lib/supabase', async () => (await import('@/test/stackClient')).mockSupabaseModule())

let o: Officers
let warga: Actor
beforeAll(async () => {
  ;[o, warga] = await Promise.all([officers(), citizen('keberatan-api')])
})

const POSITION = 'Informasi yang saya minta hanya angka agregat, bukan data pribadi.'
async function filed(grounds: string[] = ['a']) {
  const r = await refusedRequest(warga, o)
  const obj = ok(await warga.client.rpc('submit_objection', { request_id: r.id, grounds, case_position: POSITION })).data as { id: string }
  return { r, id: obj.id }
}
const failureOf = (p: Promise<unknown>) => p.then(() => { throw new Error('expected a failure') }, (e: unknown) => e as DbFailure)

describe('queue and detail', () => {
  it('lists open objections with their request and clock; the detail has the case position', async () => {
    const { r, id } = await filed(['a', 'd'])
    actAs(o.atasan)
    const row = (await listObjections('open')).find((x) => x.id === id)
    expect(row).toMatchObject({ status: 'submitted', grounds: ['a', 'd'], request: { registration_no: r.registration_no, applicant_name: 'Warga Uji' } })
    expect(row!.objection_working_days_left).toBeGreaterThanOrEqual(28)
    expect(await getObjection(id)).toMatchObject({ id, case_position: POSITION, request_id: r.id })
    expect((await listRequestObjections(r.id)).map((x) => x.id)).toEqual([id])
    await expect(getObjection('00000000-0000-4000-8000-00000000cafe')).resolves.toBeNull()
  })

  it('the open queue leaves decided objections out; "all" keeps them', async () => {
    const { id } = await filed(['e'])
    actAs(o.petugas)
    await reviewObjection(id, 'submitted')
    actAs(o.atasan)
    await decideObjection(id, 'in_review', 'settled_musyawarah', 'Diselesaikan melalui musyawarah dengan pemohon.')
    expect((await listObjections('open')).map((x) => x.id)).not.toContain(id)
    expect((await listObjections('all')).find((x) => x.id === id)?.status).toBe('settled_musyawarah')
  })
})

describe('decision', () => {
  it('review then decide: rejection needs reasons, musyawarah not for ground a, stale screens conflict', async () => {
    const { id } = await filed(['a'])
    actAs(o.petugas)
    expect((await reviewObjection(id, 'submitted')).status).toBe('in_review')
    expect((await failureOf(reviewObjection(id, 'submitted'))).isConflict).toBe(true)
    expect((await failureOf(decideObjection(id, 'in_review', 'rejected', 'Tanggapan tertulis atasan.'))).reason).toBe('forbidden')
    actAs(o.atasan)
    expect((await failureOf(decideObjection(id, 'in_review', 'rejected', 'Tanggapan tertulis atasan.'))).reason).toBe('reason_required')
    expect((await failureOf(decideObjection(id, 'in_review', 'settled_musyawarah', 'Tanggapan tertulis atasan.'))).reason).toBe('musyawarah_not_allowed')
    const done = await decideObjection(id, 'in_review', 'rejected', 'Tanggapan tertulis atasan.', 'Uji konsekuensi sudah tepat.')
    expect(done).toMatchObject({ status: 'rejected', reasons: 'Uji konsekuensi sudah tepat.' })
    expect(done.responded_at).not.toBeNull()
  })

  it('upheld reopens the request', async () => {
    const { r, id } = await filed(['a'])
    actAs(o.petugas)
    await reviewObjection(id, 'submitted')
    actAs(o.atasan)
    await decideObjection(id, 'in_review', 'upheld', 'Keberatan diterima; PPID memproses ulang.')
    expect((await sql('select status, reopened_by_objection from public.requests where id = $1', [r.id]))[0])
      .toEqual({ status: 'in_process', reopened_by_objection: id })
  })
})

describe('disputes', () => {
  it('records a dispute after the decision, refuses a second one, and updates its stage', async () => {
    const { id } = await filed(['a'])
    actAs(o.petugas)
    expect((await failureOf(recordDispute(id, {}))).reason).toBe('dispute_not_open')
    await reviewObjection(id, 'submitted')
    actAs(o.atasan)
    await decideObjection(id, 'in_review', 'rejected', 'Tanggapan tertulis atasan.', 'Uji konsekuensi sudah tepat.')
    actAs(o.ppid)
    const d = await recordDispute(id, { registerNo: '0007/REG-PSI/XI/2026', notes: 'Pemohon mendaftarkan sengketa.' })
    expect(d).toMatchObject({ objection_id: id, stage: 'registered', register_no: '0007/REG-PSI/XI/2026', filed_late: false })
    expect(d.commission).toContain('Komisi Informasi')
    expect((await failureOf(recordDispute(id, {}))).reason).toBe('dispute_exists')
    const updated = await updateDispute(d.id, 'decided', 'applicant_loses', 'Putusan majelis.')
    expect(updated).toMatchObject({ stage: 'decided', outcome: 'applicant_loses', notes: 'Putusan majelis.' })
    expect((await listDisputes(id)).map((x) => x.stage)).toEqual(['decided'])
    actAs(o.atasan)
    expect((await failureOf(updateDispute(d.id, 'final'))).reason).toBe('forbidden')
  })
})
