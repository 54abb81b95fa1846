import { randomUUID } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import { claimsOf, confirmedUser, followLink, getUserWith, refreshGrant, signIn, V2024 } from './auth-helpers.ts'
import { client, mailsTo, PASSWORD, raw, stack, uniqueEmail } from './helpers.ts'

// Auth reads only the Authorization header, as GoTrue behind `supabase start` does; the apikey alone is no bearer.
const asService = () => ({ key: 'service' as const, headers: { authorization: `Bearer ${stack().serviceRoleKey}` } })

const admin = () => client('service').auth.admin

describe('admin users', () => {
  test('createUser with email_confirm, user_metadata and app_metadata; the user signs in with them', async () => {
    const email = uniqueEmail('buat')
    const { data, error } = await admin().createUser({
      email,
      password: PASSWORD,
      email_confirm: true,
      user_metadata: { nama: 'Budi' },
      app_metadata: { peran: 'petugas' },
    })
    expect(error).toBeNull()
    expect(data.user).toMatchObject({
      email,
      role: 'authenticated',
      user_metadata: { nama: 'Budi', email_verified: true },
      app_metadata: { provider: 'email', providers: ['email'], peran: 'petugas' },
    })
    expect(data.user?.email_confirmed_at).toBeTruthy()
    expect(data.user?.identities).toHaveLength(1)
    expect(await mailsTo(email)).toHaveLength(0)
    const { session } = await signIn(email)
    expect(claimsOf(session.access_token)).toMatchObject({ sub: data.user!.id, app_metadata: { peran: 'petugas' } })

    const unconfirmed = uniqueEmail('belum')
    expect((await admin().createUser({ email: unconfirmed, password: PASSWORD })).data.user?.email_confirmed_at).toBeUndefined()
    expect((await client().auth.signInWithPassword({ email: unconfirmed, password: PASSWORD })).error?.code).toBe('email_not_confirmed')
  })

  test('creating a second user with the same address is 422 email_exists', async () => {
    const { email } = await confirmedUser('kembar')
    const { data, error } = await admin().createUser({ email: email.toUpperCase(), password: PASSWORD })
    expect(data.user).toBeNull()
    expect(error).toMatchObject({ status: 422, code: 'email_exists', message: 'A user with this email address has already been registered' })
  })

  test('listUsers pages with total, nextPage and lastPage from x-total-count and link', async () => {
    const made = [await confirmedUser('daftar'), await confirmedUser('daftar'), await confirmedUser('daftar')]
    const total = Number((await raw('/auth/v1/admin/users?per_page=1', asService())).headers.get('x-total-count'))
    expect(total).toBeGreaterThanOrEqual(3)
    // auth-js reads only the first digit of a page number in `link`, so keep to fewer than 10 pages.
    const perPage = Math.max(2, Math.ceil(total / 5))
    const lastPage = Math.ceil(total / perPage)
    const first = await admin().listUsers({ page: 1, perPage })
    expect(first.error).toBeNull()
    expect(first.data).toMatchObject({ aud: 'authenticated', total, nextPage: 2, lastPage })
    expect(first.data.users).toHaveLength(perPage)
    // Newest first.
    expect(first.data.users.slice(0, 2).map((u) => u.id)).toEqual([made[2]!.id, made[1]!.id])

    const res = await raw(`/auth/v1/admin/users?page=1&per_page=${perPage}`, asService())
    expect(res.headers.get('x-total-count')).toBe(String(total))
    expect(res.headers.get('link')).toMatch(
      new RegExp(`^<[^>]*[?&]page=2[&>][^>]*>; rel="next", <[^>]*[?&]page=${lastPage}[&>][^>]*>; rel="last"$`),
    )

    const last = await admin().listUsers({ page: lastPage, perPage })
    expect(last.data).toMatchObject({ nextPage: null, lastPage, total })
    expect(last.data.users).toHaveLength(total - perPage * (lastPage - 1))
  })

  test('getUserById finds the user; an unknown id is 404 user_not_found', async () => {
    const { email, id } = await confirmedUser('cari')
    expect((await admin().getUserById(id)).data.user).toMatchObject({ id, email })
    const { data, error } = await admin().getUserById(randomUUID())
    expect(data.user).toBeNull()
    expect(error).toMatchObject({ status: 404, code: 'user_not_found', message: 'User not found' })
    const bad = await raw('/auth/v1/admin/users/bukan-uuid', asService())
    expect(bad.status).toBe(404)
  })

  test('updateUserById app_metadata reaches the JWT at the next refresh; null removes a key', async () => {
    const { email, id } = await confirmedUser('naik', { app_metadata: { wilayah: 'Tenggarong' } })
    const { client: c, session } = await signIn(email)
    const updated = await admin().updateUserById(id, { app_metadata: { peran: 'petugas', wilayah: null } })
    expect(updated.error).toBeNull()
    expect(updated.data.user?.app_metadata).toEqual({ provider: 'email', providers: ['email'], peran: 'petugas' })
    expect(claimsOf(session.access_token).app_metadata).toMatchObject({ wilayah: 'Tenggarong' })
    const refreshed = await c.auth.refreshSession()
    expect(claimsOf(refreshed.data.session!.access_token).app_metadata).toEqual({
      provider: 'email', providers: ['email'], peran: 'petugas',
    })
    const { session: fresh } = await signIn(email)
    expect(claimsOf(fresh.access_token).app_metadata).toMatchObject({ peran: 'petugas' })
  })

  test('ban_duration blocks sign-in and refresh with user_banned; "none" lifts it', async () => {
    const { email, id } = await confirmedUser('larang')
    const { session } = await signIn(email)
    const banned = await admin().updateUserById(id, { ban_duration: '24h' })
    expect(new Date(banned.data.user!.banned_until!).getTime()).toBeGreaterThan(Date.now() + 23 * 3600_000)

    const denied = await client().auth.signInWithPassword({ email, password: PASSWORD })
    expect(denied.error).toMatchObject({ status: 400, code: 'user_banned', message: 'User is banned' })
    // Even with a wrong password, as GoTrue checks the ban first.
    expect((await client().auth.signInWithPassword({ email, password: 'Salah12345' })).error?.code).toBe('user_banned')
    const refresh = await refreshGrant(session.refresh_token)
    expect(refresh.status).toBe(400)
    expect(refresh.json).toMatchObject({ error_code: 'user_banned', msg: 'Invalid Refresh Token: User Banned' })

    const lifted = await admin().updateUserById(id, { ban_duration: 'none' })
    expect(lifted.data.user?.banned_until).toBeUndefined()
    expect((await client().auth.signInWithPassword({ email, password: PASSWORD })).error).toBeNull()
  })

  test('deleteUser: the user is gone, cannot sign in, and old tokens stop working', async () => {
    const { email, id } = await confirmedUser('hapus')
    const { session } = await signIn(email)
    const { error } = await admin().deleteUser(id)
    expect(error).toBeNull()
    expect((await admin().getUserById(id)).error).toMatchObject({ status: 404, code: 'user_not_found' })
    expect((await client().auth.signInWithPassword({ email, password: PASSWORD })).error?.code).toBe('invalid_credentials')
    const me = await getUserWith(session.access_token)
    expect(me.status).toBe(403)
    expect(me.json.error_code).toBe('user_not_found')
    expect((await refreshGrant(session.refresh_token)).json.error_code).toBe('refresh_token_not_found')
    // The address is free again.
    expect((await admin().createUser({ email, password: PASSWORD })).error).toBeNull()
  })

  test('generateLink recovery returns the action link and code without mailing', async () => {
    const { email, id } = await confirmedUser('tautan')
    const { data, error } = await admin().generateLink({ type: 'recovery', email, options: { redirectTo: 'http://127.0.0.1:5173/atur' } })
    expect(error).toBeNull()
    expect(data.user?.id).toBe(id)
    expect(data.properties).toMatchObject({ verification_type: 'recovery', redirect_to: 'http://127.0.0.1:5173/atur' })
    expect(data.properties?.email_otp).toMatch(/^\d{6}$/)
    const link = new URL(data.properties!.action_link)
    expect(`${link.origin}${link.pathname}`).toBe(`${stack().url}/auth/v1/verify`)
    expect(link.searchParams.get('token')).toBe(data.properties?.hashed_token)
    expect(link.searchParams.get('type')).toBe('recovery')
    expect(await mailsTo(email)).toHaveLength(0)
    const followed = await followLink(link.href)
    expect(followed.target).toBe('http://127.0.0.1:5173/atur')
    expect(claimsOf(followed.fragment.get('access_token')!).sub).toBe(id)

    const second = await admin().generateLink({ type: 'recovery', email })
    const c = client()
    expect((await c.auth.verifyOtp({ email, token: second.data.properties!.email_otp, type: 'recovery' })).error).toBeNull()

    const unknown = await admin().generateLink({ type: 'recovery', email: uniqueEmail('tiada') })
    expect(unknown.error).toMatchObject({ status: 404, code: 'user_not_found' })
  })
})

