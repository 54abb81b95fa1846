import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as api from '@/api/queue'
import type { QueueItem } from '@/api/queue'
import * as csv from '@/lib/csv'
import OfficerQueuePage from '@/pages/officer/OfficerQueuePage.vue'
import { mountPage } from '@/test/mountPage'

vi.mock('@/api/queue', async () => {
  const actual = await vi.importActual<typeof api>('@/api/queue')
  const unexpected = (name: string) => vi.fn(() => Promise.reject(new Error(`Unexpected call to api/queue ${name}()`)))
  return {
    ...actual,
    fetchQueuePage: unexpected('fetchQueuePage'),
    fetchWholeQueue: unexpected('fetchWholeQueue'),
    fetchQueueCounts: unexpected('fetchQueueCounts'),
    listQueueAssignees: unexpected('listQueueAssignees'),
    listActiveUnits: unexpected('listActiveUnits'),
  }
})
vi.mock('@/lib/csv', async () => ({ ...(await vi.importActual<typeof csv>('@/lib/csv')), downloadText: vi.fn() }))

const OFFICER = '0b9a9c43-4f7e-4a53-9d7c-2f9a3c1e5d11'

function item(n: number, patch: Partial<QueueItem> = {}): QueueItem {
  return {
    id: `00000000-0000-4000-8000-00000000000${n}`, registration_no: `PI-2026-0000${n}`, applicant_name: `Pemohon ${n}`,
    channel: 'web', status: 'in_process', received_at: '2026-11-02T01:00:00Z', received_on: '2026-11-02', deadline: '2026-11-16',
    working_days_left: 5, overdue: false, assigned_unit_id: 1, unit_name: 'Diskominfo', assignee_id: OFFICER,
    open_objection: false, details: 'Mohon salinan APBD.', ...patch,
  }
}

let wrapper: VueWrapper | undefined

beforeEach(() => {
  vi.resetAllMocks()
  vi.mocked(api.listActiveUnits).mockResolvedValue([{ id: 1, code: 'KOMINFO', name: 'Diskominfo' }])
  vi.mocked(api.listQueueAssignees).mockResolvedValue([{ id: OFFICER, email: 'petugas@kukar.test', roles: ['petugas'] }])
  vi.mocked(api.fetchQueuePage).mockResolvedValue({
    total: 3,
    items: [item(1, { working_days_left: -3, overdue: true, status: 'submitted' }), item(2, { working_days_left: 1 }), item(3)],
  })
})

afterEach(() => {
  wrapper?.unmount()
  vi.useRealTimers()
})

async function open(path = '/petugas/antrian') {
  const mounted = await mountPage(OfficerQueuePage, path)
  wrapper = mounted.wrapper
  await flushPromises()
  return mounted
}

const lastQuery = () => vi.mocked(api.fetchQueuePage).mock.lastCall![0]
const live = () => wrapper!.get('[data-live]').text()

