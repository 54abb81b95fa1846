import { beforeAll, describe, expect, it, vi } from 'vitest'
import { deleteHoliday, HolidayImportRejected, importHolidays, listHolidays, listHolidayYears, saveHoliday, setHolidayYear } from '@/api/holidays'
import { actAs } from '@/test/stackClient'
import { actor, type Actor } from '../../supabase/tests/helpers'

vi.mock('@/lib/supabase', async () => (await import('@/test/stackClient')).mockSupabaseModule())

let admin: Actor
let officer: Actor
beforeAll(async () => {
  ;[admin, officer] = await Promise.all([actor('admin', ['admin']), actor('petugas', ['petugas'])])
})

describe('holidays (against the stack)', () => {
  it('lists a year and the calendar years as migrated', async () => {
    actAs(officer)
    const days = await listHolidays(2026)
    expect(days[0]).toEqual({ day: '2026-01-01', name: 'Tahun Baru 2026 Masehi', kind: 'libur_nasional', source: 'SKB 3 Menteri 2026' })
    expect(days).toHaveLength(25)
    expect((await listHolidayYears()).map((y) => [y.year, y.complete])).toEqual(expect.arrayContaining([[2026, true], [2027, false]]))
  })

  it('adds, edits, deletes, imports all or nothing, and marks a year complete', async () => {
    actAs(admin)
    await saveHoliday({ day: '2034-03-01', name: 'Hari jadi', kind: 'lokal', source: null })
    expect(await saveHoliday({ day: '2034-03-02', name: 'Hari jadi Kukar', kind: 'lokal', source: 'Perbup' }, '2034-03-01'))
      .toEqual({ day: '2034-03-02', name: 'Hari jadi Kukar', kind: 'lokal', source: 'Perbup' })
    await deleteHoliday('2034-03-02')
    expect(await listHolidays(2034)).toEqual([])

    const rejected = await importHolidays(2034, '2034-01-01;Tahun Baru;libur_nasional\n2034-13-01;Salah;lokal', true).catch((e: unknown) => e)
    expect(rejected).toBeInstanceOf(HolidayImportRejected)
    expect((rejected as HolidayImportRejected).lines).toEqual([{ line: 2, reason: 'holiday_date_invalid' }])
    expect(await listHolidays(2034)).toEqual([])

    expect(await importHolidays(2034, '2034-01-01;Tahun Baru;libur_nasional\n2034-12-25;Natal;libur_nasional', true, 'SKB 2034')).toBe(2)
    expect((await listHolidays(2034)).map((h) => h.day)).toEqual(['2034-01-01', '2034-12-25'])
    expect(await setHolidayYear(2034, false)).toEqual({ year: 2034, complete: false, source: 'SKB 2034' })
  })

  it('refuses an officer', async () => {
    actAs(officer)
    await expect(saveHoliday({ day: '2034-05-01', name: 'Libur', kind: 'lokal', source: null })).rejects.toMatchObject({ reason: 'forbidden' })
    await expect(importHolidays(2034, '2034-05-01;Libur;lokal', true)).rejects.toMatchObject({ reason: 'forbidden' })
  })
})
