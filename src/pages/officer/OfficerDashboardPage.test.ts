import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as api from '@/api/queue'
import { DbFailure } from '@/api/errors'
import OfficerDashboardPage from '@/pages/officer/OfficerDashboardPage.vue'
import { mountPage } from '@/test/mountPage'

vi.mock('@/api/queue', async () => {
  const actual = await vi.importActual<typeof api>('@/api/queue')
  const unexpected = (name: string) => vi.fn(() => Promise.reject(new Error(`Unexpected call to api/queue ${name}()`)))
  return { ...actual, fetchQueueCounts: unexpected('fetchQueueCounts'), fetchQueuePage: unexpected('fetchQueuePage') }
})

let wrapper: VueWrapper | undefined
beforeEach(() => vi.resetAllMocks())
afterEach(() => wrapper?.unmount())

describe('OfficerDashboardPage', () => {
  it('shows each counter as a link to the queue filtered to what it counts', async () => {
    vi.mocked(api.fetchQueueCounts).mockResolvedValue({
      new_requests: 4, in_process: 12, due_soon: 3, overdue: 2, awaiting_applicant: 1, awaiting_payment: 0, objections_open: 1250,
    })
    wrapper = (await mountPage(OfficerDashboardPage, '/petugas')).wrapper
    await flushPromises()
    const tiles = wrapper.findAll('[data-counter]').map((a) => [a.attributes('data-counter'), a.text().replace(/\s+/g, ' '), a.attributes('href')])
    expect(tiles).toEqual([
      ['new_requests', '4 Permohonan baru', '/petugas/antrian?status=submitted'],
      ['in_process', '12 Sedang diproses', '/petugas/antrian?status=in_process,extended'],
      ['due_soon', '3 Tenggat dalam 2 hari kerja', '/petugas/antrian?tenggat=dekat'],
      ['overdue', '2 Lewat tenggat', '/petugas/antrian?tenggat=lewat'],
      ['awaiting_applicant', '1 Menunggu pemohon', '/petugas/antrian?status=needs_completion'],
      ['awaiting_payment', '0 Menunggu pembayaran', '/petugas/antrian?status=awaiting_payment'],
      ['objections_open', '1.250 Keberatan terbuka', '/petugas/antrian?keberatan=1'],
    ])
    expect(wrapper.get('h1').attributes('tabindex')).toBe('-1')
  })

  it('explains a refusal', async () => {
    vi.mocked(api.fetchQueueCounts).mockRejectedValue(new DbFailure('no', 'forbidden', 'PT403'))
    wrapper = (await mountPage(OfficerDashboardPage, '/petugas')).wrapper
    await flushPromises()
    expect(wrapper.get('[aria-live="assertive"]').text()).toContain('Antrean hanya untuk petugas')
    expect(wrapper.find('[data-counter]').exists()).toBe(false)
  })
})
