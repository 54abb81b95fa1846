import goTrueClientSource from '@supabase/auth-js/dist/module/GoTrueClient.js?raw'
import { describe, expect, it } from 'vitest'
import GoTrueAdminApi from '@/lib/supabaseAuthAdminOff'
import * as webAuthnOff from '@/lib/supabaseWebAuthnOff'

/** The names GoTrueClient imports from `from`, as written in auth-js's own source. */
function importedNames(from: string): string[] {
  const match = new RegExp(`import \\{([^}]*)\\} from '${from.replace('.', '\\.')}'`).exec(goTrueClientSource)
  if (!match) throw new Error(`GoTrueClient no longer imports from ${from}`)
  return match[1]!.split(',').map((name) => name.trim()).filter(Boolean)
}

describe('auth-js admin API left out of the build', () => {
  it('keeps the one method GoTrueClient calls itself', () => {
    expect(goTrueClientSource).toMatch(/^import GoTrueAdminApi from '\.\/GoTrueAdminApi';$/m)
    const used = new Set([...goTrueClientSource.matchAll(/this\.admin\.(\w+)/g)].map((m) => m[1]))
    expect([...used]).toEqual(['signOut'])
  })

  it('signs the user out as auth-js does: POST /logout with the scope and the user\'s token', async () => {
    const calls: { url: string; init: RequestInit }[] = []
    const fetch = (async (url: string, init: RequestInit) => {
      calls.push({ url, init })
      return new Response(null, { status: 204 })
    }) as typeof globalThis.fetch
    const admin = new GoTrueAdminApi({ url: 'http://auth.test/auth/v1', headers: { apikey: 'anon' }, fetch })
    await expect(admin.signOut('user-jwt', 'local')).resolves.toEqual({ data: null, error: null })
    expect(calls).toHaveLength(1)
    expect(calls[0]!.url).toBe('http://auth.test/auth/v1/logout?scope=local')
    expect(calls[0]!.init.method).toBe('POST')
    const headers = new Headers(calls[0]!.init.headers)
    expect(headers.get('authorization')).toBe('Bearer user-jwt')
    expect(headers.get('apikey')).toBe('anon')
    await expect(admin.signOut('user-jwt', 'nowhere' as 'local')).rejects.toThrow(/scope must be one of/)
  })

  it('answers an auth error as auth-js does, in the result', async () => {
    const fetch = (async () => new Response(JSON.stringify({ code: 403, error_code: 'session_not_found', msg: 'Session not found' }), { status: 403 })) as typeof globalThis.fetch
    const admin = new GoTrueAdminApi({ url: 'http://auth.test/auth/v1', fetch })
    const { error } = await admin.signOut('expired-jwt')
    expect(error).toMatchObject({ name: 'AuthSessionMissingError' })
  })

  it('refuses every service-role method loudly', async () => {
    const admin = new GoTrueAdminApi({ url: 'http://auth.test/auth/v1' }) as unknown as Record<string, () => unknown>
    expect(() => admin.createUser!()).toThrow(/supabase\.auth\.admin\.createUser is left out of this build/)
    expect(() => admin.listUsers).toThrow(/ppid:lean-supabase/)
    // Awaiting it (or logging it) must not throw.
    await expect(Promise.resolve(admin)).resolves.toBe(admin)
  })
})

describe('auth-js WebAuthn left out of the build', () => {
  it('exports every name GoTrueClient imports from the real module', () => {
    const names = importedNames('./lib/webauthn')
    expect(names.length).toBeGreaterThan(5)
    for (const name of names) expect(webAuthnOff, name).toHaveProperty(name)
  })

  it('reports no WebAuthn support, so the passkey calls answer with auth-js\'s own error', () => {
    expect(webAuthnOff.browserSupportsWebAuthn()).toBe(false)
    expect(goTrueClientSource).toMatch(/if \(!browserSupportsWebAuthn\(\)\) \{/)
    expect(webAuthnOff.webAuthnAbortService.createNewAbortSignal()).toBeInstanceOf(AbortSignal)
  })

  it('refuses the ceremonies and the MFA WebAuthn API loudly', () => {
    expect(() => webAuthnOff.createCredential()).toThrow(/WebAuthn \(createCredential\) is left out of this build/)
    const api = new webAuthnOff.WebAuthnApi()
    for (const method of ['enroll', 'challenge', 'verify', 'authenticate', 'register'] as const) {
      expect(() => api[method]()).toThrow(`WebAuthn (mfa.webauthn.${method})`)
    }
  })
})
