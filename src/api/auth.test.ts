import { beforeEach, describe, expect, it, vi } from 'vitest'
import { AuthApiFailure, getSession, signIn, signUp, toAuthFailure } from '@/api/auth'
import type { DbClient } from '@/lib/supabase'
import { fakeSession } from '@/test/fixtures'

const auth = vi.hoisted(() => ({
  signInWithPassword: vi.fn(),
  signUp: vi.fn(),
  getSession: vi.fn(),
}))

vi.mock('@/lib/supabase', () => ({
  getSupabase: () => Promise.resolve({ auth } as unknown as DbClient),
  hasAuthHint: () => false,
}))

function apiError(code: string | undefined, status: number | undefined, message = 'failed') {
  return { name: 'AuthApiError', message, code, status }
}

describe('toAuthFailure', () => {
  it.each([
    ['invalid_credentials', 400, 'invalid_credentials'],
    ['email_not_confirmed', 400, 'email_not_confirmed'],
    ['weak_password', 422, 'weak_password'],
    ['user_already_exists', 422, 'user_already_exists'],
    ['email_exists', 422, 'user_already_exists'],
    ['over_request_rate_limit', 429, 'over_request_rate_limit'],
    [undefined, 429, 'over_request_rate_limit'],
    [undefined, 0, 'network'],
    ['something_new', 400, 'unknown'],
    [undefined, 500, 'unknown'],
  ])('maps code %s with status %s to %s', (code, status, expected) => {
    const failure = toAuthFailure(apiError(code, status, 'server said no'))
    expect(failure).toBeInstanceOf(AuthApiFailure)
    expect(failure.code).toBe(expected)
    expect(failure.status).toBe(status)
    expect(failure.message).toBe('server said no')
  })
})

describe('auth api', () => {
  beforeEach(() => vi.resetAllMocks())

  it('signIn returns the session on success', async () => {
    const session = fakeSession()
    auth.signInWithPassword.mockResolvedValue({ data: { session, user: session.user }, error: null })

    await expect(signIn('warga@contoh.id', 'rahasia123')).resolves.toBe(session)
    expect(auth.signInWithPassword).toHaveBeenCalledWith({ email: 'warga@contoh.id', password: 'rahasia123' })
  })

  it('signIn throws an AuthApiFailure carrying the error code', async () => {
    auth.signInWithPassword.mockResolvedValue({
      data: { session: null, user: null },
      error: apiError('invalid_credentials', 400, 'Invalid login credentials'),
    })

    await expect(signIn('warga@contoh.id', 'salah')).rejects.toMatchObject({
      name: 'AuthApiFailure',
      code: 'invalid_credentials',
    })
  })

  it('signUp passes the redirect and reports a missing session (email confirmation on)', async () => {
    const user = fakeSession().user
    auth.signUp.mockResolvedValue({ data: { session: null, user }, error: null })

    await expect(signUp('warga@contoh.id', 'rahasia123', 'http://localhost/')).resolves.toEqual({ session: null, user })
    expect(auth.signUp).toHaveBeenCalledWith({
      email: 'warga@contoh.id',
      password: 'rahasia123',
      options: { emailRedirectTo: 'http://localhost/' },
    })
  })

  it('getSession throws on failure instead of returning null', async () => {
    auth.getSession.mockResolvedValue({ data: { session: null }, error: apiError(undefined, 0, 'Failed to fetch') })

    await expect(getSession()).rejects.toMatchObject({ code: 'network' })
  })
})
