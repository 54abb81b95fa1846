import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as api from '@/api/auth'
import { AuthApiFailure } from '@/api/auth'
import ForgotPasswordPage from '@/pages/account/ForgotPasswordPage.vue'
import { mountPage } from '@/test/mountPage'

vi.mock('@/api/auth', async () => ({
  ...(await (await import('@/test/mockAuthApi')).mockAuthApi()),
  requestPasswordReset: vi.fn(() => Promise.reject(new Error('Unexpected requestPasswordReset()'))),
  updatePassword: vi.fn(() => Promise.reject(new Error('Unexpected updatePassword()'))),
}))
vi.mock('@/api/roles', async () => (await import('@/test/mockRolesApi')).mockRolesApi())

let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())
beforeEach(() => {
  vi.mocked(api.requestPasswordReset).mockReset()
})

async function open() {
  wrapper = (await mountPage(ForgotPasswordPage, '/lupa-kata-sandi')).wrapper
  return wrapper
}

describe('ForgotPasswordPage', () => {
  it('sends the link back to the reset page and says so without revealing whether the account exists', async () => {
    vi.mocked(api.requestPasswordReset).mockResolvedValue()
    const page = await open()
    await page.get('#forgot-email').setValue(' warga@contoh.id ')
    await page.get('form').trigger('submit')
    await flushPromises()

    expect(api.requestPasswordReset).toHaveBeenCalledWith('warga@contoh.id', `${window.location.origin}/atur-ulang-kata-sandi`)
    expect(page.get('h1').text()).toBe('Periksa email Anda')
    expect(page.text()).toContain('Jika warga@contoh.id terdaftar')
    expect(document.activeElement).toBe(page.get('h1').element)
  })

  it('checks the address before asking the server', async () => {
    const page = await open()
    await page.get('#forgot-email').setValue('bukan-email')
    await page.get('form').trigger('submit')
    await flushPromises()
    expect(page.get('#forgot-email-error').text()).toContain('Format email tidak valid')
    expect(api.requestPasswordReset).not.toHaveBeenCalled()
  })

  it('explains a rate limit and keeps the address', async () => {
    vi.mocked(api.requestPasswordReset).mockRejectedValue(new AuthApiFailure('over_email_send_rate_limit', 'limit', 429))
    const page = await open()
    await page.get('#forgot-email').setValue('warga@contoh.id')
    await page.get('form').trigger('submit')
    await flushPromises()
    expect(page.get('[aria-live=assertive]').text()).toContain('Terlalu banyak email dikirim')
    expect(page.get<HTMLInputElement>('#forgot-email').element.value).toBe('warga@contoh.id')
  })
})
