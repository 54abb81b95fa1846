import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { DbFailure } from '@/api/errors'
import {
  addWorkingDays,
  completeRequest,
  confirmReceipt,
  documentDownloadUrl,
  getFilingReadiness,
  getRequest,
  holidaysBetween,
  listActiveUnits,
  listMyRequests,
  listRequestDocuments,
  submitRequest,
  withdrawRequest,
  type SubmitRequestInput,
} from '@/api/requests'
import { actAs } from '@/test/stackClient'
import { actor, sql, type Actor } from '../../supabase/tests/helpers'
import { accepted, officers, ok, PDF, resident, type Officers } from '@/test/stackFixtures'

vi.mock('@/lib/supabase', async () => (await import('@/test/stackClient')).mockSupabaseModule())

let o: Officers
let warga: Actor
let other: Actor
beforeAll(async () => {
  ;[o, warga, other] = await Promise.all([officers(), resident('api-req'), resident('api-req-lain')])
})

const input = (overrides: Partial<SubmitRequestInput> = {}): SubmitRequestInput => ({
  idempotencyKey: randomUUID(),
  details: '  Daftar penerima beasiswa daerah tahun 2026 per kecamatan.  ',
  purpose: 'Bahan liputan tentang pemerataan beasiswa di Kutai Kartanegara.',
  obtainMethods: ['membaca', 'salinan_softcopy'],
  copyMethods: ['email'],
  declaration: true,
  attachments: [],
  accessibilityNeeds: ['large_print'],
  accessibilityNote: '',
  ...overrides,
})

async function failure(promise: Promise<unknown>): Promise<DbFailure> {
  const error = await promise.then(() => undefined, (e: unknown) => e)
  expect(error).toBeInstanceOf(DbFailure)
  return error as DbFailure
}

describe('submitRequest', () => {
  it('files a request and returns the receipt; a retry with the same key returns the same number and secret', async () => {
    actAs(warga)
    const first = input()
    const receipt = await submitRequest(first)
    expect(receipt).toMatchObject({ status: 'submitted', deadline_provisional: false })
    expect(receipt.registration_no).toMatch(/^PI-\d{4}-\d{5}$/)
    expect(receipt.secret).toMatch(/^[A-Za-z0-9_-]{24}$/)
    expect(receipt.due_notice_on).toMatch(/^\d{4}-\d{2}-\d{2}$/)

    const retry = await submitRequest({ ...first, details: 'ignored on a retry, the first answer stands' })
    expect(retry).toEqual(receipt)
    const again = await submitRequest(input())
    expect(again.registration_no).not.toBe(receipt.registration_no)

    const [row] = await sql('select details, accessibility_needs, accessibility_note from public.requests where id = $1', [receipt.id])
    expect(row).toEqual({ details: 'Daftar penerima beasiswa daerah tahun 2026 per kecamatan.', accessibility_needs: ['large_print'], accessibility_note: null })
  })

  it('throws DbFailure with the reason the UI translates', async () => {
    actAs(warga)
    expect((await failure(submitRequest(input({ declaration: false })))).reason).toBe('declaration_required')
    expect((await failure(submitRequest(input({ proxyName: 'Kuasa Pemohon' })))).reason).toBe('power_of_attorney_missing')
    expect((await failure(submitRequest(input({ details: 'pendek' })))).reason).toBe('invalid_request')
    expect((await failure(submitRequest(input({ attachments: [{ bucket: 'attachments', name: `${warga.id}/nope.pdf`, kind: 'supporting' }] })))).reason).toBe('file_missing')
    actAs(await actor('tanpa-profil'))
    expect((await failure(submitRequest(input()))).reason).toBe('profile_missing')
  })

  it('links an uploaded attachment in the same call', async () => {
    actAs(warga)
    const name = `${warga.id}/${randomUUID()}.pdf`
    ok(await warga.client.storage.from('attachments').upload(name, PDF, { contentType: 'application/pdf' }))
    const receipt = await submitRequest(input({ attachments: [{ bucket: 'attachments', name, kind: 'supporting', original_name: 'surat.pdf' }] }))
    const files = await sql('select kind, original_name from public.files where request_id = $1', [receipt.id])
    expect(files).toEqual([{ kind: 'supporting', original_name: 'surat.pdf' }])
  })
})

describe('listMyRequests and getRequest', () => {
  it('lists only the caller\'s requests with the clock, filtered by status', async () => {
    const mine = await resident('api-list')
    actAs(mine)
    const a = await submitRequest(input())
    const b = await submitRequest(input())
    await withdrawRequest(b.id)

    const all = await listMyRequests(mine.id)
    expect(all.map((r) => r.id)).toEqual([b.id, a.id])
    expect(all[1]).toMatchObject({ status: 'submitted', next_deadline: a.due_notice_on, is_overdue: false })
    expect(typeof all[1]!.working_days_left).toBe('number')
    expect((await listMyRequests(mine.id, ['withdrawn'])).map((r) => r.id)).toEqual([b.id])
    expect((await listMyRequests(mine.id, ['submitted', 'in_process'])).map((r) => r.id)).toEqual([a.id])

    actAs(other)
    expect(await listMyRequests(mine.id)).toEqual([])
  })

  it('reads one request in detail, and null for someone else\'s', async () => {
    actAs(warga)
    const r = await submitRequest(input())
    expect(await getRequest(r.id)).toMatchObject({ id: r.id, registration_no: r.registration_no, obtain_methods: ['membaca', 'salinan_softcopy'], withdrawn_at: null })
    actAs(other)
    expect(await getRequest(r.id)).toBeNull()
  })
})

