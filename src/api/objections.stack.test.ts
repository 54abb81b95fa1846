import { beforeAll, describe, expect, it, vi } from 'vitest'
import { DbFailure } from '@/api/errors'
import { getObjection, listObjectionsForRequest, registerObjection, submitObjection, withdrawObjection } from '@/api/objections'
import { actAs } from '@/test/stackClient'
import { sql, type Actor } from '../../supabase/tests/helpers'
import { accepted, officers, ok, refusedRequest, resident, type Officers } from '@/test/stackFixtures'

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

  it('an officer registers a paper objection for the applicant, with a proxy; the applicant sees it as theirs', async () => {
    const r = await refusedRequest(warga, o)
    actAs(o.petugas)
    const filed = await registerObjection({ requestId: r.id, grounds: ['a'], casePosition: POSITION,
      proxyName: ' Budi Santoso ', proxyAddress: 'Jl. Kenanga No. 3, Tenggarong' })
    expect(filed).toMatchObject({ request_id: r.id, grounds: ['a'], status: 'submitted', proxy_name: 'Budi Santoso', filed_late: false })
    expect(filed.registration_no).toMatch(/^KB-\d{4}-\d{5}$/)
    expect(await sql('select registered_by, applicant_id, proxy_address from public.objections where id = $1', [filed.id]))
      .toEqual([{ registered_by: o.petugas.id, applicant_id: warga.id, proxy_address: 'Jl. Kenanga No. 3, Tenggarong' }])
    // A second one while the first is open: the other officer's registration won.
    expect(reason(await registerObjection({ requestId: r.id, grounds: ['b'], casePosition: POSITION }).catch((e: unknown) => e))).toBe('objection_open')
    actAs(warga)
    expect((await listObjectionsForRequest(r.id)).map((x) => x.id)).toEqual([filed.id])
  })

  it('after the window only with a late note; never for the applicant, the Atasan or a request without a ground', async () => {
    const r = await refusedRequest(warga, o)
    // The written notice went out 60 days ago: the 30 working days are over.
    await sql(`update public.requests set notice_sent_at = now() - interval '60 days' where id = $1`, [r.id])
    actAs(o.ppid)
    expect(reason(await registerObjection({ requestId: r.id, grounds: ['a'], casePosition: POSITION }).catch((e: unknown) => e))).toBe('late_note_required')
    const late = await registerObjection({ requestId: r.id, grounds: ['a'], casePosition: POSITION,
      lateNote: 'Surat keberatan tertahan di bagian umum sejak awal bulan.' })
    expect(late).toMatchObject({ filed_late: true, status: 'submitted' })
    expect(late.window_until < late.received_on).toBe(true)

    const other = await refusedRequest(warga, o)
    for (const who of [warga, o.atasan]) {
      actAs(who)
      expect(reason(await registerObjection({ requestId: other.id, grounds: ['a'], casePosition: POSITION }).catch((e: unknown) => e))).toBe('forbidden')
    }
    const pending = await accepted(warga, o.petugas)
    actAs(o.petugas)
    expect(reason(await registerObjection({ requestId: pending.id, grounds: ['c'], casePosition: POSITION }).catch((e: unknown) => e))).toBe('objection_not_open')
  })
})
