import { beforeAll, describe, expect, it, vi } from 'vitest'
import { deactivateStaff, findAccount, grantRole, listStaff, revokeRole } from '@/api/admin'
import { actAs } from '@/test/stackClient'
import { actor, citizen, type Actor } from '../../supabase/tests/helpers'

vi.mock('@/lib/supabase', async () => (await import('@/test/stackClient')).mockSupabaseModule())

let admin: Actor
let officer: Actor
let warga: Actor
beforeAll(async () => {
  ;[admin, officer, warga] = await Promise.all([actor('admin', ['admin']), actor('petugas', ['petugas']), citizen('calon-staf')])
})

describe('staff administration (against the stack)', () => {
  it('finds an account by email, grants, lists, revokes and deactivates', async () => {
    actAs(admin)
    expect(await findAccount(warga.email)).toEqual({ id: warga.id, email: warga.email, full_name: 'Warga Uji' })
    expect(await findAccount('tidak-ada@example.test')).toBeNull()
    await grantRole(warga.id, 'petugas')
    await grantRole(warga.id, 'ppid')
    expect((await listStaff()).find((s) => s.id === warga.id)).toMatchObject({ active_roles: ['petugas', 'ppid'], former_roles: [] })
    await revokeRole(warga.id, 'ppid')
    expect(await deactivateStaff(warga.id)).toBe(1)
    expect((await listStaff()).find((s) => s.id === warga.id)).toMatchObject({ active_roles: [], former_roles: ['petugas', 'ppid'] })
  })

  it('says why a change is refused', async () => {
    actAs(admin)
    await expect(revokeRole(admin.id, 'admin')).rejects.toMatchObject({ reason: 'self_change' })
    await expect(deactivateStaff(admin.id)).rejects.toMatchObject({ reason: 'self_change' })
    await expect(revokeRole(warga.id, 'admin')).rejects.toMatchObject({ reason: 'role_not_active' })
    await expect(findAccount('bukan email')).rejects.toMatchObject({ reason: 'email_invalid' })
    actAs(officer)
    await expect(findAccount(warga.email)).rejects.toMatchObject({ reason: 'forbidden', code: 'PT403' })
    await expect(listStaff()).rejects.toMatchObject({ reason: 'forbidden' })
    await expect(grantRole(warga.id, 'admin')).rejects.toMatchObject({ reason: 'forbidden', code: '42501' })
  })
})
