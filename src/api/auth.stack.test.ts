import { randomUUID } from 'node:crypto'
import { describe, expect, it, vi } from 'vitest'
import { requestPasswordReset, updatePassword } from '@/api/auth'
import { actAs } from '@/test/stackClient'
import { actor, client, env, PASSWORD } from '../../supabase/tests/helpers'

vi.mock('@/lib/supabase', async () => (await import('@/test/stackClient')).mockSupabaseModule())

const REDIRECT = 'http://127.0.0.1:5173/atur-ulang-kata-sandi'

async function mailsTo(email: string): Promise<{ subject: string; link?: string }[]> {
  const res = await fetch(`${env().url}/mailbox/api/messages?to=${encodeURIComponent(email)}`)
  return (await res.json()) as { subject: string; link?: string }[]
}

/** Opens the emailed link as the browser would and signs a fresh client in with the tokens it carries. */
async function followRecoveryLink(link: string) {
  const res = await fetch(link, { redirect: 'manual' })
  const location = res.headers.get('location') ?? ''
  expect(location.split('#')[0]).toBe(REDIRECT)
  const fragment = new URLSearchParams(location.slice(location.indexOf('#') + 1))
  expect(fragment.get('type')).toBe('recovery')
  const browser = client()
  const { error } = await browser.auth.setSession({
    access_token: fragment.get('access_token')!, refresh_token: fragment.get('refresh_token')!,
  })
  if (error) throw error
  return browser
}

describe('password reset (against the stack\'s Auth server)', () => {
  it('mails a link back to the reset page; after it, the new password signs in and the old one no longer does', async () => {
    const warga = await actor('lupa')
    actAs(client())
    await requestPasswordReset(warga.email, REDIRECT)
    const [mail] = await mailsTo(warga.email)
    expect(mail?.subject).toBe('Reset Your Password')
    expect(new URL(mail!.link!).searchParams.get('redirect_to')).toBe(REDIRECT)

    actAs(await followRecoveryLink(mail!.link!))
    await updatePassword('SandiBaru2026')
    expect((await client().auth.signInWithPassword({ email: warga.email, password: 'SandiBaru2026' })).error).toBeNull()
    expect((await client().auth.signInWithPassword({ email: warga.email, password: PASSWORD })).error)
      .toMatchObject({ code: 'invalid_credentials' })
  })

  it('answers an unknown address exactly like a known one, and sends it nothing', async () => {
    actAs(client())
    const unknown = `hantu-${randomUUID().slice(0, 8)}@example.test`
    await expect(requestPasswordReset(unknown, REDIRECT)).resolves.toBeUndefined()
    expect(await mailsTo(unknown)).toEqual([])
  })

  it('refuses a weak or unchanged password with codes the page explains', async () => {
    const warga = await actor('sandi-lemah')
    actAs(warga)
    await expect(updatePassword('pendek')).rejects.toMatchObject({ name: 'AuthApiFailure', code: 'weak_password' })
    await expect(updatePassword('hurufsaja')).rejects.toMatchObject({ code: 'weak_password' })
    await expect(updatePassword(PASSWORD)).rejects.toMatchObject({ code: 'unknown', rawCode: 'same_password' })
  })

  it('needs a session to set a password', async () => {
    actAs(client())
    await expect(updatePassword('SandiBaru2026')).rejects.toMatchObject({ name: 'AuthApiFailure' })
  })
})
