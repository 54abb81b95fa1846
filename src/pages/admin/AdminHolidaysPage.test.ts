import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as api from '@/api/holidays'
import AdminHolidaysPage from '@/pages/admin/AdminHolidaysPage.vue'
import { mountPage } from '@/test/mountPage'

vi.mock('@/api/holidays', async () => {
  const actual = await vi.importActual<typeof api>('@/api/holidays')
  const unexpected = (name: string) => vi.fn(() => Promise.reject(new Error(`Unexpected call to api/holidays ${name}(); mock it in the test.`)))
  return {
    HolidayImportRejected: actual.HolidayImportRejected,
    listHolidays: unexpected('listHolidays'), listHolidayYears: unexpected('listHolidayYears'), saveHoliday: unexpected('saveHoliday'),
    deleteHoliday: unexpected('deleteHoliday'), setHolidayYear: unexpected('setHolidayYear'), importHolidays: unexpected('importHolidays'),
  }
})
vi.mock('@/api/auth', async () => (await import('@/test/mockAuthApi')).mockAuthApi())
vi.mock('@/api/roles', async () => (await import('@/test/mockRolesApi')).mockRolesApi())

let wrapper: VueWrapper | undefined
afterEach(() => {
  wrapper?.unmount()
  vi.useRealTimers()
})

beforeEach(() => {
  vi.resetAllMocks()
  vi.useFakeTimers({ now: new Date(2026, 10, 26, 10), toFake: ['Date'] })
  vi.mocked(api.listHolidays).mockImplementation(async (year) =>
    year === 2026 ? [{ day: '2026-12-25', name: 'Kelahiran <i>Yesus</i> Kristus', kind: 'libur_nasional', source: 'SKB' }] : [])
  vi.mocked(api.listHolidayYears).mockResolvedValue([{ year: 2026, complete: true, source: 'SKB' }])
})

async function open() {
  wrapper = (await mountPage(AdminHolidaysPage, '/admin/hari-libur')).wrapper
  await flushPromises()
}

describe('AdminHolidaysPage', () => {
  it('lists the year and warns in November that next year is missing', async () => {
    await open()
    expect(wrapper!.get('table').text()).toContain('Jumat, 25 Desember 2026')
    expect(wrapper!.get('table').text()).toContain('Kelahiran <i>Yesus</i> Kristus')
    expect(wrapper!.text()).toContain('Kalender 2027 belum diisi.')
  })

  it('shows the year chosen while the first list was still loading', async () => {
    let release!: () => void
    const first = new Promise<void>((resolve) => (release = resolve))
    const list2027 = [{ day: '2027-03-20', name: 'Hari Jadi Tenggarong', kind: 'lokal' as const, source: 'Perda' }]
    vi.mocked(api.listHolidays).mockImplementation(async (year) => {
      if (year === 2026) {
        await first
        return [{ day: '2026-12-25', name: 'Natal', kind: 'libur_nasional', source: 'SKB' }]
      }
      return list2027
    })
    wrapper = (await mountPage(AdminHolidaysPage, '/admin/hari-libur')).wrapper
    await wrapper.get('#holiday-year').setValue('2027')
    release()
    await flushPromises()

    expect(wrapper.get('table').text()).toContain('Hari Jadi Tenggarong')
    expect(wrapper.get('table').text()).not.toContain('Natal')
  })

  it('checks the pasted lines before sending and names each wrong line', async () => {
    await open()
    await wrapper!.get('#holiday-import-lines').setValue('2027-01-01;Tahun Baru;libur_nasional\n2027-02-30;Salah;lokal\n2027-03-01;Jenis;libur')
    await (wrapper!.get('#holiday-import-lines').element as HTMLTextAreaElement).form!.dispatchEvent(new Event('submit'))
    await flushPromises()
    expect(api.importHolidays).not.toHaveBeenCalled()
    const problems = wrapper!.get('#holiday-import-problems').text()
    expect(problems).toContain('Baris 2: Tanggal tidak sah.')
    expect(problems).toContain('Baris 3: Jenis harus libur_nasional, cuti_bersama atau lokal.')
    expect(wrapper!.get('#holiday-import-lines').attributes('aria-describedby')).toContain('holiday-import-problems')
  })

  it('imports a valid list and reports the count', async () => {
    vi.mocked(api.importHolidays).mockResolvedValue(2)
    await open()
    await wrapper!.get('#holiday-import-lines').setValue('2027-01-01;Tahun Baru;libur_nasional\n2027-12-25;Natal;libur_nasional')
    await wrapper!.get('#holiday-import-source').setValue('SKB 2027')
    await (wrapper!.get('#holiday-import-lines').element as HTMLTextAreaElement).form!.dispatchEvent(new Event('submit'))
    await flushPromises()
    expect(api.importHolidays).toHaveBeenCalledWith(2027, '2027-01-01;Tahun Baru;libur_nasional\n2027-12-25;Natal;libur_nasional', true, 'SKB 2027')
    expect(wrapper!.text()).toContain('2 hari libur tahun 2027 diimpor.')
  })
})
