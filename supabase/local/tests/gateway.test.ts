import { connect } from 'node:net'
import { describe, expect, test } from 'vitest'
import { raw, stack } from './helpers.ts'

const KONG_502 = { message: 'An invalid response was received from the upstream server' }

/** Writes bytes on a fresh TCP connection to the gateway; resolves with what came back when it closes. */
function rawExchange(payload: string, timeoutMs = 3000): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(new URL(stack().url).port), '127.0.0.1')
    let out = ''
    socket.setEncoding('latin1')
    socket.on('data', (d: string) => (out += d))
    socket.on('close', () => resolve(out))
    socket.on('error', reject)
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`no close within ${timeoutMs} ms; got ${JSON.stringify(out)}`)))
    socket.write(payload)
  })
}

/** Sends the headers and part of a body, then hangs up. */
function abortedUpload(path: string, key: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(new URL(stack().url).port), '127.0.0.1', () => {
      socket.write(
        `POST ${path} HTTP/1.1\r\nhost: x\r\napikey: ${key}\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{"id": 77, "ti`,
      )
      setTimeout(() => socket.destroy(), 20)
    })
    socket.on('close', () => resolve())
    socket.on('error', reject)
  })
}

const board = () => raw('/rest/v1/board?select=id,title')

describe('apikey', () => {
  test('missing: 401 with the gateway message, for REST and Auth alike', async () => {
    for (const path of ['/rest/v1/board', '/auth/v1/user', '/auth/v1/settings']) {
      const res = await raw(path, { key: 'none' })
      expect(res.status).toBe(401)
      expect(res.json).toEqual({ message: 'No API key found in request', hint: 'No `apikey` request header or url param was found.' })
    }
  })

  test('wrong: 401 Invalid API key, even with a valid user token beside it', async () => {
    const res = await raw('/rest/v1/board', { headers: { apikey: 'not-a-key', authorization: `Bearer ${stack().anonKey}` } })
    expect(res.status).toBe(401)
    expect(res.json).toEqual({ message: 'Invalid API key', hint: 'Double check your Supabase `anon` or `service_role` API key.' })
  })

  test('as ?apikey= it works, and is not passed on to PostgREST as a filter', async () => {
    const s = stack()
    const res = await raw(`/rest/v1/board?select=id&apikey=${s.anonKey}`, { key: 'none' })
    expect([res.status, res.json]).toEqual([200, [{ id: 1 }]])
    const alone = await raw(`/rest/v1/board?apikey=${s.anonKey}`, { key: 'none' })
    expect([alone.status, alone.json]).toEqual([200, [{ id: 1, title: 'Selamat datang' }]])
    const auth = await raw(`/auth/v1/settings?apikey=${s.anonKey}`, { key: 'none' })
    expect(auth.status).toBe(200)
  })

  test('/auth/v1/verify is reached without an apikey (email links): GoTrue redirects', async () => {
    const res = await raw('/auth/v1/verify?token=nope&type=signup', { key: 'none' })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toMatch(/error_code=otp_expired/)
  })
})

describe('routing and CORS', () => {
  test('an unknown prefix is 404 with Kong’s message', async () => {
    for (const path of ['/nothing', '/rest/v2/board', '/restv1/board']) {
      const res = await raw(path)
      expect(res.status).toBe(404)
      expect(res.json).toEqual({ message: 'no Route matched with those values' })
    }
  })

  test('a preflight OPTIONS answers 200 without an apikey and echoes the requested headers', async () => {
    const res = await raw('/rest/v1/notes', {
      method: 'OPTIONS',
      key: 'none',
      headers: {
        origin: 'http://127.0.0.1:5173',
        'access-control-request-method': 'PATCH',
        'access-control-request-headers': 'authorization,x-client-info,apikey,content-type,prefer',
      },
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('access-control-allow-headers')).toBe('authorization,x-client-info,apikey,content-type,prefer')
    expect(res.headers.get('access-control-allow-methods')).toContain('PATCH')
    expect(res.text).toBe('')
  })

  test('answers carry CORS headers that expose content-range', async () => {
    const res = await board()
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('access-control-expose-headers')).toContain('content-range')
  })
})

