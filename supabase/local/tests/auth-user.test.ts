import { describe, expect, test } from 'vitest'
import { claimsOf, confirmedUser, followLink, getUserWith, signIn, V2024 } from './auth-helpers.ts'
import { client, mailsTo, PASSWORD, raw, stack, uniqueEmail } from './helpers.ts'

describe('GET and PUT /user', () => {
  test('getUser answers the signed-in user', async () => {
    const { email, id } = await confirmedUser('saya')
    const { client: c, session } = await signIn(email)
    const { data, error } = await c.auth.getUser()
    expect(error).toBeNull()
    expect(data.user).toMatchObject({ id, email, aud: 'authenticated', role: 'authenticated' })
    expect(data.user?.identities?.[0]).toMatchObject({ provider: 'email', user_id: id, identity_data: { email, sub: id } })
    const res = await getUserWith(session.access_token)
    expect(res.status).toBe(200)
    expect(res.json.id).toBe(id)
  })

  test('updateUser merges data; a key set to null is removed', async () => {
    const { email } = await confirmedUser('data')
    const { client: c } = await signIn(email)
    expect((await c.auth.updateUser({ data: { a: 1, b: { nested: true } } })).error).toBeNull()
    const { data, error } = await c.auth.updateUser({ data: { b: null, c: 'tiga' } })
    expect(error).toBeNull()
    expect(data.user?.user_metadata).toMatchObject({ a: 1, c: 'tiga' })
    expect(data.user?.user_metadata).not.toHaveProperty('b')
    expect((await c.auth.getUser()).data.user?.user_metadata).toEqual(data.user?.user_metadata)
    // The next access token carries it.
    const refreshed = await c.auth.refreshSession()
    expect(claimsOf(refreshed.data.session!.access_token).user_metadata).toEqual(data.user?.user_metadata)
  })

  test('a user cannot set their own app_metadata', async () => {
    const { email } = await confirmedUser('nakal')
    const { client: c, session } = await signIn(email)
    const res = await raw('/auth/v1/user', {
      method: 'PUT',
      headers: { authorization: `Bearer ${session.access_token}`, ...V2024 },
      body: JSON.stringify({ app_metadata: { peran: 'admin' }, data: { x: 1 } }),
    })
    expect(res.status).toBe(403)
    expect(res.json).toEqual({ code: 'not_admin', message: 'Updating app_metadata requires admin privileges' })
    const { data } = await c.auth.getUser()
    expect(data.user?.app_metadata.peran).toBeUndefined()
    expect(data.user?.user_metadata.x).toBeUndefined()
  })

  test('a password change: the new one signs in, the same one again is same_password, other sessions end', async () => {
    const { email } = await confirmedUser('sandi')
    const { client: c, session } = await signIn(email)
    const other = await signIn(email)
    const { error } = await c.auth.updateUser({ password: 'SandiBaru77' })
    expect(error).toBeNull()
    expect((await client().auth.signInWithPassword({ email, password: PASSWORD })).error?.code).toBe('invalid_credentials')
    expect((await client().auth.signInWithPassword({ email, password: 'SandiBaru77' })).error).toBeNull()

    const same = await c.auth.updateUser({ password: 'SandiBaru77' })
    expect(same.error).toMatchObject({ status: 422, code: 'same_password', message: 'New password should be different from the old password.' })
    const weak = await c.auth.updateUser({ password: 'pendek' })
    expect(weak.error).toMatchObject({ status: 422, code: 'weak_password' })

    expect((await getUserWith(session.access_token)).status).toBe(200)
    expect((await getUserWith(other.session.access_token)).json.error_code).toBe('session_not_found')
  })

  test('an email change needs both addresses to confirm', async () => {
    const { email } = await confirmedUser('lama')
    const newEmail = uniqueEmail('baru')
    const { client: c, session } = await signIn(email)
    const { data, error } = await c.auth.updateUser({ email: newEmail }, { emailRedirectTo: 'http://127.0.0.1:5173/profil' })
    expect(error).toBeNull()
    expect(data.user).toMatchObject({ email, new_email: newEmail })

    const [toNew] = await mailsTo(newEmail)
    const [toOld] = await mailsTo(email)
    expect(toNew?.subject).toBe('Confirm Email Change')
    expect(toOld?.subject).toBe('Confirm Email Change')
    expect(toNew?.link).not.toBe(toOld?.link)

    const first = await followLink(toNew!.link!)
    expect(first.status).toBe(303)
    expect(first.target).toBe('http://127.0.0.1:5173/profil')
    expect(first.fragment.get('message')).toBe('Confirmation link accepted. Please proceed to confirm link sent to the other email')
    expect(first.fragment.get('access_token')).toBeNull()
    expect((await getUserWith(session.access_token)).json.email).toBe(email)

    const second = await followLink(toOld!.link!)
    expect(second.fragment.get('type')).toBe('email_change')
    expect(claimsOf(second.fragment.get('access_token')!).email).toBe(newEmail)
    expect((await c.auth.getUser()).data.user).toMatchObject({ email: newEmail })
    expect((await c.auth.getUser()).data.user?.new_email).toBeUndefined()

    expect((await client().auth.signInWithPassword({ email: newEmail, password: PASSWORD })).error).toBeNull()
    expect((await client().auth.signInWithPassword({ email, password: PASSWORD })).error?.code).toBe('invalid_credentials')
  })

  test('an email change to an address in use is email_exists', async () => {
    const taken = await confirmedUser('dipakai')
    const { email } = await confirmedUser('ingin')
    const { client: c } = await signIn(email)
    const { error } = await c.auth.updateUser({ email: taken.email })
    expect(error).toMatchObject({ status: 422, code: 'email_exists' })
    expect(await mailsTo(taken.email)).toHaveLength(0)
  })
})

