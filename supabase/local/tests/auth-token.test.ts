import { describe, expect, test } from 'vitest'
import { claimsOf, confirmedUser, getUserWith, passwordGrant, refreshGrant, signIn, sleep, V2024 } from './auth-helpers.ts'
import { client, PASSWORD, raw, stack, uniqueEmail } from './helpers.ts'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

describe('password grant', () => {
  test('a wrong password and an unknown address get the same invalid_credentials', async () => {
    const { email } = await confirmedUser('salah')
    const wrong = await client().auth.signInWithPassword({ email, password: 'BukanIni123' })
    const unknown = await client().auth.signInWithPassword({ email: uniqueEmail('entah'), password: PASSWORD })
    for (const { data, error } of [wrong, unknown]) {
      expect(data.session).toBeNull()
      expect(error).toMatchObject({ status: 400, code: 'invalid_credentials', message: 'Invalid login credentials' })
    }
    const rawWrong = await passwordGrant(email, 'BukanIni123')
    const rawUnknown = await passwordGrant(uniqueEmail('entah'), PASSWORD)
    expect(rawWrong.status).toBe(400)
    expect(rawWrong.json).toEqual(rawUnknown.json)
  })

  test('the access token carries GoTrue’s claims', async () => {
    const { email, id } = await confirmedUser('klaim', { user_metadata: { nama: 'Ani' }, app_metadata: { peran: 'warga' } })
    const before = Math.floor(Date.now() / 1000)
    const { session } = await signIn(email)
    expect(session).toMatchObject({ token_type: 'bearer', expires_in: 3600, user: { id, email } })
    const claims = claimsOf(session.access_token)
    expect(claims).toMatchObject({
      aud: 'authenticated',
      iss: `${stack().url}/auth/v1`,
      sub: id,
      email,
      phone: '',
      role: 'authenticated',
      aal: 'aal1',
      is_anonymous: false,
      app_metadata: { provider: 'email', providers: ['email'], peran: 'warga' },
      user_metadata: { nama: 'Ani' },
    })
    expect(claims.session_id).toMatch(UUID)
    expect(claims.exp).toBe(session.expires_at)
    expect(Number(claims.exp) - Number(claims.iat)).toBe(3600)
    expect(Number(claims.iat)).toBeGreaterThanOrEqual(before)
    expect(claims.amr).toEqual([{ method: 'password', timestamp: claims.iat }])

    // A refreshed token belongs to the same session and keeps how the session began.
    const refreshed = await refreshGrant(session.refresh_token)
    const next = claimsOf(refreshed.json.access_token as string)
    expect(next.session_id).toBe(claims.session_id)
    expect(next.amr).toEqual(claims.amr)
  })
})

describe('refresh_token grant', () => {
  test('rotates; the old token, presented again within the reuse interval, gets the current child', async () => {
    const { email } = await confirmedUser('putar')
    const { client: c, session } = await signIn(email)
    const { data, error } = await c.auth.refreshSession()
    expect(error).toBeNull()
    const child = data.session!.refresh_token
    expect(child).toBeTruthy()
    expect(child).not.toBe(session.refresh_token)
    expect((await getUserWith(data.session!.access_token)).json.email).toBe(email)

    // The old token is revoked: it mints nothing new, it only hands back the child (a second tab
    // refreshing at the same moment).
    const again = await refreshGrant(session.refresh_token)
    expect(again.status).toBe(200)
    expect(again.json.refresh_token).toBe(child)
    expect(claimsOf(again.json.access_token as string).session_id).toBe(claimsOf(session.access_token).session_id)
    // The child itself still rotates.
    const grandchild = await refreshGrant(child)
    expect(grandchild.json.refresh_token).not.toBe(child)
  })

  test('an older token reused after the reuse interval ends the token family', async () => {
    const { email } = await confirmedUser('curi')
    const { session } = await signIn(email)
    const a = session.refresh_token
    const b = (await refreshGrant(a)).json.refresh_token as string
    const c = (await refreshGrant(b)).json.refresh_token as string
    await sleep(2100) // refresh_token_reuse_interval = 2

    // GoTrue's exception: the parent of the active token still gets the active token back.
    expect((await refreshGrant(b)).json.refresh_token).toBe(c)

    const stolen = await raw('/auth/v1/token?grant_type=refresh_token', {
      method: 'POST',
      headers: V2024,
      body: JSON.stringify({ refresh_token: a }),
    })
    expect(stolen.status).toBe(400)
    expect(stolen.json).toEqual({ code: 'refresh_token_already_used', message: 'Invalid Refresh Token: Already Used' })
    for (const token of [c, b]) {
      const res = await refreshGrant(token)
      expect(res.status).toBe(400)
      expect(res.json.error_code).toBe('refresh_token_already_used')
    }
    const { error } = await client().auth.refreshSession({ refresh_token: c })
    expect(error).toMatchObject({ status: 400, code: 'refresh_token_already_used' })
  })

  test('an unknown refresh token is refresh_token_not_found', async () => {
    const { data, error } = await client().auth.refreshSession({ refresh_token: 'tidak-pernah-ada' })
    expect(data.session).toBeNull()
    expect(error).toMatchObject({ status: 400, code: 'refresh_token_not_found', message: 'Invalid Refresh Token: Refresh Token Not Found' })
  })
})

