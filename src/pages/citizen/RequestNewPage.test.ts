import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter, type Router } from 'vue-router'
import { DbFailure } from '@/api/errors'
import * as api from '@/api/requests'
import { draftKey } from '@/composables/useRequestDraft'
import { i18n } from '@/i18n'
import RequestNewPage from '@/pages/citizen/RequestNewPage.vue'
import { routes } from '@/router'
import { useSessionStore } from '@/stores/session'
import { fakeSession } from '@/test/fixtures'
import { nextTask } from '@/lib/nextTask'

vi.mock('@/api/auth', async () => (await import('@/test/mockAuthApi')).mockAuthApi())
vi.mock('@/api/roles', async () => (await import('@/test/mockRolesApi')).mockRolesApi())
vi.mock('@/api/notifications', () => ({
  countUnread: vi.fn(() => Promise.reject(new Error('Unexpected call to api/notifications countUnread()'))),
}))
vi.mock('@/api/files', () => {
  const unexpected = (name: string) => vi.fn(() => Promise.reject(new Error(`Unexpected call to api/files ${name}()`)))
  return { uploadObject: unexpected('uploadObject'), removeObject: unexpected('removeObject'), resumableTarget: unexpected('resumableTarget') }
})
vi.mock('@/api/requests', async () => {
  const actual = await vi.importActual<typeof api>('@/api/requests')
  const unexpected = (name: string) => vi.fn(() => Promise.reject(new Error(`Unexpected call to api/requests ${name}()`)))
  return {
    ...actual,
    getFilingReadiness: unexpected('getFilingReadiness'),
    listActiveUnits: unexpected('listActiveUnits'),
    submitRequest: unexpected('submitRequest'),
  }
})

const USER = fakeSession().user.id
const RECEIPT: api.RequestReceipt = {
  id: '10000000-0000-4000-8000-000000000001', registration_no: 'PI-2026-00042', secret: 'rahasia-sekali-tampil-1234', status: 'submitted',
  received_at: '2026-03-16T01:00:00Z', received_on: '2026-03-16', due_notice_on: '2026-04-07', deadline_provisional: false,
}
const DETAILS = 'Daftar penerima beasiswa daerah 2026 per kecamatan.'
const PURPOSE = 'Bahan liputan tentang pemerataan beasiswa.'

let wrapper: VueWrapper | undefined
let router: Router

async function open() {
  setActivePinia(createPinia())
  useSessionStore().session = fakeSession()
  i18n.global.locale.value = 'id'
  router = createRouter({ history: createMemoryHistory(), routes })
  await router.push('/permohonan/baru')
  await router.isReady()
  wrapper = mount(RequestNewPage, { global: { plugins: [router, i18n] }, attachTo: document.body })
  // The page checks the profile a task after its mount (useFilingReadiness).
  await nextTask()
  await flushPromises()
  return wrapper
}