describe('withdrawRequest and confirmReceipt', () => {
  it('withdraws while allowed, and then reports a conflict', async () => {
    actAs(warga)
    const r = await submitRequest(input())
    expect(await withdrawRequest(r.id, '  Sudah saya dapatkan dari situs web.  ')).toBe('withdrawn')
    const [row] = await sql('select withdraw_reason from public.requests where id = $1', [r.id])
    expect(row).toEqual({ withdraw_reason: 'Sudah saya dapatkan dari situs web.' })
    expect((await failure(withdrawRequest(r.id))).isConflict).toBe(true)
    actAs(other)
    expect((await failure(withdrawRequest(r.id))).reason).toBe('not_found')
  })

  it('confirms receipt of delivered information, closing the request', async () => {
    const r = await accepted(warga, o.petugas)
    ok(await o.ppid.client.rpc('decide_request', { request_id: r.id, expected_status: 'in_process', decision: 'granted_full' }))
    ok(await o.petugas.client.rpc('deliver_request', { request_id: r.id, expected_status: 'decided', method: 'email' }))
    actAs(warga)
    expect(await confirmReceipt(r.id)).toBe('closed')
    expect((await failure(confirmReceipt(r.id))).isConflict).toBe(true)
  })
})

describe('completeRequest', () => {
  it('answers a request for completion with a note: the request is processed again; others cannot', async () => {
    actAs(warga)
    const r = await submitRequest(input())
    ok(await o.petugas.client.rpc('request_completion', { request_id: r.id, expected_status: 'submitted', reason: 'Sebutkan tahun anggarannya.' }))
    actAs(other)
    expect((await failure(completeRequest(r.id, 'Bukan milik saya.'))).reason).toBe('not_found')
    actAs(warga)
    expect(await completeRequest(r.id, '  Tahun anggaran 2025.  ')).toBe('in_process')
    const [event] = await sql(`select body from public.request_events where request_id = $1 and kind = 'completed'`, [r.id])
    expect(event).toEqual({ body: 'Tahun anggaran 2025.' })
    expect((await failure(completeRequest(r.id))).isConflict).toBe(true)
  })
})

describe('holidaysBetween', () => {
  it('names the weekday holidays a deadline skipped (domain.md §3.2 example)', async () => {
    actAs(warga)
    const skipped = await holidaysBetween('2026-03-16', '2026-04-07')
    expect(skipped.map((h) => h.day)).toEqual(['2026-03-18', '2026-03-19', '2026-03-20', '2026-03-23', '2026-03-24', '2026-04-03'])
    expect(skipped[1]).toMatchObject({ kind: 'libur_nasional' })
    expect(skipped[0]).toMatchObject({ kind: 'cuti_bersama' })
  })
})

describe('addWorkingDays', () => {
  it('counts on the database calendar (domain.md §3.2: 16 Mar 2026 + 10 → 7 Apr; 21 Mar normalised first)', async () => {
    actAs(warga)
    expect(await addWorkingDays('2026-03-16', 10)).toBe('2026-04-07')
    expect(await addWorkingDays('2026-03-21', 10)).toBe('2026-04-09')
  })
})

describe('getFilingReadiness and listActiveUnits', () => {
  it('tells a ready citizen from one without profile or identity document', async () => {
    actAs(warga)
    expect(await getFilingReadiness(warga.id)).toEqual({ hasProfile: true, hasIdentityDocument: true })
    const fresh = await actor('baru')
    actAs(fresh)
    expect(await getFilingReadiness(fresh.id)).toEqual({ hasProfile: false, hasIdentityDocument: false })
  })

  it('lists active units only', async () => {
    const code = `U${randomUUID().slice(0, 6).toUpperCase()}`
    await sql(`insert into public.units (code, name) values ($1, 'Dinas Uji Aktif'), ($1 || 'X', 'Dinas Uji Nonaktif')`, [code])
    await sql(`update public.units set active = false where code = $1 || 'X'`, [code])
    actAs(warga)
    const units = await listActiveUnits()
    expect(units.filter((u) => u.code.startsWith(code))).toEqual([expect.objectContaining({ code, name: 'Dinas Uji Aktif' })])
  })
})

describe('listRequestDocuments and documentDownloadUrl', () => {
  it('lists the agency\'s attached documents and signs a link that downloads as an attachment', async () => {
    const r = await accepted(warga, o.petugas)
    const name = `${r.id}/${randomUUID()}.pdf`
    ok(await o.petugas.client.storage.from('responses').upload(name, PDF, { contentType: 'application/pdf' }))
    ok(await o.petugas.client.rpc('attach_response', { request_id: r.id, object_name: name, kind: 'response', original_name: 'jawaban.pdf' }))

    actAs(warga)
    const docs = await listRequestDocuments(r.id)
    expect(docs).toEqual([expect.objectContaining({ kind: 'response', object_name: name, original_name: 'jawaban.pdf', mime_type: 'application/pdf' })])
    const url = await documentDownloadUrl(docs[0]!)
    const res = await fetch(url)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toMatch(/^attachment;.*jawaban\.pdf/)
    expect(Buffer.from(await res.arrayBuffer())).toEqual(PDF)

    actAs(other)
    expect(await listRequestDocuments(r.id)).toEqual([])
    expect((await failure(documentDownloadUrl(docs[0]!))).reason).toBe('download_failed')
  })
})
