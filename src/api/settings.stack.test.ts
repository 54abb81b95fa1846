import { beforeAll, describe, expect, it, vi } from 'vitest'
import { getAgencySettings, updateAgencySettings } from '@/api/settings'
import { actAs } from '@/test/stackClient'
import { actor, sql, type Actor } from '../../supabase/tests/helpers'

vi.mock('@/lib/supabase', async () => (await import('@/test/stackClient')).mockSupabaseModule())

let admin: Actor
let officer: Actor
beforeAll(async () => {
  ;[admin, officer] = await Promise.all([actor('admin', ['admin']), actor('petugas', ['petugas'])])
})

describe('agency settings (against the stack)', () => {
  it('reads every setting and changes the given ones; refused fields name their column', async () => {
    actAs(admin)
    const before = await getAgencySettings()
    expect(before).toMatchObject({ time_zone: 'Asia/Makassar', request_prefix: 'PI', objection_prefix: 'KB' })
    expect(before).not.toHaveProperty('id')
    try {
      const after = await updateAgencySettings({ ppid_name: 'Nama PPID Baru', cutoff_hour: 15, pause_clock_while_incomplete: true })
      expect(after).toMatchObject({ ppid_name: 'Nama PPID Baru', cutoff_hour: 15, pause_clock_while_incomplete: true, name: before.name })
      await expect(updateAgencySettings({ email: 'bukan' })).rejects.toMatchObject({ reason: 'settings_email_invalid' })
      actAs(officer)
      await expect(updateAgencySettings({ name: 'Diambil alih' })).rejects.toMatchObject({ reason: 'forbidden' })
      expect((await getAgencySettings()).name).toBe(before.name)
    } finally {
      await sql('update public.agency_settings set ppid_name = $1, cutoff_hour = $2, pause_clock_while_incomplete = $3',
        [before.ppid_name, before.cutoff_hour, before.pause_clock_while_incomplete])
    }
  })
})
