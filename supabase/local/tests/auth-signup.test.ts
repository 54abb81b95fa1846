import { isAuthWeakPasswordError } from '@supabase/supabase-js'
import { describe, expect, test } from 'vitest'
import { claimsOf, confirmedUser, followLink, sleep, sql, V2024 } from './auth-helpers.ts'
import { client, mailsTo, PASSWORD, raw, stack, uniqueEmail } from './helpers.ts'

const SITE = 'http://127.0.0.1:5173'

describe('sign-up with email confirmations on', () => {
  test('returns a user without a session, mails a link, and the link confirms and signs in', async () => {
    const email = uniqueEmail('daftar')
    const c = client()
    const { data, error } = await c.auth.signUp({
      email,
      password: PASSWORD,
      options: { data: { nama: 'Siti' }, emailRedirectTo: `${SITE}/selamat` },
    })
    expect(error).toBeNull()
    expect(data.session).toBeNull()
    expect(data.user).toMatchObject({ email, role: 'authenticated', aud: 'authenticated', user_metadata: { nama: 'Siti' } })
    expect(data.user?.email_confirmed_at).toBeUndefined()
    expect(data.user?.identities).toHaveLength(1)

    const mails = await mailsTo(email)
    expect(mails).toHaveLength(1)
    expect(mails[0]!.subject).toBe('Confirm Your Signup')
    expect(mails[0]!.otp).toMatch(/^\d{6}$/)
    const link = new URL(mails[0]!.link!)
    expect(`${link.origin}${link.pathname}`).toBe(`${stack().url}/auth/v1/verify`)
    expect(link.searchParams.get('type')).toBe('signup')
    expect(link.searchParams.get('redirect_to')).toBe(`${SITE}/selamat`)

    const early = await c.auth.signInWithPassword({ email, password: PASSWORD })
    expect(early.error).toMatchObject({ code: 'email_not_confirmed', status: 400, message: 'Email not confirmed' })

    const followed = await followLink(link.href)
    expect(followed.status).toBe(303)
    expect(followed.target).toBe(`${SITE}/selamat`)
    expect(followed.fragment.get('type')).toBe('signup')
    expect(followed.fragment.get('token_type')).toBe('bearer')
    expect(followed.fragment.get('expires_in')).toBe('3600')
    expect(followed.fragment.get('refresh_token')).toBeTruthy()
    expect(claimsOf(followed.fragment.get('access_token')!)).toMatchObject({ sub: data.user!.id, email, amr: [{ method: 'otp' }] })

    const signedIn = await c.auth.signInWithPassword({ email, password: PASSWORD })
    expect(signedIn.error).toBeNull()
    expect(signedIn.data.user?.email_confirmed_at).toBeTruthy()
    expect(signedIn.data.user?.user_metadata).toMatchObject({ nama: 'Siti', email_verified: true })

    // A link works once.
    const again = await followLink(link.href)
    expect(again.fragment.get('error_code')).toBe('otp_expired')
  })

  test('signing up again with a confirmed address answers like a new sign-up but sends nothing', async () => {
    const { email, id } = await confirmedUser('sudah')
    const { data, error } = await client().auth.signUp({ email, password: 'LainLagi99', options: { data: { x: 1 } } })
    expect(error).toBeNull()
    expect(data.session).toBeNull()
    expect(data.user).toMatchObject({ email, identities: [], user_metadata: { x: 1 }, role: '' })
    expect(data.user?.id).not.toBe(id)
    expect(await mailsTo(email)).toHaveLength(0)
    // Nothing changed on the account.
    expect((await client().auth.signInWithPassword({ email, password: 'LainLagi99' })).error?.code).toBe('invalid_credentials')
    expect((await client().auth.signInWithPassword({ email, password: PASSWORD })).error).toBeNull()
  })

  test('signing up again while unconfirmed resends the mail but keeps the first password', async () => {
    const email = uniqueEmail('ulang')
    const first = await client().auth.signUp({ email, password: PASSWORD })
    await sleep(1050) // max_frequency
    const second = await client().auth.signUp({ email, password: 'Penyerang1', options: { data: { x: 1 } } })
    expect(second.error).toBeNull()
    expect(second.data.user?.id).toBe(first.data.user?.id)
    const mails = await mailsTo(email)
    expect(mails).toHaveLength(2)
    expect((await followLink(mails[0]!.link!)).fragment.get('access_token')).toBeTruthy()
    expect((await client().auth.signInWithPassword({ email, password: 'Penyerang1' })).error?.code).toBe('invalid_credentials')
    const ok = await client().auth.signInWithPassword({ email, password: PASSWORD })
    expect(ok.error).toBeNull()
    expect(ok.data.user?.user_metadata.x).toBeUndefined()
  })

  test.each([
    ['Ab1', ['length']],
    ['abcdefghij', ['characters']],
    ['abc', ['length', 'characters']],
  ])('a weak password (%s) is refused with weak_password %j', async (password, reasons) => {
    const email = uniqueEmail('lemah')
    const { data, error } = await client().auth.signUp({ email, password })
    expect(data.user).toBeNull()
    expect(isAuthWeakPasswordError(error)).toBe(true)
    expect(error).toMatchObject({ status: 422, code: 'weak_password', reasons })
    if (reasons.includes('length')) expect(error?.message).toContain('Password should be at least 8 characters.')

    const body = JSON.stringify({ email, password })
    const versioned = await raw('/auth/v1/signup', { method: 'POST', headers: V2024, body })
    expect(versioned.status).toBe(422)
    expect(versioned.json).toEqual({ code: 'weak_password', message: error?.message, weak_password: { reasons } })
    const legacy = await raw('/auth/v1/signup', { method: 'POST', body })
    expect(legacy.json).toEqual({ code: 422, error_code: 'weak_password', msg: error?.message, weak_password: { reasons } })
    expect(await mailsTo(email)).toHaveLength(0)
  })

  test('an invalid email address is refused with 400', async () => {
    const { error } = await client().auth.signUp({ email: 'bukan-email', password: PASSWORD })
    expect(error).toMatchObject({ status: 400, code: 'validation_failed', message: 'Unable to validate email address: invalid format' })
    const res = await raw('/auth/v1/signup', { method: 'POST', body: JSON.stringify({ email: 'a@b@c', password: PASSWORD }) })
    expect(res.status).toBe(400)
    expect(res.json.error_code).toBe('validation_failed')
  })

  test.each([
    ['https://evil.example/steal', SITE],
    ['http://localhost:5173', 'http://localhost:5173'],
    ['http://127.0.0.1:5173/any/path', 'http://127.0.0.1:5173/any/path'],
    // additional_redirect_urls are globs matched whole: no path below an entry without a wildcard.
    ['http://localhost:5173/x', SITE],
  ])('emailRedirectTo %s leads to %s', async (requested, expected) => {
    const email = uniqueEmail('alih')
    await client().auth.signUp({ email, password: PASSWORD, options: { emailRedirectTo: requested } })
    const [mail] = await mailsTo(email)
    expect(new URL(mail!.link!).searchParams.get('redirect_to')).toBe(expected)
    const followed = await followLink(mail!.link!)
    expect(followed.target).toBe(expected)
    // A redirect_to edited into the link is checked again.
    const edited = new URL(mail!.link!)
    edited.searchParams.set('redirect_to', 'https://evil.example/')
    expect((await followLink(edited.href)).target).toBe(SITE)
  })

  test('a bogus or expired link redirects with error=access_denied and otp_expired', async () => {
    const bogus = await followLink(`${stack().url}/auth/v1/verify?token=deadbeef&type=signup&redirect_to=${SITE}/masuk`)
    expect(bogus.status).toBe(303)
    expect(bogus.target).toBe(`${SITE}/masuk`)
    expect(Object.fromEntries(bogus.fragment)).toEqual({
      error: 'access_denied',
      error_code: 'otp_expired',
      error_description: 'Email link is invalid or has expired',
    })

    const email = uniqueEmail('basi')
    await client().auth.signUp({ email, password: PASSWORD })
    await sql(`update auth.users set confirmation_sent_at = now() - interval '61 minutes' where email = $1`, [email])
    const [mail] = await mailsTo(email)
    const expired = await followLink(mail!.link!)
    expect(expired.fragment.get('error_code')).toBe('otp_expired')
    expect(expired.fragment.get('access_token')).toBeNull()
    expect((await client().auth.signInWithPassword({ email, password: PASSWORD })).error?.code).toBe('email_not_confirmed')
  })

  test.each(['signup', 'email'] as const)('verifyOtp with the code from the mail (type %s) signs in', async (type) => {
    const email = uniqueEmail('kode')
    await client().auth.signUp({ email, password: PASSWORD })
    const [mail] = await mailsTo(email)
    const wrong = await client().auth.verifyOtp({ email, token: mail!.otp === '000000' ? '111111' : '000000', type })
    expect(wrong.error).toMatchObject({ status: 403, code: 'otp_expired', message: 'Token has expired or is invalid' })

    const c = client()
    const { data, error } = await c.auth.verifyOtp({ email, token: mail!.otp!, type })
    expect(error).toBeNull()
    expect(data.session?.user.email).toBe(email)
    expect(data.user?.email_confirmed_at).toBeTruthy()
    expect((await c.auth.getUser()).data.user?.id).toBe(data.user?.id)
    expect((await client().auth.verifyOtp({ email, token: mail!.otp!, type })).error?.code).toBe('otp_expired')
  })

  test('resend sends a fresh confirmation; the old code stops working', async () => {
    const email = uniqueEmail('kirim')
    await client().auth.signUp({ email, password: PASSWORD })
    const tooSoon = await client().auth.resend({ type: 'signup', email })
    expect(tooSoon.error).toMatchObject({ status: 429, code: 'over_email_send_rate_limit' })
    await sleep(1050)
    const { error } = await client().auth.resend({ type: 'signup', email, options: { emailRedirectTo: `${SITE}/lagi` } })
    expect(error).toBeNull()
    const [latest, first] = await mailsTo(email)
    expect(new URL(latest!.link!).searchParams.get('redirect_to')).toBe(`${SITE}/lagi`)
    expect((await client().auth.verifyOtp({ email, token: first!.otp!, type: 'signup' })).error?.code).toBe('otp_expired')
    expect((await client().auth.verifyOtp({ email, token: latest!.otp!, type: 'signup' })).error).toBeNull()

    // Nothing to resend for a confirmed or unknown address, and the answer does not tell which.
    for (const address of [email, uniqueEmail('tidakada')]) {
      const res = await raw('/auth/v1/resend', { method: 'POST', body: JSON.stringify({ type: 'signup', email: address }) })
      expect(res).toMatchObject({ status: 200, json: {} })
    }
    expect(await mailsTo(email)).toHaveLength(2)
  })
})
