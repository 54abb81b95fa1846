import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { DbFailure } from '@/api/errors'
import {
  fetchQueueCounts, fetchQueuePage, fetchWholeQueue, listActiveUnits, listQueueAssignees, MAX_PAGE, type QueueQuery,
} from '@/api/queue'
import { actAs } from '@/test/stackClient'
import { actor, citizen, sql, submit, type Actor } from '../../supabase/tests/helpers'

vi.mock('@/lib/supabase', async () => (await import('@/test/stackClient')).mockSupabaseModule())

const BASE: QueueQuery = {
  statuses: [], channel: null, unitId: null, assignee: null, due: null, receivedFrom: null, receivedTo: null,
  search: '', openObjection: false, sort: 'number', descending: false, limit: 25, offset: 0,
}

let petugas: Actor
let warga: Actor
let unit: number
let tag: string

beforeAll(async () => {
  ;[petugas, warga] = await Promise.all([actor('api-q-petugas', ['petugas']), citizen('api-q-warga')])
  tag = randomUUID().slice(0, 6).toUpperCase()
  const [row] = await sql<{ id: string }>(`insert into public.units (code, name) values ($1, 'Unit Ekspor Uji') returning id`, [`X${tag}`])
  unit = Number(row!.id)
  // One more than a page of the export: it must walk two pages.
  await sql(`
    insert into public.requests (registration_no, channel, applicant_type, applicant_name, applicant_address, applicant_occupation,
      details, purpose, obtain_methods, assigned_unit_id, declared_at, status, received_at, received_on, due_notice_on, lookup_secret_hash)
    select 'PX-' || $1 || '-' || lpad(n::text, 5, '0'), 'surat', 'perorangan', 'Pemohon Surat ' || n, 'Jl. Poros Tenggarong No. 2',
      'Petani', 'Mohon salinan data irigasi desa nomor ' || n, 'Bahan pengawasan pembangunan desa.', '{melihat}', $2, now(),
      'in_process', now(), public.local_date(now()), public.local_date(now()) + 14, 'x'
    from generate_series(1, $3::int) n`, [tag, unit, MAX_PAGE + 1])
})

describe('queue api (against the stack)', () => {
  it('fetchQueuePage: a filtered, searched page with the exact total', async () => {
    const receipt = await submit(warga)
    actAs(petugas)
    const page = await fetchQueuePage({ ...BASE, search: receipt.registration_no, statuses: ['submitted'] })
    expect(page.total).toBe(1)
    expect(page.items[0]).toMatchObject({
      id: receipt.id, registration_no: receipt.registration_no, status: 'submitted', channel: 'web', applicant_name: 'Warga Uji',
      overdue: false, open_objection: false,
    })
    expect(page.items[0]!.working_days_left).toBeGreaterThanOrEqual(9)
    const unitPage = await fetchQueuePage({ ...BASE, unitId: unit, limit: 2, offset: 2, descending: true })
    expect(unitPage.total).toBe(MAX_PAGE + 1)
    expect(unitPage.items.map((i) => i.registration_no)).toEqual([`PX-${tag}-00999`, `PX-${tag}-00998`])
    expect((await fetchQueuePage({ ...BASE, unitId: unit, assignee: 'unassigned', channel: 'web' })).total).toBe(0)
  })

  it('fetchWholeQueue: every matching row across pages, in order', async () => {
    actAs(petugas)
    const all = await fetchWholeQueue({ ...BASE, unitId: unit })
    expect(all).toHaveLength(MAX_PAGE + 1)
    expect(all[0]!.registration_no).toBe(`PX-${tag}-00001`)
    expect(all.at(-1)!.registration_no).toBe(`PX-${tag}-${String(MAX_PAGE + 1).padStart(5, '0')}`)
  })

  it('fetchQueueCounts: the dashboard numbers', async () => {
    actAs(petugas)
    const counts = await fetchQueueCounts()
    expect(Object.keys(counts).sort()).toEqual(['awaiting_applicant', 'awaiting_payment', 'due_soon', 'in_process',
      'new_requests', 'objections_open', 'overdue'])
    expect(counts.in_process).toBeGreaterThanOrEqual(MAX_PAGE + 1)
  })

  it('listQueueAssignees and listActiveUnits: the filter choices', async () => {
    actAs(petugas)
    expect((await listQueueAssignees()).find((a) => a.id === petugas.id)).toMatchObject({ email: petugas.email, roles: ['petugas'] })
    expect((await listActiveUnits()).find((u) => u.id === unit)).toEqual({ id: unit, code: `X${tag}`, name: 'Unit Ekspor Uji' })
  })

  it('refuses a citizen with the forbidden reason', async () => {
    actAs(warga)
    for (const call of [() => fetchQueuePage(BASE), fetchQueueCounts, listQueueAssignees]) {
      const failure = await call().then(() => null, (e: unknown) => e)
      expect(failure).toBeInstanceOf(DbFailure)
      expect((failure as DbFailure).reason).toBe('forbidden')
    }
  })
})
