import { describe, expect, it, vi } from 'vitest'
import { listMyActiveRoles } from '@/api/roles'
import { actAs } from '@/test/stackClient'
import { actor, sql } from '../../supabase/tests/helpers'

vi.mock('@/lib/supabase', async () => (await import('@/test/stackClient')).mockSupabaseModule())

describe('listMyActiveRoles (against the stack)', () => {
  it('returns only the active roles of the signed-in user', async () => {
    const officer = await actor('petugas', ['petugas', 'ppid'])
    await sql(`update public.user_roles set active = false where user_id = $1 and role = 'ppid'`, [officer.id])
    actAs(officer)
    await expect(listMyActiveRoles(officer.id)).resolves.toEqual(['petugas'])
  })

  it('gives a citizen no roles, and never another user\'s', async () => {
    const officer = await actor('petugas', ['petugas'])
    const warga = await actor('warga')
    actAs(warga)
    await expect(listMyActiveRoles(warga.id)).resolves.toEqual([])
    await expect(listMyActiveRoles(officer.id)).resolves.toEqual([])
  })
})
