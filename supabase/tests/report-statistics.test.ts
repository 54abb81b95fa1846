import { beforeAll, describe, expect, test } from 'vitest'
import { client, sql, type Actor } from './helpers.ts'
import { member, officers, ok, refused, type Officers } from './process-helpers.ts'
import { buildYear2024, expected2024, publicOf, expectedSemester1, type Fixture } from './report-fixture.ts'

// report_statistics is staff-only and counts every request (migration 20261126004000); the figures are
// checked against the hand count in report-fixture.ts (2024, which no other test touches).
let o: Officers
let owner: Actor
let f: Fixture

beforeAll(async () => {
  ;[o, owner] = await Promise.all([officers(), member('pemohon-laporan')])
  f = await buildYear2024(sql, owner.id)
})

describe('report_statistics: who may compute it', () => {
  test('every case-working role gets the same figures, over all requests', async () => {
    const want = expected2024(f.units)
    for (const who of [o.petugas, o.ppid, o.atasan]) {
      const s = ok(await who.client.rpc('report_statistics', { from_date: '2024-01-01', to_date: '2024-12-31' })).data
      expect(s).toEqual(want)
    }
  })

  test('a citizen is refused, even one whose own request is in the range', async () => {
    refused(await owner.client.rpc('report_statistics', { from_date: '2024-01-01', to_date: '2024-12-31' }), 'forbidden', 403)
  })

  test('an admin is refused: running the service is not working cases', async () => {
    refused(await o.admin.client.rpc('report_statistics', { from_date: '2024-01-01', to_date: '2024-12-31' }), 'forbidden', 403)
  })

  test('a deactivated officer is refused at once', async () => {
    const gone = await member('petugas-nonaktif', ['petugas'])
    ok(await gone.client.rpc('report_statistics', { from_date: '2024-01-01', to_date: '2024-01-31' }))
    await sql(`update public.user_roles set active = false where user_id = $1`, [gone.id])
    refused(await gone.client.rpc('report_statistics', { from_date: '2024-01-01', to_date: '2024-01-31' }), 'forbidden', 403)
  })

  test('anon has no EXECUTE grant', async () => {
    const res = await client().rpc('report_statistics', { from_date: '2024-01-01', to_date: '2024-12-31' })
    expect(res.error?.code).toBe('42501')
    expect(res.data).toBeNull()
  })

  test('the inner function is not reachable through the API', async () => {
    const res = await o.ppid.client.schema('private' as never).rpc('report_figures', { from_date: '2024-01-01', to_date: '2024-12-31' })
    expect(res.error).not.toBeNull()
    expect(res.data).toBeNull()
  })
})

describe('report_statistics: the figures', () => {
  test('semester I 2024 (a preset range) matches the hand count', async () => {
    const s = ok(await o.ppid.client.rpc('report_statistics', { from_date: '2024-01-01', to_date: '2024-06-30' })).data
    expect(s).toMatchObject(expectedSemester1())
  })

  test('a range inside one month still lists that month, with no request outside the range', async () => {
    const s = ok(await o.ppid.client.rpc('report_statistics', { from_date: '2024-03-05', to_date: '2024-03-31' })).data
    // Only A4 (11 Mar): A3 came on 4 Mar.
    expect(s).toMatchObject({ requests: 1, by_month: [{ month: '2024-03', count: 1 }], answered: 1, notice_wd_median: 16,
      notice_wd_p90: 16, on_time_share: 1, extended: 1, refusals_by_ground: { a: 1 }, objections: 0, disputes: 0 })
  })

  test('an empty range gives zeros and empty lists, not nulls where a chart expects a list', async () => {
    const s = ok(await o.ppid.client.rpc('report_statistics', { from_date: '2024-02-12', to_date: '2024-02-16' })).data
    expect(s).toMatchObject({ requests: 0, by_month: [{ month: '2024-02', count: 0 }], by_channel: {}, by_unit: [], answered: 0,
      notice_wd_median: null, notice_wd_p90: null, on_time_share: null, notice_wd_by_decision: {}, disputes_by_stage: {} })
  })

  test('a reversed or too long range is refused', async () => {
    refused(await o.ppid.client.rpc('report_statistics', { from_date: '2024-12-31', to_date: '2024-01-01' }), 'invalid_range')
    refused(await o.ppid.client.rpc('report_statistics', { from_date: '2000-01-01', to_date: '2030-12-31' }), 'invalid_range')
  })
})

describe('public_statistics', () => {
  test('anyone gets the 2024 aggregates, the same figures without units or the staff-only breakdowns', async () => {
    const s = ok(await client().rpc('public_statistics', { year: 2024 })).data as Record<string, unknown>
    const pub = publicOf(expected2024(f.units))
    expect(s).toEqual(pub)
    const text = JSON.stringify(s)
    for (const personal of ['Pemohon Tahunan', '6402011505900001', 'Jl. Laporan', f.mark, 'Tanggapan', 'Dinas']) expect(text).not.toContain(personal)
  })

  test('a signed-in citizen gets the same public figures', async () => {
    const s = ok(await owner.client.rpc('public_statistics', { year: 2024 })).data as Record<string, unknown>
    expect(s).toMatchObject({ requests: 8, answered: 6, objections: 3, disputes: 2 })
  })
})