describe('error bodies', () => {
  test('X-Supabase-Api-Version: 2024-01-01 gets {code, message}; without it the legacy shape', async () => {
    const email = uniqueEmail('bentuk')
    const versioned = await passwordGrant(email, PASSWORD, V2024)
    expect(versioned.status).toBe(400)
    expect(versioned.json).toEqual({ code: 'invalid_credentials', message: 'Invalid login credentials' })
    expect(versioned.headers.get('x-supabase-api-version')).toBe('2024-01-01')
    expect(versioned.headers.get('x-sb-error-code')).toBe('invalid_credentials')

    const legacy = await passwordGrant(email, PASSWORD)
    expect(legacy.status).toBe(400)
    expect(legacy.json).toEqual({ code: 400, error_code: 'invalid_credentials', msg: 'Invalid login credentials' })
    expect(legacy.headers.get('x-supabase-api-version')).toBeNull()
  })
})

describe('logout', () => {
  /** Three sessions of one user, each on its own client. */
  async function threeSessions() {
    const { email } = await confirmedUser('keluar')
    return Promise.all([signIn(email), signIn(email), signIn(email)])
  }

  async function expectEnded(session: { access_token: string; refresh_token: string }) {
    const user = await raw('/auth/v1/user', { headers: { authorization: `Bearer ${session.access_token}`, ...V2024 } })
    expect(user.status).toBe(403)
    expect(user.json).toEqual({ code: 'session_not_found', message: 'Session from session_id claim in JWT does not exist' })
    const refresh = await refreshGrant(session.refresh_token)
    expect(refresh.status).toBe(400)
    expect(refresh.json.error_code).toBe('refresh_token_not_found')
  }

  async function expectAlive(session: { access_token: string; refresh_token: string }) {
    expect((await getUserWith(session.access_token)).status).toBe(200)
  }

  test('scope local ends only this session', async () => {
    const [one, two, three] = await threeSessions()
    expect((await one.client.auth.signOut({ scope: 'local' })).error).toBeNull()
    await expectEnded(one.session)
    await expectAlive(two.session)
    await expectAlive(three.session)
    expect((await refreshGrant(two.session.refresh_token)).status).toBe(200)
  })

  test('scope others ends every other session', async () => {
    const [one, two, three] = await threeSessions()
    expect((await two.client.auth.signOut({ scope: 'others' })).error).toBeNull()
    await expectEnded(one.session)
    await expectEnded(three.session)
    await expectAlive(two.session)
  })

  test('scope global (the default) ends them all; the answer is 204', async () => {
    const [one, two, three] = await threeSessions()
    const res = await raw('/auth/v1/logout', { method: 'POST', headers: { authorization: `Bearer ${one.session.access_token}` } })
    expect(res.status).toBe(204)
    expect(res.text).toBe('')
    for (const { session } of [one, two, three]) await expectEnded(session)
  })

  test('an unknown scope is a 400 and ends nothing', async () => {
    const [one] = await threeSessions()
    const res = await raw('/auth/v1/logout?scope=semua', {
      method: 'POST',
      headers: { authorization: `Bearer ${one.session.access_token}` },
    })
    expect(res.status).toBe(400)
    expect(res.json.error_code).toBe('validation_failed')
    await expectAlive(one.session)
  })
})
