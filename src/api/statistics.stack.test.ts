import { beforeAll, describe, expect, it, vi } from 'vitest'
import { getPublicStatistics } from '@/api/statistics'
import { actAs } from '@/test/stackClient'
import { actor, client, sql } from '../../supabase/tests/helpers'
import { buildYear2024, expected2024, publicOf, type Fixture } from '../../supabase/tests/report-fixture'

vi.mock('@/lib/supabase', async () => (await import('@/test/stackClient')).mockSupabaseModule())

let f: Fixture

beforeAll(async () => {
  f = await buildYear2024(sql, (await actor('pemohon-statistik')).id)
})

describe('getPublicStatistics (against the stack)', () => {
  it('gives anyone the year\'s aggregates, without units or anything personal', async () => {
    actAs(client())
    const s = await getPublicStatistics(2024)
    const pub = publicOf(expected2024(f.units))
    expect(s).toEqual(pub)
    expect(JSON.stringify(s)).not.toMatch(/Pemohon|Dinas|Jl\. |6402|LLIP/)
  })

  it('a year with nothing gives zeros and twelve empty months', async () => {
    actAs(client())
    const s = await getPublicStatistics(2019)
    expect(s).toMatchObject({ requests: 0, answered: 0, on_time_share: null, by_channel: {} })
    expect(s.by_month).toHaveLength(12)
    expect(s.by_month.every((m) => m.count === 0)).toBe(true)
  })

  it('refuses a year outside 2000–2100', async () => {
    actAs(client())
    await expect(getPublicStatistics(1999)).rejects.toMatchObject({ reason: 'invalid_range' })
  })
})
