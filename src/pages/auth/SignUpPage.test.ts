import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as api from '@/api/auth'
import { AuthApiFailure } from '@/api/auth'
import SignUpPage from '@/pages/auth/SignUpPage.vue'
import { useSessionStore } from '@/stores/session'
import { fakeSession, fakeUser } from '@/test/fixtures'
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

async function open() {
  const mounted = await mountPage(SignUpPage, '/daftar')
  wrapper = mounted.wrapper
  return mounted
}

async function submit(email: string, password: string, confirm: string) {
  await wrapper!.get('#sign-up-email').setValue(email)
  await wrapper!.get('#sign-up-password').setValue(password)
  await wrapper!.get('#sign-up-confirm').setValue(confirm)
  await wrapper!.get('form').trigger('submit')
  await flushPromises()
}

function description(selector: string): string {
  const ids = wrapper!.get(selector).attributes('aria-describedby')?.split(' ') ?? []
  return ids.map((id) => document.getElementById(id)?.textContent?.trim() ?? `(missing #${id})`).join(' ')
}

const liveRegion = () => wrapper!.get('[aria-live]').text()

describe('SignUpPage', () => {
  it('describes the password rule before anything is typed', async () => {
    await open()
    expect(description('#sign-up-password')).toBe('Minimal 8 karakter.')
    expect(wrapper!.get('label[for="sign-up-confirm"]').text()).toBe('Ulangi kata sandi')
  })

  it('shows an error next to every empty field and focuses the first', async () => {
    await open()
    await submit('', '', '')

    expect(api.signUp).not.toHaveBeenCalled()
    expect(description('#sign-up-email')).toContain('Email wajib diisi.')
    expect(description('#sign-up-password')).toContain('Kata sandi wajib diisi.')
    expect(description('#sign-up-password')).toContain('Minimal 8 karakter.')
    expect(description('#sign-up-confirm')).toContain('Ulangi kata sandi Anda.')
    expect(liveRegion()).toContain('Periksa kembali isian yang ditandai.')
    expect(document.activeElement).toBe(wrapper!.get('#sign-up-email').element)
  })

  it('requires at least 8 characters and a matching confirmation', async () => {
    await open()
    await submit('warga@contoh.id', '1234567', '7654321')

    expect(api.signUp).not.toHaveBeenCalled()
    expect(wrapper!.get('#sign-up-email').attributes('aria-invalid')).toBeUndefined()
    expect(description('#sign-up-password')).toContain('Kata sandi minimal 8 karakter.')
    expect(description('#sign-up-confirm')).toContain('Kata sandi tidak sama.')
    expect(document.activeElement).toBe(wrapper!.get('#sign-up-password').element)
  })

  it('asks the user to check their email when the account needs confirmation', async () => {
    vi.mocked(api.signUp).mockResolvedValue({ session: null, user: fakeUser() })
    const { router } = await open()
    await submit('warga@contoh.id', 'rahasia123', 'rahasia123')

    expect(api.signUp).toHaveBeenCalledWith('warga@contoh.id', 'rahasia123', 'http://localhost:3000/')
    expect(wrapper!.find('form').exists()).toBe(false)
    const heading = wrapper!.get('h2')
    expect(heading.text()).toBe('Periksa email Anda')
    expect(document.activeElement).toBe(heading.element)
    expect(wrapper!.text()).toContain('Kami telah mengirim tautan konfirmasi ke warga@contoh.id.')
    expect(router.currentRoute.value.name).toBe('sign-up')
  })

  it('signs the user in and goes home when no confirmation is needed', async () => {
    vi.mocked(api.signUp).mockResolvedValue({ session: fakeSession(), user: fakeUser() })
    const { router } = await open()
    await submit('warga@contoh.id', 'rahasia123', 'rahasia123')

    expect(useSessionStore().isSignedIn).toBe(true)
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('home'))
  })

  it.each([
    ['user_already_exists', '#sign-up-email', 'Email ini sudah terdaftar. Silakan masuk.'],
    ['weak_password', '#sign-up-password', 'Kata sandi terlalu lemah.'],
  ] as const)('ties %s from the server to its field', async (code, field, message) => {
    vi.mocked(api.signUp).mockRejectedValue(new AuthApiFailure(code, 'rejected', 422))
    await open()
    await submit('warga@contoh.id', 'rahasia123', 'rahasia123')

    expect(wrapper!.get(field).attributes('aria-invalid')).toBe('true')
    expect(description(field)).toContain(message)
    expect(liveRegion()).toContain(message)
  })

  it('reports a rate limit without blaming a field', async () => {
    vi.mocked(api.signUp).mockRejectedValue(new AuthApiFailure('over_email_send_rate_limit', 'rate limited', 429))
    await open()
    await submit('warga@contoh.id', 'rahasia123', 'rahasia123')

    expect(liveRegion()).toContain('Terlalu banyak email dikirim.')
    expect(wrapper!.findAll('[aria-invalid="true"]')).toHaveLength(0)
  })
})
