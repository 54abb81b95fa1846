import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as api from '@/api/auth'
import { AuthApiFailure } from '@/api/auth'
import SignInPage from '@/pages/auth/SignInPage.vue'
import { useSessionStore } from '@/stores/session'
import { fakeSession } from '@/test/fixtures'
import { mountPage } from '@/test/mountPage'

vi.mock('@/api/auth', async () => (await import('@/test/mockAuthApi')).mockAuthApi())
vi.mock('@/api/roles', async () => (await import('@/test/mockRolesApi')).mockRolesApi())

let wrapper: VueWrapper | undefined

beforeEach(() => {
  vi.resetAllMocks()
  vi.mocked(api.getSession).mockResolvedValue(null)
  vi.mocked(api.onAuthStateChange).mockResolvedValue(() => undefined)
})

afterEach(() => wrapper?.unmount())

async function open(path = '/masuk') {
  const mounted = await mountPage(SignInPage, path)
  wrapper = mounted.wrapper
  return mounted
}

async function submit(email: string, password: string) {
  await wrapper!.get('#sign-in-email').setValue(email)
  await wrapper!.get('#sign-in-password').setValue(password)
  await wrapper!.get('form').trigger('submit')
  await flushPromises()
}

/** The text of the elements an input's aria-describedby points at, as a screen reader reads it. */
function description(selector: string): string {
  const ids = wrapper!.get(selector).attributes('aria-describedby')?.split(' ') ?? []
  return ids.map((id) => document.getElementById(id)?.textContent?.trim() ?? `(missing #${id})`).join(' ')
}

const liveRegion = () => wrapper!.get('[aria-live]').text()

describe('SignInPage', () => {
  it('labels both fields', async () => {
    await open()
    expect(wrapper!.get('label[for="sign-in-email"]').text()).toBe('Email')
    expect(wrapper!.get('label[for="sign-in-password"]').text()).toBe('Kata sandi')
    expect(wrapper!.get('h1').attributes('tabindex')).toBe('-1')
  })

  it('shows required-field errors tied to each field, announces them and focuses the first', async () => {
    await open()
    await submit('', '')

    expect(api.signIn).not.toHaveBeenCalled()
    expect(wrapper!.get('#sign-in-email').attributes('aria-invalid')).toBe('true')
    expect(description('#sign-in-email')).toContain('Email wajib diisi.')
    expect(description('#sign-in-password')).toContain('Kata sandi wajib diisi.')
    expect(liveRegion()).toContain('Periksa kembali isian yang ditandai.')
    expect(document.activeElement).toBe(wrapper!.get('#sign-in-email').element)
  })

  it('rejects a malformed email address before calling the server', async () => {
    await open()
    await submit('warga-contoh.id', 'rahasia123')

    expect(api.signIn).not.toHaveBeenCalled()
    expect(description('#sign-in-email')).toContain('Format email tidak valid')
    expect(description('#sign-in-email')).toContain('nama@contoh.id')
    expect(wrapper!.get('#sign-in-password').attributes('aria-invalid')).toBeUndefined()
  })

  it('maps invalid_credentials to an Indonesian message in the live region', async () => {
    vi.mocked(api.signIn).mockRejectedValue(new AuthApiFailure('invalid_credentials', 'Invalid login credentials', 400))
    const { router } = await open()
    await submit('warga@contoh.id', 'salah-sandi')

    expect(liveRegion()).toContain('Email atau kata sandi salah.')
    expect(router.currentRoute.value.name).toBe('sign-in')
    expect(wrapper!.text()).not.toContain('Invalid login credentials')
  })

  it('ties email_not_confirmed to the email field', async () => {
    vi.mocked(api.signIn).mockRejectedValue(new AuthApiFailure('email_not_confirmed', 'Email not confirmed', 400))
    await open()
    await submit('warga@contoh.id', 'rahasia123')

    expect(description('#sign-in-email')).toContain('Email Anda belum dikonfirmasi.')
    expect(liveRegion()).toContain('Email Anda belum dikonfirmasi.')
  })

  it.each([
    [new AuthApiFailure('over_request_rate_limit', 'Too many requests', 429), 'Terlalu banyak percobaan.'],
    [new AuthApiFailure('network', 'Failed to fetch', 0), 'Tidak dapat terhubung ke server.'],
    [new Error('boom'), 'Terjadi kesalahan. Silakan coba lagi.'],
  ])('maps %s to a message', async (error, message) => {
    vi.mocked(api.signIn).mockRejectedValue(error)
    await open()
    await submit('warga@contoh.id', 'rahasia123')

    expect(liveRegion()).toContain(message)
  })

  it('signs in with the trimmed email and goes to the redirect target', async () => {
    vi.mocked(api.signIn).mockResolvedValue(fakeSession())
    const { router } = await open('/masuk?redirect=/daftar%3Fa%3D1')
    await submit('  warga@contoh.id ', 'rahasia123')

    expect(api.signIn).toHaveBeenCalledWith('warga@contoh.id', 'rahasia123')
    expect(useSessionStore().isSignedIn).toBe(true)
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/daftar?a=1'))
  })

  it('ignores a redirect to another site', async () => {
    vi.mocked(api.signIn).mockResolvedValue(fakeSession())
    const { router } = await open('/masuk?redirect=//evil.example/phish')
    await submit('warga@contoh.id', 'rahasia123')

    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/'))
  })

  it('sends only one request when submitted twice while busy', async () => {
    vi.mocked(api.signIn).mockReturnValue(new Promise(() => undefined))
    await open()
    await wrapper!.get('#sign-in-email').setValue('warga@contoh.id')
    await wrapper!.get('#sign-in-password').setValue('rahasia123')
    await wrapper!.get('form').trigger('submit')
    await flushPromises()
    await wrapper!.get('form').trigger('submit')
    await flushPromises()

    expect(api.signIn).toHaveBeenCalledTimes(1)
    expect(wrapper!.get('button[type="submit"]').text()).toBe('Sedang masuk…')
    expect(wrapper!.get('button[type="submit"]').attributes('aria-disabled')).toBe('true')
  })
})