const w = () => wrapper!
const description = (selector: string) =>
  (w().get(selector).attributes('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' ')
const liveRegion = () => w().findAll('[aria-live="assertive"]').map((r) => r.text()).join(' ')
const heading = () => w().get('h2').text()

async function next() {
  await w().get('form').trigger('submit')
  await flushPromises()
}

/** Fills every step with valid answers and stops on the review step. */
async function fillToReview() {
  await w().get('#request-form-details').setValue(DETAILS)
  await w().get('#request-form-purpose').setValue(PURPOSE)
  await next()
  await w().get('#request-form-obtainMethods-salinan_softcopy').setValue(true)
  await w().get('#request-form-copyMethods-email').setValue(true)
  await next()
  await next() // proxy: filing oneself
  await next() // accessibility: none
  expect(heading()).toContain('Langkah 5 dari 5')
}

beforeEach(() => {
  vi.resetAllMocks()
  localStorage.clear()
  vi.mocked(api.getFilingReadiness).mockResolvedValue({ hasProfile: true, hasIdentityDocument: true })
  vi.mocked(api.listActiveUnits).mockResolvedValue([])
})
afterEach(() => wrapper?.unmount())

describe('RequestNewPage', () => {
  it('shows the heading and the lead while the profile is checked, then the form below them', async () => {
    let ready!: (value: api.FilingReadiness) => void
    vi.mocked(api.getFilingReadiness).mockReturnValue(new Promise((resolve) => (ready = resolve)))
    await open()
    expect(w().text()).toContain('Isi lima langkah singkat')
    expect(w().text()).toContain('Memeriksa kelengkapan profil')
    expect(w().find('form').exists()).toBe(false)
    ready({ hasProfile: true, hasIdentityDocument: true })
    await flushPromises()
    expect(w().findAll('p')[0]!.text()).toContain('Isi lima langkah singkat')
    expect(w().text()).not.toContain('Memeriksa kelengkapan profil')
    expect(w().find('form').exists()).toBe(true)
  })

  it('sends a citizen without an identity document to the profile first, and says why and who sees it', async () => {
    vi.mocked(api.getFilingReadiness).mockResolvedValue({ hasProfile: true, hasIdentityDocument: false })
    await open()
    expect(w().text()).toContain('Lengkapi profil Anda dahulu')
    expect(w().text()).toContain('Dokumen identitas belum diunggah.')
    expect(w().text()).toContain('hanya dapat dilihat oleh petugas PPID')
    expect(w().get('a[href^="/akun/profil"]').attributes('href')).toBe('/akun/profil?redirect=/permohonan/baru')
    expect(w().find('form').exists()).toBe(false)
  })

  it('validates each step before moving on, with errors tied to the fields and focus on the first', async () => {
    await open()
    expect(w().get('h1').attributes('tabindex')).toBe('-1')
    await next()
    expect(heading()).toContain('Langkah 1 dari 5')
    expect(w().get('#request-form-details').attributes('aria-invalid')).toBe('true')
    expect(description('#request-form-details')).toContain('Isian ini wajib diisi.')
    expect(description('#request-form-purpose')).toContain('Isian ini wajib diisi.')
    expect(liveRegion()).toContain('Periksa kembali isian yang ditandai.')
    expect(document.activeElement).toBe(w().get('#request-form-details').element)

    await w().get('#request-form-details').setValue('pendek')
    await w().get('#request-form-details').trigger('blur')
    expect(description('#request-form-details')).toContain('Tulis paling sedikit 10 karakter.')
    await w().get('#request-form-details').setValue(DETAILS)
    await w().get('#request-form-details').trigger('blur')
    expect(w().get('#request-form-details').attributes('aria-invalid')).toBeUndefined()

    await w().get('#request-form-purpose').setValue(PURPOSE)
    await next()
    expect(heading()).toContain('Langkah 2 dari 5: Cara memperoleh')
    await next()
    expect(description('#request-form-obtainMethods')).toContain('Pilih paling sedikit satu cara memperoleh informasi.')
    await w().get('#request-form-obtainMethods-salinan_hardcopy').setValue(true)
    await next()
    expect(description('#request-form-copyMethods')).toContain('Pilih cara mendapatkan salinan')
  })

  it('asks a proxy filing for the name and the power of attorney, and checks the NIK structure', async () => {
    await open()
    await w().get('#request-form-details').setValue(DETAILS)
    await w().get('#request-form-purpose').setValue(PURPOSE)
    await next()
    await w().get('#request-form-obtainMethods-membaca').setValue(true)
    await next()
    await w().get('#request-form-viaProxy-proxy').setValue(true)
    await w().get('#request-form-proxyNik').setValue('12345')
    await next()
    expect(heading()).toContain('Langkah 3 dari 5')
    expect(description('#request-form-proxyName')).toContain('Isian ini wajib diisi.')
    expect(description('#request-form-proxyNik')).toContain('NIK terdiri dari 16 angka')
    expect(w().text()).toContain('Unggah surat kuasa, karena permohonan diajukan melalui kuasa.')
  })

  it('keeps the text in localStorage as it is typed (never the NIK) and restores it after a reload', async () => {
    await open()
    await w().get('#request-form-details').setValue(DETAILS)
    await w().get('#request-form-purpose').setValue(PURPOSE)
    await next()
    await w().get('#request-form-obtainMethods-membaca').setValue(true)
    await next()
    await w().get('#request-form-viaProxy-proxy').setValue(true)
    await w().get('#request-form-proxyName').setValue('Budi Santoso')
    await w().get('#request-form-proxyNik').setValue('6402011505900001')
    await flushPromises()
    const stored = localStorage.getItem(draftKey(USER)) ?? ''
    expect(JSON.parse(stored)).toMatchObject({ step: 'proxy', fields: { details: DETAILS, purpose: PURPOSE, proxyName: 'Budi Santoso', viaProxy: true } })
    expect(stored).not.toContain('6402011505900001')

    wrapper!.unmount()
    await open()
    expect(liveRegion()).toContain('Isian sebelumnya dipulihkan dari perangkat ini.')
    expect(heading()).toContain('Langkah 3 dari 5')
    expect((w().get('#request-form-proxyName').element as HTMLInputElement).value).toBe('Budi Santoso')
    expect((w().get('#request-form-proxyNik').element as HTMLInputElement).value).toBe('')
  })

  it('offline during submit: says so, keeps everything, and a retry sends the same idempotency key', async () => {
    vi.mocked(api.submitRequest).mockRejectedValueOnce(new DbFailure('TypeError: Failed to fetch', 'network', '')).mockResolvedValueOnce(RECEIPT)
    await open()
    await fillToReview()
    await next()
    expect(description('#request-form-declaration')).toContain('Centang pernyataan ini')
    expect(api.submitRequest).not.toHaveBeenCalled()

    await w().get('#request-form-declaration').setValue(true)
    await next()
    expect(liveRegion()).toContain('Tidak dapat terhubung ke server')
    expect(liveRegion()).toContain('Isian Anda tetap tersimpan')
    expect(w().get('button[type="submit"]').text()).toBe('Kirim ulang')
    expect(JSON.parse(localStorage.getItem(draftKey(USER))!).fields.details).toBe(DETAILS)

    await next()
    expect(api.submitRequest).toHaveBeenCalledTimes(2)
    const [first, second] = vi.mocked(api.submitRequest).mock.calls.map(([input]) => input)
    expect(second!.idempotencyKey).toBe(first!.idempotencyKey)
    expect(first).toMatchObject({ details: DETAILS, purpose: PURPOSE, obtainMethods: ['salinan_softcopy'], copyMethods: ['email'], declaration: true, attachments: [] })
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe(`/permohonan/${RECEIPT.id}/tanda-terima`))
    expect(localStorage.getItem(draftKey(USER))).toBeNull()
  })

  it('expired session mid-form: explains, links to sign in and back, and keeps what was typed', async () => {
    vi.mocked(api.submitRequest).mockRejectedValue(new DbFailure('JWT expired', 'unknown', 'PGRST303'))
    await open()
    await fillToReview()
    await w().get('#request-form-declaration').setValue(true)
    await next()
    expect(liveRegion()).toContain('Sesi Anda telah berakhir')
    expect(w().get('a[href^="/masuk"]').attributes('href')).toBe('/masuk?redirect=/permohonan/baru')
    expect(JSON.parse(localStorage.getItem(draftKey(USER))!).fields).toMatchObject({ details: DETAILS, purpose: PURPOSE, declaration: true })
    expect(router.currentRoute.value.name).toBe('citizen-request-new')
  })

  it('translates a refusal from the database and sends nothing twice while busy', async () => {
    let answer: (value: api.RequestReceipt) => void = () => undefined
    vi.mocked(api.submitRequest).mockRejectedValueOnce(new DbFailure('x', 'identity_missing', 'P0001'))
      .mockReturnValueOnce(new Promise((resolve) => (answer = resolve)))
    await open()
    await fillToReview()
    await w().get('#request-form-declaration').setValue(true)
    await next()
    expect(liveRegion()).toContain('Unggah dokumen identitas (KTP atau akta)')
    await w().get('form').trigger('submit')
    await w().get('form').trigger('submit')
    await flushPromises()
    expect(api.submitRequest).toHaveBeenCalledTimes(2)
    expect(w().get('button[type="submit"]').text()).toBe('Mengirim…')
    answer(RECEIPT)
    await flushPromises()
  })

  it('a rejected file (text renamed .pdf) shows a clear message, uploads nothing and keeps the typed text', async () => {
    await open()
    await w().get('#request-form-details').setValue(DETAILS)
    await w().get('#request-form-purpose').setValue(PURPOSE)
    await next()
    await w().get('#request-form-obtainMethods-membaca').setValue(true)
    await next()
    await w().get('#request-form-viaProxy-proxy').setValue(true)
    await w().get('#request-form-proxyName').setValue('Budi Santoso')
    const input = w().get('#request-form-powerOfAttorney')
    const fake = new File(['<html><script>alert(1)</script></html>'], 'surat-kuasa.pdf', { type: 'application/pdf' })
    Object.defineProperty(input.element, 'files', { value: [fake], configurable: true })
    await input.trigger('change')
    await vi.waitFor(() => expect(w().find('#request-form-powerOfAttorney-error').exists()).toBe(true))
    expect(w().get('#request-form-powerOfAttorney-error').text()).not.toBe('')
    expect((w().get('#request-form-proxyName').element as HTMLInputElement).value).toBe('Budi Santoso')
    await next()
    expect(heading()).toContain('Langkah 3 dari 5')
    expect(JSON.parse(localStorage.getItem(draftKey(USER))!).fields.details).toBe(DETAILS)
  })
})
