import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DbFailure } from '@/api/errors'
import * as api from '@/api/settings'
import AdminSettingsPage from '@/pages/admin/AdminSettingsPage.vue'
import { letterData } from '@/letters/testData'
import { mountPage } from '@/test/mountPage'

vi.mock('@/api/settings', () => {
  const unexpected = (name: string) => vi.fn(() => Promise.reject(new Error(`Unexpected call to api/settings ${name}(); mock it in the test.`)))
  return { getAgencySettings: unexpected('getAgencySettings'), updateAgencySettings: unexpected('updateAgencySettings') }
})
vi.mock('@/api/auth', async () => (await import('@/test/mockAuthApi')).mockAuthApi())
vi.mock('@/api/roles', async () => (await import('@/test/mockRolesApi')).mockRolesApi())

let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())

const SETTINGS: api.AgencySettings = {
  ...letterData().agency, whatsapp: null, logo_path: null, time_zone: 'Asia/Makassar', cutoff_hour: 16, request_prefix: 'PI',
  objection_prefix: 'KB', pause_clock_while_incomplete: false, completion_window_wd: 10, lapor_url: 'https://www.lapor.go.id',
  updated_at: '2026-11-01T00:00:00Z',
}

beforeEach(() => {
  vi.resetAllMocks()
  vi.mocked(api.getAgencySettings).mockResolvedValue(SETTINGS)
})

async function open() {
  wrapper = (await mountPage(AdminSettingsPage, '/admin/pengaturan')).wrapper
  await flushPromises()
}

describe('AdminSettingsPage', () => {
  it('shows every setting in labelled fields, grouped', async () => {
    await open()
    expect(wrapper!.findAll('fieldset legend').map((l) => l.text())).toEqual(
      ['Identitas instansi', 'Pejabat', 'Kop surat', 'Penomoran', 'Jam layanan dan batas waktu', 'Tautan pengaduan dan sengketa'])
    expect(wrapper!.get('label[for="setting-ppid_name"]').text()).toBe('Nama PPID')
    expect((wrapper!.get('#setting-letterhead_lines').element as HTMLTextAreaElement).value)
      .toBe('PEMERINTAH KABUPATEN KUTAI KARTANEGARA\nDINAS KOMUNIKASI DAN INFORMATIKA')
    expect((wrapper!.get('#setting-time_zone').element as HTMLSelectElement).value).toBe('Asia/Makassar')
  })

  it('sends only what changed, typed', async () => {
    vi.mocked(api.updateAgencySettings).mockImplementation(async (c) => ({ ...SETTINGS, ...c }))
    await open()
    await wrapper!.get('#setting-cutoff_hour').setValue('15')
    await wrapper!.get('#setting-letterhead_lines').setValue('BARIS SATU\n\n BARIS DUA ')
    await wrapper!.get('#setting-pause_clock_while_incomplete').setValue(true)
    await wrapper!.get('form').trigger('submit')
    await flushPromises()
    expect(api.updateAgencySettings).toHaveBeenCalledWith({ cutoff_hour: 15, letterhead_lines: ['BARIS SATU', 'BARIS DUA'], pause_clock_while_incomplete: true })
    expect(wrapper!.get('[aria-live]').text()).toContain('Perubahan disimpan.')
  })

  it('ties a refused field to its input and focuses it', async () => {
    vi.mocked(api.updateAgencySettings).mockRejectedValue(new DbFailure('x', 'settings_email_invalid', 'P0001'))
    await open()
    await wrapper!.get('#setting-email').setValue('bukan-email')
    await wrapper!.get('form').trigger('submit')
    await flushPromises()
    const input = wrapper!.get('#setting-email')
    expect(input.attributes('aria-invalid')).toBe('true')
    expect(input.attributes('aria-describedby')).toBe('setting-email-error')
    expect(wrapper!.get('#setting-email-error').text()).toContain('Isian ini tidak sah')
    expect(document.activeElement).toBe(input.element)
  })
})
