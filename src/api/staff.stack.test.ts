import { describe, expect, it, vi } from 'vitest'
import { DbFailure } from '@/api/errors'
import { listActiveStaff, listActiveUnits } from '@/api/staff'
import { actAs } from '@/test/stackClient'

import { actor, officers, sql } from '@/test/officerStack'

vi.mock('@/lib/supabase', async () => (await import('@/test/stackClient')).mockSupabaseModule())

describe('listActiveStaff', () => {
  it('lists active case staff for an officer, and refuses a citizen', async () => {
    const o = await officers()
    actAs(o.petugas)
    const ids = (await listActiveStaff()).map((s) => s.user_id)
    expect(ids).toEqual(expect.arrayContaining([o.petugas.id, o.ppid.id, o.atasan.id]))
    expect(ids).not.toContain(o.admin.id)
    actAs(await actor('warga'))
    await expect(listActiveStaff()).rejects.toBeInstanceOf(DbFailure)
  })
})

describe('listActiveUnits', () => {
  it('lists only active units, by name', async () => {
    const o = await officers()
    const code = `T${Date.now() % 100000}`
    await sql("insert into public.units (code, name, active) values ($1 || 'A', 'Zeta Aktif', true), ($1 || 'B', 'Alfa Nonaktif', false)", [code])
    actAs(o.petugas)
    const units = await listActiveUnits()
    expect(units.map((u) => u.code)).toContain(`${code}A`)
    expect(units.map((u) => u.code)).not.toContain(`${code}B`)
    const names = units.map((u) => u.name)
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
  })
})
