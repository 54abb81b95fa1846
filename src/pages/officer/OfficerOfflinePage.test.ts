import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DbFailure } from '@/api/errors'
import * as offline from '@/api/offline'
import * as staff from '@/api/staff'
import OfficerOfflinePage from '@/pages/officer/OfficerOfflinePage.vue'
import { mountPage } from '@/test/mountPage'

vi.mock('@/api/offline', async () => (await import('@/test/officerFixtures')).loudApi('@/api/offline'))
vi.mock('@/api/staff', async () => (await import('@/test/officerFixtures')).loudApi('@/api/staff'))
vi.mock('@/api/auth', async () => (await import('@/test/mockAuthApi')).mockAuthApi())
vi.mock('@/api/roles', async () => (await import('@/test/mockRolesApi')).mockRolesApi())

let wrapper: VueWrapper | undefined
beforeEach(() => {
  vi.mocked(staff.listActiveUnits).mockResolvedValue([{ id: 3, code: 'SEK', name: 'Sekretariat' }])
})
afterEach(() => {
  wrapper?.unmount()
  vi.clearAllMocks()
})

async function open() {
  const mounted = await mountPage(OfficerOfflinePage, '/petugas/permohonan/baru-offline')
  wrapper = mounted.wrapper
  await flushPromises()
}

async function fill() {
  await wrapper!.get('#offline-channel').setValue('telepon')
  await wrapper!.get('#offline-name').setValue('Pak Darto')
  await wrapper!.get('#offline-nik').setValue('6402011505900002')
  await wrapper!.get('#offline-address').setValue('Jl. Pahlawan No. 3, Tenggarong')
  await wrapper!.get('#offline-occupation').setValue('Petani')
  await wrapper!.get('#offline-details').setValue('Data penerima bantuan bibit 2026.')
  await wrapper!.get('#offline-purpose').setValue('Memastikan kelompok tani terdaftar.')
  await wrapper!.get('#offline-obtain-membaca').setValue(true)
  await wrapper!.get('#offline-unit').setValue('3')
}
const submit = async () => {
  await wrapper!.get('form').trigger('submit')
  await flushPromises()
}
const confirm = async () => {
  await wrapper!.get('dialog [data-confirm]').trigger('click')
  await flushPromises()
}

describe('OfficerOfflinePage', () => {
  it('marks missing fields, focuses the first and calls nothing', async () => {
    await open()
    await wrapper!.get('#offline-nik').setValue('123')
    await submit()
    expect(offline.registerOfflineRequest).not.toHaveBeenCalled()
    expect(wrapper!.get('#offline-name').attributes('aria-invalid')).toBe('true')
    expect(wrapper!.get('#offline-nik-error').text()).toContain('NIK harus 16 angka.')
    expect(wrapper!.text()).toContain('Pilih paling sedikit satu cara memperoleh informasi.')
    expect(document.activeElement?.getAttribute('aria-invalid')).toBe('true')
  })

  it('confirms, registers with the channel and time, and shows the number and the secret once', async () => {
    vi.mocked(offline.registerOfflineRequest).mockResolvedValue({
      id: 'r1', registration_no: 'PI-2026-00077', secret: 'Zr4-kq9LwP2mVb7xT0aa', status: 'submitted',
      received_at: '2026-11-26T02:00:00Z', received_on: '2026-11-26', due_notice_on: '2026-12-10', deadline_provisional: false,
    })
    await open()
    await fill()
    await submit()
    expect(wrapper!.get('dialog').text()).toContain('Permohonan atas nama Pak Darto melalui Telepon akan dicatat')
    await confirm()
    expect(offline.registerOfflineRequest).toHaveBeenCalledWith(expect.objectContaining({
      channel: 'telepon', applicant_name: 'Pak Darto', applicant_nik: '6402011505900002', obtain_methods: ['membaca'],
      copy_methods: [], target_unit_id: 3, received_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\.000Z$/),
    }))
    expect(wrapper!.text()).toContain('PI-2026-00077')
    expect(wrapper!.text()).toContain('Zr4-kq9LwP2mVb7xT0aa')
    expect(wrapper!.text()).toContain('Kode hanya ditampilkan sekali')
    expect(wrapper!.find('form').exists()).toBe(false)

    await wrapper!.get('.officer-receipt button').trigger('click')
    await flushPromises()
    expect(wrapper!.text()).not.toContain('Zr4-kq9LwP2mVb7xT0aa')
    expect((wrapper!.get('#offline-name').element as HTMLInputElement).value).toBe('')
  })

  it('explains a refusal from the database by its reason', async () => {
    vi.mocked(offline.registerOfflineRequest).mockRejectedValue(new DbFailure('x', 'received_at_invalid', 'P0001'))
    await open()
    await fill()
    await submit()
    await confirm()
    expect(wrapper!.text()).toContain('Waktu diterima tidak boleh di masa depan')
  })
})
