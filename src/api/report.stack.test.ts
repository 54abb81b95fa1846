import { beforeAll, describe, expect, it, vi } from 'vitest'
import { getAgencyHeading, getReportNarrative, getReportStatistics, saveReportNarrative } from '@/api/report'
import { actAs } from '@/test/stackClient'
import { actor, client, sql, type Actor } from '../../supabase/tests/helpers'
import { buildYear2024, expected2024, expectedSemester1, type Fixture } from '../../supabase/tests/report-fixture'

/** The four staff actors, each signed in on its own client. */
async function officers() {
  const [petugas, ppid, atasan, admin] = await Promise.all([
    actor('petugas', ['petugas']), actor('ppid', ['ppid']), actor('atasan', ['atasan_ppid']), actor('admin', ['admin']),
  ])
  return { petugas, ppid, atasan, admin }
}

vi.mock('@/lib/supabase', async () => (await import('@/test/stackClient')).mockSupabaseModule())

let o: Record<'petugas' | 'ppid' | 'atasan' | 'admin', Actor>
let owner: Actor
let f: Fixture

beforeAll(async () => {
  ;[o, owner] = await Promise.all([officers(), actor('pemohon-laporan-api')])
  f = await buildYear2024(sql, owner.id)
})

describe('getReportStatistics (against the stack)', () => {
  it('gives staff the hand-counted figures of 2024 and of semester I', async () => {
    actAs(o.ppid)
    await expect(getReportStatistics({ from: '2024-01-01', to: '2024-12-31' })).resolves.toEqual(expected2024(f.units))
    actAs(o.petugas)
    await expect(getReportStatistics({ from: '2024-01-01', to: '2024-06-30' })).resolves.toMatchObject(expectedSemester1())
  })

  it('refuses a citizen and an admin (forbidden), anon (no grant) and a reversed range', async () => {
    for (const who of [owner, o.admin]) {
      actAs(who)
      await expect(getReportStatistics({ from: '2024-01-01', to: '2024-12-31' })).rejects.toMatchObject({ reason: 'forbidden', code: 'PT403' })
    }
    actAs(client())
    await expect(getReportStatistics({ from: '2024-01-01', to: '2024-12-31' })).rejects.toMatchObject({ code: '42501' })
    actAs(o.ppid)
    await expect(getReportStatistics({ from: '2024-12-31', to: '2024-01-01' })).rejects.toMatchObject({ reason: 'invalid_range' })
  })
})

describe('report narratives (against the stack)', () => {
  it('reads nothing for a new period, saves, reads it back, and reports a stale save as a conflict', async () => {
    const range = { from: '2024-01-01', to: '2024-06-30' }
    actAs(o.petugas)
    await expect(getReportNarrative(range)).resolves.toBeNull()
    const saved = await saveReportNarrative(range, { policy: 'Kebijakan umum layanan.', recommendations: 'Tambah petugas.' }, null)
    expect(saved).toMatchObject({ period_from: range.from, period_to: range.to, policy: 'Kebijakan umum layanan.', recommendations: 'Tambah petugas.' })
    actAs(o.atasan)
    await expect(getReportNarrative(range)).resolves.toEqual(saved)
    await expect(getReportNarrative({ from: '2024-01-01', to: '2024-12-31' })).resolves.toBeNull()
    actAs(o.ppid)
    const edited = await saveReportNarrative(range, { policy: 'Kebijakan yang diperbarui.' }, saved.updated_at)
    expect(edited).toMatchObject({ policy: 'Kebijakan yang diperbarui.', recommendations: 'Tambah petugas.' })
    actAs(o.petugas)
    const stale = await saveReportNarrative(range, { policy: 'Versi lama.' }, saved.updated_at).catch((e: unknown) => e)
    expect(stale).toMatchObject({ isConflict: true, reason: 'conflict' })
    const again = await saveReportNarrative(range, { budget: 'Anggaran.' }, null).catch((e: unknown) => e)
    expect(again).toMatchObject({ isConflict: true })
  })

  it('refuses writes from the Atasan PPID and citizens, and shows citizens nothing', async () => {
    const range = { from: '2024-07-01', to: '2024-12-31' }
    for (const who of [o.atasan, owner]) {
      actAs(who)
      await expect(saveReportNarrative(range, { policy: 'Tidak boleh.' }, null)).rejects.toMatchObject({ reason: 'forbidden' })
    }
    actAs(o.ppid)
    await saveReportNarrative(range, { policy: 'Semester II.' }, null)
    actAs(owner)
    await expect(getReportNarrative(range)).resolves.toBeNull()
  })
})

describe('getAgencyHeading (against the stack)', () => {
  it('reads the agency name and address from the settings row, for anyone', async () => {
    const [row] = await sql<{ name: string; address: string }>('select name, address from public.agency_settings')
    actAs(client())
    await expect(getAgencyHeading()).resolves.toMatchObject({ name: row!.name, address: row!.address })
    actAs(o.petugas)
    await expect(getAgencyHeading()).resolves.toMatchObject({ name: row!.name })
  })
})
