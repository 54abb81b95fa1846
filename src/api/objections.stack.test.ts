import { beforeAll, describe, expect, it, vi } from 'vitest'
import { DbFailure } from '@/api/errors'
import { getObjection, listObjectionsForRequest, submitObjection, withdrawObjection } from '@/api/objections'
import { actAs } from '@/test/stackClient'
import { type Actor } from '../../supabase/tests/helpers'
import { accepted, officers, ok, refusedRequest, resident, type Officers } from '@/test/citizenStack'

vi.mock('@/lib/supabase', async () => (await import('@/test/stackClient')).mockSupabaseModule())

let o: Officers
let warga: Actor
let other: Actor
beforeAll(async () => {
  ;[o, warga, other] = await Promise.all([officers(), resident('api-kb'), resident('api-kb-lain')])
})

const POSITION = 'Data yang saya minta adalah angka agregat, bukan data pribadi siapa pun.'
const reason = (e: unknown) => (e instanceof DbFailure ? e.reason : String(e))

describe('objections', () => {
  it('files an objection after a refusal, reads it back, lists it for the request, and withdraws it', async () => {
    const r = await refusedRequest(warga, o)
    actAs(warga)
    const filed = await submitObjection({ requestId: r.id, grounds: ['a', 'd'], casePosition: `  ${POSITION}  `, proxyName: ' ' })
    expect(filed).toMatchObject({ request_id: r.id, grounds: ['a', 'd'], case_position: POSITION, status: 'submitted', proxy_name: null, filed_late: false })
    expect(filed.registration_no).toMatch(/^KB-\d{4}-\d{5}$/)
    expect(filed).not.toHaveProperty('applicant_id')

    expect(await getObjection(filed.id)).toEqual(filed)
    expect(await listObjectionsForRequest(r.id)).toEqual([filed])

    ok(await o.petugas.client.rpc('review_objection', { objection_id: filed.id, expected_status: 'submitted' }))
    ok(await o.atasan.client.rpc('decide_objection', { objection_id: filed.id, expected_status: 'in_review', outcome: 'rejected', response: 'Tanggapan Atasan PPID atas keberatan.', reasons: 'Informasi memuat rahasia pribadi saksi.' }))
    expect(await getObjection(filed.id)).toMatchObject({ status: 'rejected', reasons: 'Informasi memuat rahasia pribadi saksi.' })
    expect(reason(await withdrawObjection(filed.id).catch((e: unknown) => e))).toBe('illegal_transition')

    const second = await submitObjection({ requestId: r.id, grounds: ['e'], casePosition: POSITION })
    expect(await withdrawObjection(second.id)).toBe('withdrawn')
    expect((await listObjectionsForRequest(r.id)).map((x) => x.id)).toEqual([second.id, filed.id])
  })

  it('refuses while no ground exists, and hides another citizen\'s objection', async () => {
    const pending = await accepted(warga, o.petugas)
    actAs(warga)
    expect(reason(await submitObjection({ requestId: pending.id, grounds: ['c'], casePosition: POSITION }).catch((e: unknown) => e))).toBe('objection_not_open')
    const r = await refusedRequest(warga, o)
    const filed = await submitObjection({ requestId: r.id, grounds: ['a'], casePosition: POSITION })
    actAs(other)
    expect(await getObjection(filed.id)).toBeNull()
    expect(await listObjectionsForRequest(r.id)).toEqual([])
    expect(reason(await submitObjection({ requestId: r.id, grounds: ['a'], casePosition: POSITION }).catch((e: unknown) => e))).toBe('not_found')
    expect(reason(await withdrawObjection(filed.id).catch((e: unknown) => e))).toBe('not_found')
  })
})
