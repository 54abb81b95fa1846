import { beforeAll, describe, expect, it, vi } from 'vitest'
import {
  fileDownloadUrl, getWorkspaceRequest, listExemptionGrounds, listRequestEvents, listRequestFees, listRequestFiles,
  revealApplicantNik,
} from '@/api/requestWorkspace'
import { DbFailure } from '@/api/errors'
import { actAs } from '@/test/stackClient'

import { accepted, type Actor, citizen, officers, type Officers, ok, submit, upload } from '@/test/officerStack'

vi.mock('@/lib/supabase', async () => (await import('@/test/stackClient')).mockSupabaseModule())

let o: Officers
let warga: Actor
beforeAll(async () => {
  ;[o, warga] = await Promise.all([officers(), citizen('ruang')])
})

describe('getWorkspaceRequest', () => {
  it('gives staff the request with the masked NIK and the clock, never the full NIK', async () => {
    const r = await submit(warga)
    actAs(o.petugas)
    const got = await getWorkspaceRequest(r.id)
    expect(got).toMatchObject({
      id: r.id, registration_no: r.registration_no, status: 'submitted', applicant_nik_masked: '6402••••••••0001',
      due_notice_on: r.due_notice_on, is_overdue: false,
    })
    expect(got!.working_days_left).toBeGreaterThan(0)
    expect(JSON.stringify(got)).not.toContain('6402011505900001')
    expect(got).not.toHaveProperty('lookup_secret_hash')
  })

  it('is null for an unknown id and for an admin (who does not read cases)', async () => {
    const r = await submit(warga)
    actAs(o.petugas)
    await expect(getWorkspaceRequest('00000000-0000-4000-8000-00000000beef')).resolves.toBeNull()
    actAs(o.admin)
    await expect(getWorkspaceRequest(r.id)).resolves.toBeNull()
  })
})

describe('timeline, fees, grounds', () => {
  it('lists public and internal events in order for staff; the applicant sees only the public ones', async () => {
    const r = await accepted(warga, o.petugas)
    ok(await o.petugas.client.rpc('add_internal_note', { request_id: r.id, body: 'Catatan internal untuk tim.' }))
    ok(await o.petugas.client.rpc('send_message', { request_id: r.id, body: 'Pesan kepada pemohon.' }))
    actAs(o.ppid)
    const events = await listRequestEvents(r.id)
    expect(events.map((e) => [e.kind, e.visibility])).toEqual([
      ['submitted', 'public'], ['accepted', 'public'], ['note', 'internal'], ['message', 'public']])
    expect(events[2]).toMatchObject({ body: 'Catatan internal untuk tim.', actor_id: o.petugas.id, actor_role: 'petugas' })
    actAs(warga)
    expect((await listRequestEvents(r.id)).map((e) => e.kind)).toEqual(['submitted', 'accepted', 'message'])
  })

  it('lists only the fee lines of the current decision', async () => {
    const r = await accepted(warga, o.petugas)
    ok(await o.ppid.client.rpc('decide_request', {
      request_id: r.id, expected_status: 'in_process', decision: 'granted_full',
      fees: [{ item: 'Fotokopi', quantity: 10, unit_price: 500 }, { item: 'Materai', quantity: 1, unit_price: 10000 }],
    }))
    actAs(o.petugas)
    expect((await listRequestFees(r.id)).map(({ item, quantity, unit_price }) => ({ item, quantity, unit_price }))).toEqual([
      { item: 'Fotokopi', quantity: 10, unit_price: 500 }, { item: 'Materai', quantity: 1, unit_price: 10000 }])
  })

  it('lists the Pasal 17 grounds a–k', async () => {
    actAs(o.ppid)
    const grounds = await listExemptionGrounds()
    expect(grounds.map((g) => g.code).join('')).toBe('abcdefghijk')
  })
})

describe('files', () => {
  it('lists the applicant\'s identity document and the request\'s attachments, and signs a download link', async () => {
    const name = await upload(warga)
    const r = await submit(warga, { attachments: [{ bucket: 'attachments', name, kind: 'supporting', original_name: 'lampiran.pdf' }] })
    actAs(o.petugas)
    const files = await listRequestFiles(r.id, warga.id)
    expect(files.map((f) => [f.kind, f.check_status])).toEqual([['identity', 'pending'], ['supporting', 'pending']])
    const supporting = files.find((f) => f.kind === 'supporting')!
    expect(supporting).toMatchObject({ original_name: 'lampiran.pdf', mime_type: 'application/pdf', request_id: r.id })

    const res = await fetch(await fileDownloadUrl(supporting))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toMatch(/^attachment;.*lampiran\.pdf/)
    expect((await res.text()).startsWith('%PDF')).toBe(true)
  })

  it('refuses a link to an object the caller may not read', async () => {
    actAs(o.admin)
    await expect(fileDownloadUrl({ bucket_id: 'identity', object_name: `${warga.id}/tidak-ada.jpg`, original_name: null }))
      .rejects.toMatchObject({ name: 'DbFailure', reason: 'file_unavailable' })
  })
})

describe('revealApplicantNik', () => {
  it('returns the NIK to staff and refuses a citizen with the reason "forbidden"', async () => {
    const r = await submit(warga)
    actAs(o.atasan)
    await expect(revealApplicantNik(r.id)).resolves.toEqual({ applicant_nik: '6402011505900001', proxy_nik: null })
    actAs(warga)
    const failure = await revealApplicantNik(r.id).catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(DbFailure)
    expect(failure).toMatchObject({ reason: 'forbidden', code: 'PT403' })
  })
})
