import { afterAll, describe, expect, test } from 'vitest'
import { closeAgents, confirmedUser, passwordGrant, rawFrom, sleep } from './auth-helpers.ts'
import { client, mailsTo, PASSWORD, uniqueEmail } from './helpers.ts'

// The fixture config: sign_in_sign_ups = 1000 per 5 minutes (per IP and per address),
// email_sent = 4 per hour per address, max_frequency = 1s.
const LIMIT = 1000

afterAll(closeAgents)

const signInFrom = (ip: string, email: string, headers: Record<string, string> = {}) =>
  rawFrom(ip, '/auth/v1/token?grant_type=password', { method: 'POST', body: { email, password: PASSWORD }, headers })

/** `count` sign-in attempts from `ip`, 50 at a time; returns their statuses. */
async function burst(ip: string, count: number, email: (i: number) => string) {
  const statuses: number[] = []
  for (let i = 0; i < count; i += 50) {
    const batch = Array.from({ length: Math.min(50, count - i) }, (_, j) => signInFrom(ip, email(i + j)))
    statuses.push(...(await Promise.all(batch)).map((r) => r.status))
  }
  return statuses
}

describe('sign-in and sign-up requests per IP', () => {
  test('request 1000 from one IP passes, 1001 is 429; 127.0.0.1 is unaffected; forwarding headers are ignored', async () => {
    const ip = '127.42.0.1'
    const statuses = await burst(ip, LIMIT - 1, () => uniqueEmail('ip'))
    // Unknown addresses: every one of these is a plain invalid_credentials.
    expect(new Set(statuses)).toEqual(new Set([400]))
    const last = await signInFrom(ip, uniqueEmail('ip'))
    expect(last).toMatchObject({ status: 400, json: { error_code: 'invalid_credentials' } })

    const over = await signInFrom(ip, uniqueEmail('ip'), { 'x-supabase-api-version': '2024-01-01' })
    expect(over.status).toBe(429)
    expect(over.json).toEqual({ code: 'over_request_rate_limit', message: 'Request rate limit reached' })
    // Sign-up and recovery count against the same budget.
    const signup = await rawFrom(ip, '/auth/v1/signup', { method: 'POST', body: { email: uniqueEmail('ip'), password: PASSWORD } })
    expect(signup.json.error_code).toBe('over_request_rate_limit')

    const { email } = await confirmedUser('lokal')
    expect((await passwordGrant(email, PASSWORD)).status).toBe(200)

    // Forwarding headers sent by the client do not change the counted address: claiming another
    // address does not get the limited one through ...
    for (const header of ['x-forwarded-for', 'x-stack-client-ip', 'x-real-ip']) {
      const res = await signInFrom(ip, uniqueEmail('palsu'), { [header]: '203.0.113.9' })
      expect(res.status, header).toBe(429)
    }
    // ... and claiming the limited address does not get a fresh one blocked.
    const res = await signInFrom('127.42.0.2', uniqueEmail('palsu'), { 'x-forwarded-for': ip, 'x-stack-client-ip': ip })
    expect(res.status).toBe(400)
  })

  test('one address tried from several IPs hits the per-address limit', async () => {
    const target = uniqueEmail('sasaran')
    const ips = ['127.42.1.1', '127.42.1.2', '127.42.1.3', '127.42.1.4', '127.42.1.5']
    const statuses = (await Promise.all(ips.map((ip) => burst(ip, LIMIT / ips.length, () => target)))).flat()
    expect(statuses).toHaveLength(LIMIT)
    expect(new Set(statuses)).toEqual(new Set([400]))
    const over = await signInFrom('127.42.1.6', target)
    expect(over.status).toBe(429)
    expect(over.json.error_code).toBe('over_request_rate_limit')
    // The new IP itself is fine for other addresses.
    expect((await signInFrom('127.42.1.6', uniqueEmail('lain'))).status).toBe(400)
  })
})

describe('emails per address', () => {
  test('two recovery requests within max_frequency: the second is 429 over_email_send_rate_limit', async () => {
    const { email } = await confirmedUser('sering')
    expect((await client().auth.resetPasswordForEmail(email)).error).toBeNull()
    const { error } = await client().auth.resetPasswordForEmail(email)
    expect(error).toMatchObject({ status: 429, code: 'over_email_send_rate_limit' })
    expect(error?.message).toMatch(/^For security purposes, you can only request this after \d+ seconds\.$/)
    expect(await mailsTo(email)).toHaveLength(1)
    await sleep(1050)
    expect((await client().auth.resetPasswordForEmail(email)).error).toBeNull()
  })

  test('a fifth email within the hour is 429 over_email_send_rate_limit', async () => {
    const email = uniqueEmail('banyak')
    // Different kinds of email have their own max_frequency clock, as in GoTrue.
    expect((await client().auth.signUp({ email, password: PASSWORD })).error).toBeNull()
    expect((await client().auth.resetPasswordForEmail(email)).error).toBeNull()
    await sleep(1050)
    expect((await client().auth.resend({ type: 'signup', email })).error).toBeNull()
    expect((await client().auth.resetPasswordForEmail(email)).error).toBeNull()
    await sleep(1050)
    const { error } = await client().auth.resetPasswordForEmail(email)
    expect(error).toMatchObject({ status: 429, code: 'over_email_send_rate_limit', message: 'email rate limit exceeded' })
    const resend = await client().auth.resend({ type: 'signup', email })
    expect(resend.error?.code).toBe('over_email_send_rate_limit')
    expect(await mailsTo(email)).toHaveLength(4)
  })
})
