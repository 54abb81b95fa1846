import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as api from '@/api/auth'
import { AuthApiFailure } from '@/api/auth'
import ResetPasswordPage from '@/pages/account/ResetPasswordPage.vue'
import { fakeSession } from '@/test/fixtures'
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
  vi.mocked(api.updatePassword).mockReset()
  vi.mocked(api.getSession).mockReset()
  vi.mocked(api.onAuthStateChange).mockResolvedValue(() => undefined)
})

async function open() {
  wrapper = (await mountPage(ResetPasswordPage, '/atur-ulang-kata-sandi')).wrapper
  await flushPromises()
  return wrapper
}

async function submit(page: VueWrapper, password: string, confirm = password) {
  await page.get('#reset-password').setValue(password)
  await page.get('#reset-confirm').setValue(confirm)
  await page.get('form').trigger('submit')
  await flushPromises()
}

describe('ResetPasswordPage', () => {
  it('sets the new password for the account the recovery link signed in', async () => {
    vi.mocked(api.getSession).mockResolvedValue(fakeSession('siti@contoh.id'))
    vi.mocked(api.updatePassword).mockResolvedValue()
    const page = await open()
    expect(page.text()).toContain('Untuk akun siti@contoh.id')
    await submit(page, 'SandiBaru2026')
    expect(api.updatePassword).toHaveBeenCalledWith('SandiBaru2026')
    expect(page.get('h1').text()).toBe('Kata sandi sudah diganti')
  })

  it('without a session (used or expired link) offers to ask for a new link', async () => {
    vi.mocked(api.getSession).mockResolvedValue(null)
    const page = await open()
    expect(page.get('h1').text()).toBe('Tautan tidak berlaku')
    expect(page.get('a').attributes('href')).toBe('/lupa-kata-sandi')
  })

  it('validates before sending, and explains weak and unchanged passwords next to the field', async () => {
    vi.mocked(api.getSession).mockResolvedValue(fakeSession())
    const page = await open()
    await submit(page, 'SandiBaru2026', 'SandiLain2026')
    expect(page.get('#reset-confirm-error').text()).toContain('Kata sandi tidak sama')
    expect(api.updatePassword).not.toHaveBeenCalled()

    vi.mocked(api.updatePassword).mockRejectedValueOnce(new AuthApiFailure('weak_password', 'weak', 422))
    await submit(page, 'katasandi')
    expect(page.get('#reset-password-error').text()).toContain('Kata sandi terlalu lemah')

    vi.mocked(api.updatePassword).mockRejectedValueOnce(new AuthApiFailure('unknown', 'same', 422, 'same_password'))
    await submit(page, 'SandiLama2026')
    expect(page.get('#reset-password-error').text()).toContain('harus berbeda dari kata sandi lama')
    expect(page.get('h1').text()).toBe('Buat kata sandi baru')
  })
})
