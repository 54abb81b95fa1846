import { beforeAll, describe, expect, it, vi } from 'vitest'
import { listUnits, saveUnit } from '@/api/units'
import { actAs } from '@/test/stackClient'
import { actor, type Actor } from '../../supabase/tests/helpers'

vi.mock('@/lib/supabase', async () => (await import('@/test/stackClient')).mockSupabaseModule())

let admin: Actor
let officer: Actor
beforeAll(async () => {
  ;[admin, officer] = await Promise.all([actor('admin', ['admin']), actor('petugas', ['petugas'])])
})

describe('units (against the stack)', () => {
  it('adds, edits and deactivates a unit; officers read the list but cannot change it', async () => {
    actAs(admin)
    const code = `API-${Date.now() % 100000}`
    const unit = await saveUnit({ id: null, code, name: 'Dinas Uji Api', active: true })
    expect(unit).toMatchObject({ code, name: 'Dinas Uji Api', active: true })
    expect(await saveUnit({ ...unit, name: 'Dinas Uji Api Baru', active: false })).toEqual({ ...unit, name: 'Dinas Uji Api Baru', active: false })
    await expect(saveUnit({ id: null, code, name: 'Kembar', active: true })).rejects.toMatchObject({ reason: 'unit_code_taken' })
    actAs(officer)
    expect((await listUnits()).find((u) => u.id === unit.id)).toMatchObject({ active: false })
    await expect(saveUnit({ ...unit, active: true })).rejects.toMatchObject({ reason: 'forbidden' })
  })
})