describe('OfficerQueuePage', () => {
  it('reads the whole view from the URL', async () => {
    await open('/petugas/antrian?status=submitted,extended&q=budi&tenggat=lewat&urut=nomor&arah=turun&hal=2&per=50&petugas=kosong')
    expect(lastQuery()).toMatchObject({
      statuses: ['submitted', 'extended'], search: 'budi', due: 'overdue', sort: 'number', descending: true,
      limit: 50, offset: 50, assignee: 'unassigned',
    })
    expect((wrapper!.get('#queue-search').element as HTMLInputElement).value).toBe('budi')
    expect((wrapper!.get('#queue-due').element as HTMLSelectElement).value).toBe('overdue')
  })

  it('applying the filters puts them in the URL; back and forward load those views again', async () => {
    const { router } = await open()
    await wrapper!.get('#queue-search').setValue('  dana desa ')
    await wrapper!.get('input[value="needs_completion"]').setValue(true)
    await wrapper!.get('#queue-channel').setValue('surat')
    await wrapper!.get('form').trigger('submit')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: 'dana desa', status: 'needs_completion', saluran: 'surat' })
    expect(lastQuery()).toMatchObject({ search: 'dana desa', statuses: ['needs_completion'], channel: 'surat', offset: 0 })

    router.back()
    await flushPromises()
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/petugas/antrian'))
    await flushPromises()
    expect(lastQuery()).toMatchObject({ search: '', statuses: [], channel: null })
    expect((wrapper!.get('#queue-search').element as HTMLInputElement).value).toBe('')
  })

  it('clearing the filters keeps the sort order and page size', async () => {
    const { router } = await open('/petugas/antrian?status=submitted&q=x&urut=nomor&per=100&hal=3')
    const reset = wrapper!.findAll('button').find((b) => b.text() === 'Hapus saringan')!
    await reset.trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ urut: 'nomor', per: '100' })
  })

  it('shows a real table with caption and scopes, and the deadline in words as well as colour', async () => {
    await open()
    expect(wrapper!.get('caption').text()).toContain('tenggat')
    expect(wrapper!.findAll('thead th').every((th) => th.attributes('scope') === 'col')).toBe(true)
    expect(wrapper!.get('thead th[aria-sort]').text()).toBe('Tenggat')
    const deadlines = wrapper!.findAll('.queue-deadline')
    expect(deadlines.map((d) => [d.attributes('data-tone'), d.get('strong').text()])).toEqual([
      ['late', 'Terlambat 3 hari kerja'], ['soon', 'Sisa 1 hari kerja'], ['calm', 'Sisa 5 hari kerja'],
    ])
    expect(wrapper!.findAll('tbody td').some((td) => td.text() === 'petugas@kukar.test')).toBe(true)
    expect(live()).toBe('1–3 dari 3 permohonan')
  })

  it('pages through the view in the URL', async () => {
    vi.mocked(api.fetchQueuePage).mockResolvedValue({ total: 60, items: [item(1)] })
    const { router } = await open()
    await wrapper!.get('[data-pager="next"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ hal: '2' })
    expect(lastQuery().offset).toBe(25)
  })

  it('j/k and the arrow keys move between requests; / goes to the search box', async () => {
    await open()
    const links = wrapper!.findAll('[data-queue-row]')
    expect(links).toHaveLength(3)
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }))
    expect(document.activeElement).toBe(links[0]!.element)
    links[0]!.element.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }))
    expect(document.activeElement).toBe(links[1]!.element)
    links[1]!.element.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }))
    links[2]!.element.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }))
    expect(document.activeElement).toBe(links[2]!.element)
    links[2]!.element.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', bubbles: true }))
    expect(document.activeElement).toBe(links[1]!.element)
    expect(links[1]!.attributes('href')).toBe('/petugas/permohonan/00000000-0000-4000-8000-000000000002')
    links[1]!.element.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true }))
    expect(document.activeElement?.id).toBe('queue-search')
    // Typing in the search box is typing, not a shortcut.
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }))
    expect(document.activeElement?.id).toBe('queue-search')
    expect(wrapper!.text()).toContain('Pintasan papan ketik')
  })

  it('polls every 30 s while visible and announces new requests politely without moving focus', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    await open()
    const links = wrapper!.findAll('[data-queue-row]')
    ;(links[2]!.element as HTMLElement).focus()
    expect(api.fetchQueuePage).toHaveBeenCalledTimes(1)
    vi.mocked(api.fetchQueuePage).mockResolvedValue({ total: 5, items: [item(4), item(5), item(1), item(2), item(3)] })
    vi.advanceTimersByTime(30_000)
    await flushPromises()
    expect(api.fetchQueuePage).toHaveBeenCalledTimes(2)
    expect(wrapper!.get('[data-live]').attributes('aria-live')).toBe('polite')
    expect(live()).toContain('2 permohonan baru')
    expect(document.activeElement).toBe(links[2]!.element)

    // A hidden tab is not polled; it catches up once visible again.
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden')
    vi.advanceTimersByTime(30_000)
    await flushPromises()
    expect(api.fetchQueuePage).toHaveBeenCalledTimes(2)
    vi.mocked(api.fetchQueuePage).mockResolvedValue({ total: 6, items: [item(6), item(4), item(5), item(1), item(2), item(3)] })
    visibility.mockReturnValue('visible')
    document.dispatchEvent(new Event('visibilitychange'))
    await flushPromises()
    expect(api.fetchQueuePage).toHaveBeenCalledTimes(3)
    expect(live()).toContain('1 permohonan baru')
    expect(wrapper!.findAll('[data-queue-row]')).toHaveLength(6)

    // Changing the view starts counting again.
    await wrapper!.get('#queue-search').setValue('budi')
    await wrapper!.get('form').trigger('submit')
    await flushPromises()
    expect(live()).not.toContain('permohonan baru')
  })

  it('exports every row of the current view as CSV', async () => {
    await open('/petugas/antrian?status=submitted')
    vi.mocked(api.fetchWholeQueue).mockResolvedValue([item(1), item(2, { applicant_name: '=HYPERLINK("x")' })])
    await wrapper!.get('[data-export]').trigger('click')
    await flushPromises()
    expect(vi.mocked(api.fetchWholeQueue).mock.lastCall![0]).toMatchObject({ statuses: ['submitted'] })
    const [name, content] = vi.mocked(csv.downloadText).mock.lastCall!
    expect(name).toMatch(/^antrean-permohonan-\d{4}-\d{2}-\d{2}\.csv$/)
    expect(content.split('\r\n')).toHaveLength(4)
    expect(content).toContain("'=HYPERLINK")
    expect(live()).toContain('CSV berisi 2 permohonan telah diunduh.')
  })

  it('says so when the database refuses', async () => {
    const { DbFailure } = await import('@/api/errors')
    vi.mocked(api.fetchQueuePage).mockRejectedValue(new DbFailure('no', 'forbidden', 'PT403'))
    await open()
    expect(wrapper!.get('[aria-live="assertive"]').text()).toContain('Antrean hanya untuk petugas')
  })
})