describe('admin endpoints refuse non-admins', () => {
  test.each(['anon key', 'user token'])('every admin endpoint with the %s is 403 not_admin', async (who) => {
    const target = await confirmedUser('sasaran')
    const bearer = who === 'anon key' ? stack().anonKey : (await signIn((await confirmedUser('biasa')).email)).session.access_token
    const headers = { authorization: `Bearer ${bearer}`, ...V2024 }
    const calls: [string, string, unknown?][] = [
      ['GET', '/auth/v1/admin/users'],
      ['POST', '/auth/v1/admin/users', { email: uniqueEmail('selundup'), password: PASSWORD, email_confirm: true }],
      ['GET', `/auth/v1/admin/users/${target.id}`],
      ['PUT', `/auth/v1/admin/users/${target.id}`, { app_metadata: { peran: 'admin' }, password: 'Diambil123' }],
      ['DELETE', `/auth/v1/admin/users/${target.id}`],
      ['POST', '/auth/v1/admin/generate_link', { type: 'recovery', email: target.email }],
    ]
    for (const [method, path, body] of calls) {
      const res = await raw(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
      expect(res.status, `${method} ${path}`).toBe(403)
      expect(res.json).toEqual({ code: 'not_admin', message: 'User not allowed' })
    }
    // Nothing happened to the target.
    const after = await admin().getUserById(target.id)
    expect(after.data.user?.app_metadata.peran).toBeUndefined()
    expect((await client().auth.signInWithPassword({ email: target.email, password: PASSWORD })).error).toBeNull()
  })

  test('supabase-js admin calls made with the anon key fail with not_admin', async () => {
    const { data, error } = await client('anon').auth.admin.listUsers()
    expect(data.users).toEqual([])
    expect(error).toMatchObject({ status: 403, code: 'not_admin' })
  })
})
