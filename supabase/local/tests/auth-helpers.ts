import { Agent, request } from 'node:http'
import { decodeJwt } from 'jose'
import pg from 'pg'
import { client, PASSWORD, raw, stack, uniqueEmail } from './helpers.ts'

/** The header supabase-js sends, which switches error bodies to `{code, message}`. */
export const V2024 = { 'x-supabase-api-version': '2024-01-01' }

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The payload of a JWT, unverified (the tests check what a client would read). */
export const claimsOf = (jwt: string) => decodeJwt(jwt) as Record<string, unknown>

/** The parameters in the fragment of a redirect's Location. */
export function fragmentOf(location: string | null): URLSearchParams {
  if (!location?.includes('#')) throw new Error(`no fragment in ${String(location)}`)
  return new URLSearchParams(location.slice(location.indexOf('#') + 1))
}

/** Follows an email link as a browser would, without an apikey, and returns the 303 answer. */
export async function followLink(link: string) {
  const res = await fetch(link, { redirect: 'manual' })
  await res.body?.cancel()
  const location = res.headers.get('location')
  return { status: res.status, location, target: location?.split('#')[0], fragment: fragmentOf(location) }
}

/** A confirmed user made through the admin API (not signed in). */
export async function confirmedUser(tag = 'user', extra: Record<string, unknown> = {}) {
  const email = uniqueEmail(tag)
  const { data, error } = await client('service').auth.admin.createUser({ email, password: PASSWORD, email_confirm: true, ...extra })
  if (error) throw error
  return { email, id: data.user.id }
}

/** Signs `email` in on a fresh client and returns it with its session. */
export async function signIn(email: string, password = PASSWORD) {
  const c = client()
  const { data, error } = await c.auth.signInWithPassword({ email, password })
  if (error) throw error
  return { client: c, session: data.session }
}

export const passwordGrant = (email: string, password: string, headers: Record<string, string> = {}) =>
  raw('/auth/v1/token?grant_type=password', { method: 'POST', headers, body: JSON.stringify({ email, password }) })

export const refreshGrant = (refreshToken: string) =>
  raw('/auth/v1/token?grant_type=refresh_token', { method: 'POST', body: JSON.stringify({ refresh_token: refreshToken }) })

/** GET /auth/v1/user with a user's access token. */
export const getUserWith = (accessToken: string) =>
  raw('/auth/v1/user', { headers: { authorization: `Bearer ${accessToken}` } })

/** Runs SQL on the stack's database as superuser (to age a token, for instance). */
export async function sql(text: string, values: unknown[] = []) {
  const db = new pg.Client({ connectionString: stack().dbUrl })
  await db.connect()
  try {
    return (await db.query(text, values)).rows
  } finally {
    await db.end()
  }
}

const agents = new Map<string, Agent>()

/**
 * A JSON request to the gateway from a chosen loopback source address (127.x.y.z), so rate limits
 * per IP can be reached without touching 127.0.0.1's budget.
 */
export function rawFrom(
  localAddress: string,
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<{ status: number; json: Record<string, unknown> }> {
  let agent = agents.get(localAddress)
  if (!agent) agents.set(localAddress, (agent = new Agent({ keepAlive: true, localAddress })))
  const url = new URL(path, stack().url)
  const payload = init.body === undefined ? undefined : JSON.stringify(init.body)
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: init.method ?? 'GET',
        agent,
        headers: {
          apikey: stack().anonKey,
          ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
          ...init.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          resolve({ status: res.statusCode ?? 0, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} })
        })
        res.on('error', reject)
      },
    )
    req.on('error', reject)
    req.end(payload)
  })
}

export function closeAgents() {
  for (const agent of agents.values()) agent.destroy()
  agents.clear()
}