describe('upstream answers pass through untouched', () => {
  const same = ['content-type', 'content-range', 'content-location', 'content-profile', 'preference-applied', 'server']

  test.each([
    ['GET', '/board?select=id,title', { prefer: 'count=exact' }],
    ['HEAD', '/board', { prefer: 'count=exact' }],
    ['GET', '/notes?select=id', {}],
    ['GET', '/no_such_table', {}],
    ['GET', '/board?id=zz.1', {}],
    ['POST', '/rpc/whoami', { 'content-type': 'application/json' }],
  ])('%s %s: status, headers and body as PostgREST gave them', async (method, path, extra) => {
    const s = stack()
    const init = { method, body: method === 'POST' ? '{}' : undefined }
    const direct = await fetch(`${s.postgrestUrl}${path}`, { ...init, headers: { ...extra, authorization: `Bearer ${s.anonKey}` } })
    const via = await raw(`/rest/v1${path}`, { ...init, headers: extra })
    expect(via.status).toBe(direct.status)
    for (const h of same) expect([h, via.headers.get(h)]).toEqual([h, direct.headers.get(h)])
    expect(via.text).toBe(await direct.text())
  })

  test('count=exact gives content-range 0-0/1 through the gateway', async () => {
    const res = await raw('/rest/v1/board?select=id', { headers: { prefer: 'count=exact' } })
    expect(res.headers.get('content-range')).toBe('0-0/1')
  })
})

describe('malformed requests', () => {
  test('invalid JSON to /rest/v1: PostgREST’s 400 PGRST102', async () => {
    const res = await raw('/rest/v1/board', { method: 'POST', key: 'service', body: '{"id": 2,' })
    expect(res.status).toBe(400)
    expect(res.json).toEqual({ code: 'PGRST102', details: null, hint: null, message: 'Empty or invalid json' })
  })

  test('invalid JSON to /auth/v1/token: GoTrue’s 400 bad_json', async () => {
    const res = await raw('/auth/v1/token?grant_type=password', {
      method: 'POST',
      body: '{"email": ',
      headers: { 'x-supabase-api-version': '2024-01-01' },
    })
    expect(res.status).toBe(400)
    expect(res.json).toMatchObject({ code: 'bad_json' })
  })

  test('a garbage request line gets a 400 and the connection closes; the gateway goes on', async () => {
    const answer = await rawExchange('GARBAGE\r\n\r\n')
    expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/)
    expect((await board()).status).toBe(200)
  })

  test('a 64 KiB header is refused with 400 (as Kong/nginx does); the gateway goes on', async () => {
    const big = `GET /rest/v1/board HTTP/1.1\r\nhost: x\r\napikey: ${stack().anonKey}\r\nx-big: ${'a'.repeat(64 * 1024)}\r\n\r\n`
    expect(await rawExchange(big)).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/)
    expect((await board()).status).toBe(200)
  })

  test('clients that hang up mid-body leave nothing behind: 600 of them, then the gateway still answers at once', async () => {
    const s = stack()
    for (let i = 0; i < 20; i++) {
      await Promise.all(Array.from({ length: 30 }, () => abortedUpload('/rest/v1/board', s.serviceRoleKey)))
    }
    await Promise.all(Array.from({ length: 3 }, () => abortedUpload('/auth/v1/token?grant_type=password', s.anonKey)))
    const started = Date.now()
    const res = await raw('/rest/v1/board?select=id', { key: 'service', signal: AbortSignal.timeout(5000) })
    expect(res.json).toEqual([{ id: 1 }])
    expect(Date.now() - started).toBeLessThan(2000)
  })
})

describe('a PostgREST that dies (keep this last: it kills the stack’s PostgREST)', () => {
  test('requests get Kong’s 502 while it is down, and it is back within seconds', async () => {
    process.kill(stack().postgrestPid, 'SIGKILL')

    let down: Awaited<ReturnType<typeof raw>> | undefined
    for (const until = Date.now() + 3000; !down && Date.now() < until; ) {
      const res = await board()
      if (res.status >= 500) down = res
    }
    expect(down?.status).toBe(502)
    expect(down?.json).toEqual(KONG_502)
    expect(down?.headers.get('access-control-allow-origin')).toBe('*')

    const statuses = new Set<number>()
    let back: Awaited<ReturnType<typeof raw>> | undefined
    for (const until = Date.now() + 15_000; !back && Date.now() < until; ) {
      const res = await board()
      if (res.status === 200) back = res
      else statuses.add(res.status)
      if (!back) await new Promise((r) => setTimeout(r, 100))
    }
    expect(back?.json).toEqual([{ id: 1, title: 'Selamat datang' }])
    for (const status of statuses) expect(status).toBeGreaterThanOrEqual(500)
    // The new PostgREST runs with the same configuration: anon still has no grant on notes.
    expect((await raw('/rest/v1/notes')).json).toMatchObject({ code: '42501' })
  }, 30_000)
})