describe('password recovery', () => {
  test('recover mails a link; an unknown address gets the same empty answer and no mail', async () => {
    const { email } = await confirmedUser('lupa')
    const { data, error } = await client().auth.resetPasswordForEmail(email, { redirectTo: 'http://127.0.0.1:5173/sandi-baru' })
    expect(error).toBeNull()
    expect(data).toEqual({})
    const [mail] = await mailsTo(email)
    expect(mail?.subject).toBe('Reset Your Password')
    const link = new URL(mail!.link!)
    expect(link.searchParams.get('type')).toBe('recovery')
    expect(link.searchParams.get('redirect_to')).toBe('http://127.0.0.1:5173/sandi-baru')
    const followed = await followLink(link.href)
    expect(followed.fragment.get('type')).toBe('recovery')
    expect(followed.fragment.get('access_token')).toBeTruthy()

    const unknown = uniqueEmail('hantu')
    expect(await client().auth.resetPasswordForEmail(unknown)).toEqual({ data: {}, error: null })
    const res = await raw('/auth/v1/recover', { method: 'POST', body: JSON.stringify({ email: unknown }) })
    expect(res.status).toBe(200)
    expect(res.json).toEqual({})
    expect(await mailsTo(unknown)).toHaveLength(0)
  })

  test('verifyOtp type recovery with the code gives a session that can set a new password', async () => {
    const { email } = await confirmedUser('pulih')
    await client().auth.resetPasswordForEmail(email)
    const [mail] = await mailsTo(email)
    const c = client()
    const { data, error } = await c.auth.verifyOtp({ email, token: mail!.otp!, type: 'recovery' })
    expect(error).toBeNull()
    expect(claimsOf(data.session!.access_token).amr).toEqual([{ method: 'otp', timestamp: expect.any(Number) }])
    expect((await c.auth.updateUser({ password: 'Pulih12345' })).error).toBeNull()
    expect((await client().auth.signInWithPassword({ email, password: 'Pulih12345' })).error).toBeNull()
    // The code was used up.
    const again = await client().auth.verifyOtp({ email, token: mail!.otp!, type: 'recovery' })
    expect(again.error).toMatchObject({ status: 403, code: 'otp_expired' })
  })
})

describe('without a user token', () => {
  test('GET /user with no Bearer token is 401 no_authorization', async () => {
    const res = await raw('/auth/v1/user', { headers: { authorization: 'Basic dXNlcjpwYXNz', ...V2024 } })
    expect(res.status).toBe(401)
    expect(res.json).toEqual({ code: 'no_authorization', message: 'This endpoint requires a Bearer token' })
  })

  test('GET /user with the anon key as Bearer is 403 bad_jwt (no sub claim)', async () => {
    const res = await raw('/auth/v1/user', { headers: { authorization: `Bearer ${stack().anonKey}` } })
    expect(res.status).toBe(403)
    expect(res.json).toEqual({ code: 403, error_code: 'bad_jwt', msg: 'invalid claim: missing sub claim' })
  })

  test('/settings and /health answer as GoTrue', async () => {
    const settings = await raw('/auth/v1/settings')
    expect(settings.status).toBe(200)
    expect(settings.json).toMatchObject({
      external: { email: true, phone: false, anonymous_users: false },
      disable_signup: false,
      mailer_autoconfirm: false,
      phone_autoconfirm: false,
      saml_enabled: false,
    })
    const health = await raw('/auth/v1/health')
    expect(health.status).toBe(200)
    expect(health.json).toMatchObject({ name: 'GoTrue', description: 'GoTrue is a user registration and authentication API' })
    expect(typeof health.json.version).toBe('string')
  })
})
