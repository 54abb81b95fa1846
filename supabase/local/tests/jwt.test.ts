import { SignJWT, base64url, decodeProtectedHeader, jwtVerify } from 'jose'
import { beforeAll, describe, expect, test } from 'vitest'
import { raw, signedInUser, stack } from './helpers.ts'

const secret = () => new TextEncoder().encode(stack().jwtSecret)
const WRONG = new TextEncoder().encode('not-the-secret-but-also-at-least-32-characters')
const now = () => Math.floor(Date.now() / 1000)

function sign(claims: Record<string, unknown>, key: Uint8Array = secret()) {
  return new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(key)
}

/** An unsecured JWT (RFC 7519 §6): header {"alg":"none"}, empty signature. */
function unsigned(claims: Record<string, unknown>) {
  const part = (o: unknown) => base64url.encode(JSON.stringify(o))
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`
}

const rest = (token: string, path = '/rest/v1/rpc/whoami') =>
  raw(path, { headers: { authorization: `Bearer ${token}` } })
const authUser = (token: string) =>
  raw('/auth/v1/user', { headers: { authorization: `Bearer ${token}`, 'x-supabase-api-version': '2024-01-01' } })

let user: Awaited<ReturnType<typeof signedInUser>>
beforeAll(async () => {
  user = await signedInUser('jwt')
})

describe('tokens made by hand with the stack’s secret', () => {
  test('a valid authenticated token works on REST: the role and claims are what was signed', async () => {
    const token = await sign({ sub: user.user.id, role: 'authenticated', aud: 'authenticated', email: user.email, exp: now() + 300 })
    const res = await rest(token)
    expect(res.status).toBe(200)
    expect(res.json).toMatchObject({ current_user: 'authenticated', role: 'authenticated', uid: user.user.id, email: user.email })
    const notes = await rest(token, '/rest/v1/notes?select=id')
    expect(notes.status).toBe(200)
    expect(notes.json).toEqual([])
  })

  test('the same token is accepted by Auth: GET /auth/v1/user answers for its sub', async () => {
    const token = await sign({ sub: user.user.id, role: 'authenticated', aud: 'authenticated', exp: now() + 300 })
    const res = await authUser(token)
    expect(res.status).toBe(200)
    expect(res.json).toMatchObject({ id: user.user.id, email: user.email })
  })

  test('a valid token whose sub has no user: REST runs it, Auth answers 403 user_not_found', async () => {
    const token = await sign({ sub: '00000000-0000-4000-8000-000000000000', role: 'authenticated', exp: now() + 300 })
    expect((await rest(token)).json).toMatchObject({ uid: '00000000-0000-4000-8000-000000000000' })
    const res = await authUser(token)
    expect(res.status).toBe(403)
    expect(res.json.code).toBe('user_not_found')
  })
})

describe('tokens that must be refused (PostgREST 12: 401 PGRST301; GoTrue: 403 bad_jwt)', () => {
  const cases: [string, () => Promise<string>, string][] = [
    ['signed with another secret', () => sign({ sub: 'x', role: 'authenticated', exp: now() + 300 }, WRONG), 'JWSError JWSInvalidSignature'],
    ['expired', () => sign({ sub: 'x', role: 'authenticated', exp: now() - 60 }), 'JWT expired'],
    ['unsigned, alg none', async () => unsigned({ sub: 'x', role: 'service_role', exp: now() + 300 }), 'JWSError JWSNoSignatures'],
    ['service_role signed with a wrong secret', () => sign({ role: 'service_role', exp: now() + 300 }, WRONG), 'JWSError JWSInvalidSignature'],
  ]

  test.each(cases)('%s: REST 401 PGRST301 with WWW-Authenticate', async (_name, make, message) => {
    const res = await rest(await make())
    expect(res.status).toBe(401)
    expect(res.json).toEqual({ code: 'PGRST301', details: null, hint: null, message })
    expect(res.headers.get('www-authenticate')).toBe(`Bearer error="invalid_token", error_description="${message}"`)
  })

  test.each(cases)('%s: /auth/v1/user 403 bad_jwt', async (_name, make) => {
    const res = await authUser(await make())
    expect(res.status).toBe(403)
    expect(res.json.code).toBe('bad_jwt')
    expect(String(res.json.message)).toMatch(/^invalid JWT: unable to parse or verify signature, /)
  })

  test('the legacy error shape without X-Supabase-Api-Version: {code: 403, error_code, msg}', async () => {
    const res = await raw('/auth/v1/user', { headers: { authorization: `Bearer ${await sign({ exp: now() - 1 }, WRONG)}` } })
    expect(res.status).toBe(403)
    expect(res.json).toMatchObject({ code: 403, error_code: 'bad_jwt' })
  })

  test('a token that is not a JWT at all: REST 401 PGRST301, Auth 403 bad_jwt', async () => {
    const res = await rest('abc.def')
    expect(res.status).toBe(401)
    expect(res.json.code).toBe('PGRST301')
    expect(String(res.json.message)).toMatch(/^JWSError \(CompactDecodeError/)
    expect((await authUser('abc.def')).json.code).toBe('bad_jwt')
  })

  test('a validly signed token for a role that does not exist: PostgREST 12 answers 400 22023', async () => {
    // PostgREST 12 maps invalid_parameter_value to 400 (PostgREST 13 made it 401, PostgREST/postgrest#3601).
    const res = await rest(await sign({ role: 'hacker', exp: now() + 300 }))
    expect(res.status).toBe(400)
    expect(res.json).toEqual({ code: '22023', details: null, hint: null, message: 'role "hacker" does not exist' })
  })

  test('a validly signed token for a role authenticator may not become: 42501 from Postgres', async () => {
    const res = await rest(await sign({ role: 'postgres', exp: now() + 300 }))
    expect(res.status).toBe(403)
    expect(res.json).toMatchObject({ code: '42501', message: 'permission denied to set role "postgres"' })
  })
})

describe("the Supabase CLI's local anon and service_role keys", () => {
  test('both verify with the stack secret as HS256 and carry the well-known claims', async () => {
    const s = stack()
    const anon = await jwtVerify(s.anonKey, secret(), { algorithms: ['HS256'] })
    expect(decodeProtectedHeader(s.anonKey)).toEqual({ alg: 'HS256', typ: 'JWT' })
    expect(anon.payload).toEqual({ iss: 'supabase-demo', role: 'anon', exp: 1983812996 })
    const svc = await jwtVerify(s.serviceRoleKey, secret(), { algorithms: ['HS256'] })
    expect(svc.payload).toEqual({ iss: 'supabase-demo', role: 'service_role', exp: 1983812996 })
  })

  test('they do not verify with another secret', async () => {
    await expect(jwtVerify(stack().anonKey, WRONG)).rejects.toThrow('signature verification failed')
  })

  test('each key as bearer runs as its role', async () => {
    const s = stack()
    expect((await rest(s.anonKey)).json).toMatchObject({ current_user: 'anon', role: 'anon' })
    expect((await rest(s.serviceRoleKey)).json).toMatchObject({ current_user: 'service_role', role: 'service_role' })
  })
})
