import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DbFailure } from '@/api/errors'
import * as lookupApi from '@/api/lookup'
import type { LookupFound } from '@/api/lookup'
import LookupPage from '@/pages/public/LookupPage.vue'
import { mountPage } from '@/test/mountPage'

vi.mock('@/api/lookup', () => ({ lookupRequest: vi.fn(() => Promise.reject(new Error('Unexpected lookupRequest()'))) }))

const FOUND: LookupFound = {
  found: true, registration_no: 'PI-2026-00026', status: 'extended', decision_type: null,
  received_on: '2026-11-02', due_notice_on: '2026-11-16', due_final_on: '2026-11-25', deadline_provisional: false,
  notice_sent_at: null, delivered_at: null, closed_at: null,
  timeline: [
    { at: '2026-11-02T01:00:00Z', kind: 'submitted', to_status: 'submitted' },
    { at: '2026-11-03T02:00:00Z', kind: 'accepted', to_status: 'in_process' },
    { at: '2026-11-13T03:00:00Z', kind: 'extended', to_status: 'extended' },
  ],
}

let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())
beforeEach(() => {
  vi.mocked(lookupApi.lookupRequest).mockReset()
})

async function open(path = '/cek-status') {
  const mounted = await mountPage(LookupPage, path)
  wrapper = mounted.wrapper
  await flushPromises()
  return mounted
}

async function submit(number: string, secret: string) {
  await wrapper!.get('#lookup-number').setValue(number)
  await wrapper!.get('#lookup-secret').setValue(secret)
  await wrapper!.get('form').trigger('submit')
  await flushPromises()
}

describe('LookupPage', () => {
  it('shows status, deadlines as dates and the public timeline', async () => {
    vi.mocked(lookupApi.lookupRequest).mockResolvedValue(FOUND)
    await open()
    await submit('PI-2026-00026', 'rahasia')
    expect(lookupApi.lookupRequest).toHaveBeenCalledWith('PI-2026-00026', 'rahasia')
    const text = wrapper!.text()
    expect(text).toContain('Permohonan PI-2026-00026')
    expect(text).toContain('Diperpanjang')
    expect(text).toContain('Senin, 16 November 2026')
    expect(text).toContain('Rabu, 25 November 2026')
    expect(wrapper!.findAll('ol li').map((li) => li.find('span').text()))
      .toEqual(['Permohonan diterima', 'Permohonan diproses', 'Jangka waktu diperpanjang'])
    expect(document.activeElement?.id).toBe('lookup-result-heading')
  })

  it('answers every mismatch with one generic message', async () => {
    vi.mocked(lookupApi.lookupRequest).mockResolvedValue({ found: false })
    await open()
    await submit('PI-2026-00026', 'salah')
    expect(wrapper!.get('[aria-live=assertive]').text())
      .toContain('Permohonan tidak ditemukan. Periksa kembali nomor pendaftaran dan kode rahasia Anda.')
    expect(wrapper!.find('#lookup-result-heading').exists()).toBe(false)
  })

  it('has its own message for too many attempts, and keeps what was typed', async () => {
    vi.mocked(lookupApi.lookupRequest).mockRejectedValue(new DbFailure('Terlalu banyak', 'too_many_attempts', 'PT429'))
    await open()
    await submit('PI-2026-00026', 'salah')
    expect(wrapper!.get('[aria-live=assertive]').text()).toContain('Terlalu banyak percobaan')
    expect(wrapper!.get<HTMLInputElement>('#lookup-number').element.value).toBe('PI-2026-00026')
  })

  it('asks for both fields before calling the server', async () => {
    await open()
    await submit('', '')
    expect(wrapper!.get('#lookup-number-error').text()).toContain('Wajib diisi')
    expect(wrapper!.get('#lookup-secret').attributes('aria-describedby')).toContain('lookup-secret-error')
    expect(lookupApi.lookupRequest).not.toHaveBeenCalled()
  })

  it('takes number and secret from a receipt link, removes the secret from the address, and checks at once', async () => {
    vi.mocked(lookupApi.lookupRequest).mockResolvedValue(FOUND)
    const { router } = await open('/cek-status?no=PI-2026-00026&kode=rahasia-123')
    expect(router.currentRoute.value.fullPath).toBe('/cek-status?no=PI-2026-00026')
    expect(lookupApi.lookupRequest).toHaveBeenCalledWith('PI-2026-00026', 'rahasia-123')
    expect(wrapper!.text()).toContain('Permohonan PI-2026-00026')
  })
})
