import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, test } from 'vitest'
import { REQUEST, sql, submit, type Actor, type Receipt } from './helpers.ts'
import { accepted, holder, member, officers, ok, refused, resident, upload, value, waitForLockWaiters, type Officers } from './process-helpers.ts'

// "Never lose anything" (security.md): parallel retries, parallel filings, officers racing each other.
// Each race is forced: a superuser session holds the lock the calls contend for until all of them wait.
let o: Officers
let warga: Actor
beforeAll(async () => {
  ;[o, warga] = await Promise.all([officers(), resident('paralel')])
})

/** Runs `calls` while `lockSql` is held, releasing it once `waiters` sessions queue behind it. */
async function race<T>(lockSql: string, params: unknown[], waiters: number, calls: () => PromiseLike<T>[]): Promise<T[]> {
  const h = await holder()
  try {
    await h.query('begin')
    await h.query(lockSql, params)
    // supabase-js builders are lazy: Promise.resolve sends them now.
    const pending = calls().map((c) => Promise.resolve(c))
    await waitForLockWaiters(waiters)
    await h.query('commit')
    return await Promise.all(pending)
  } finally {
    await h.end()
  }
}

const seq = (no: string) => Number(no.slice(-5))
const counterLock = "select last from private.registration_counters where kind = 'request' and year = extract(year from now() at time zone 'Asia/Makassar')::int for update"

describe('submission', () => {
  test('ten parallel submissions with one idempotency key file one request; all ten get its number and secret', async () => {
    const key = randomUUID()
    const results = await race('select pg_advisory_xact_lock(hashtext($1 || $2))', [warga.id, key], 10, () =>
      Array.from({ length: 10 }, () => warga.client.rpc('submit_request', { idempotency_key: key, ...REQUEST })))
    const receipts = results.map((r) => ok(r).data as Receipt)
    expect(new Set(receipts.map((r) => r.registration_no)).size).toBe(1)
    expect(new Set(receipts.map((r) => r.secret)).size).toBe(1)
    expect(receipts[0]!.secret).toMatch(/^[A-Za-z0-9_-]{24}$/)
    expect(await value('(select count(*) from public.requests where applicant_id = $1 and idempotency_key = $2)', [warga.id, key])).toBe('1')
    expect(await value("(select count(*) from public.request_events e join public.requests r on r.id = e.request_id where r.idempotency_key = $1)", [key])).toBe('1')
  })

  test('ten parallel submissions with different keys get ten consecutive numbers', async () => {
    await submit(warga) // the year's counter exists
    const filers = await Promise.all(Array.from({ length: 10 }, () => resident('paralel')))
    const results = await race(counterLock, [], 10, () => filers.map((f) => f.client.rpc('submit_request', { idempotency_key: randomUUID(), ...REQUEST })))
    const numbers = results.map((r) => seq((ok(r).data as Receipt).registration_no)).sort((a, b) => a - b)
    expect(numbers).toEqual(Array.from({ length: 10 }, (_, i) => numbers[0]! + i))
  })

  test('a failed submission does not use up a number', async () => {
    const first = await submit(warga)
    refused(await warga.client.rpc('submit_request', { idempotency_key: randomUUID(), ...REQUEST, details: 'pendek' }), 'invalid_request')
    // This one fails after the number was drawn (its attachment is not the caller's): the whole transaction goes.
    const other = await resident('lain')
    const foreign = await upload(other)
    refused(await warga.client.rpc('submit_request', { idempotency_key: randomUUID(), ...REQUEST,
      attachments: [{ bucket: 'attachments', name: foreign, kind: 'supporting' }] }), 'file_missing')
    refused(await warga.client.rpc('submit_request', { idempotency_key: randomUUID(), ...REQUEST, declaration: false }), 'declaration_required')
    const next = await submit(warga)
    expect(seq(next.registration_no)).toBe(seq(first.registration_no) + 1)
  })
})

describe('officers at the same time', () => {
  const rowLock = 'select 1 from public.requests where id = $1 for update'

  test('two officers accept the same request: one wins, the other gets 409 conflict', async () => {
    const r = await submit(warga)
    const second = await member('petugas', ['petugas'])
    const results = await race(rowLock, [r.id], 2, () => [o.petugas, second].map((p) =>
      p.client.rpc('accept_request', { request_id: r.id, expected_status: 'submitted' })))
    expect(results.map((x) => x.status).sort()).toEqual([200, 409])
    expect(results.find((x) => x.error)?.error?.hint).toBe('conflict')
    expect(await value("(select count(*) from public.request_events where request_id = $1 and kind = 'accepted')", [r.id])).toBe('1')
  })

  test('two PPIDs decide the same request differently: exactly one decision stands', async () => {
    const r = await accepted(warga, o.petugas)
    const second = await member('ppid', ['ppid'])
    const results = await race(rowLock, [r.id], 2, () => [
      o.ppid.client.rpc('decide_request', { request_id: r.id, expected_status: 'in_process', decision: 'granted_full' }),
      second.client.rpc('decide_request', { request_id: r.id, expected_status: 'in_process', decision: 'not_held_unknown' }),
    ])
    expect(results.map((x) => x.status).sort()).toEqual([200, 409])
    const winner = results.find((x) => !x.error)!.data as { decision_type: string }
    const [row] = await sql("select decision_type, (select count(*)::int from public.request_events e where e.request_id = r.id and e.kind = 'decided') as decided from public.requests r where id = $1", [r.id])
    expect(row).toEqual({ decision_type: winner.decision_type, decided: 1 })
  })
})

describe('admins revoking each other', () => {
  const adminLock = "select pg_advisory_xact_lock(hashtext('revoke_admin'))"
  const activeAdmins = async (ids: string[]) =>
    Number(await value("(select count(*) from public.user_roles where role = 'admin' and active and user_id = any($1::uuid[]))", [ids]))

  /** Only the given admins are active while `fn` runs (other test files' admins are set aside, then restored). */
  async function onlyAdmins(n: number, fn: (admins: Actor[]) => Promise<void>) {
    const others = await sql<{ user_id: string }>("update public.user_roles set active = false where role = 'admin' and active returning user_id")
    try {
      await fn(await Promise.all(Array.from({ length: n }, () => member('admin', ['admin']))))
    } finally {
      await sql("update public.user_roles set active = true where role = 'admin' and user_id = any($1::uuid[])", [others.map((x) => x.user_id)])
    }
  }

  test('the last two admins revoking each other at once leave one admin', async () => {
    await onlyAdmins(2, async ([a, b]) => {
      const results = await race(adminLock, [], 2, () => [
        a!.client.rpc('revoke_role', { target: b!.id, wanted: 'admin' }), b!.client.rpc('revoke_role', { target: a!.id, wanted: 'admin' }),
      ])
      expect(results.filter((x) => !x.error)).toHaveLength(1)
      expect(await value("(select count(*) from public.user_roles where role = 'admin' and active)")).toBe('1')
    })
  })

  test('of two admins revoking each other at once, the one revoked first can no longer act', async () => {
    await onlyAdmins(3, async ([a, b, c]) => {
      const results = await race(adminLock, [], 2, () => [
        a!.client.rpc('revoke_role', { target: b!.id, wanted: 'admin' }), b!.client.rpc('revoke_role', { target: a!.id, wanted: 'admin' }),
      ])
      expect(results.filter((x) => !x.error)).toHaveLength(1)
      expect(await activeAdmins([a!.id, b!.id, c!.id])).toBe(2)
      expect(await value("(select count(*) from public.audit_log where action = 'revoke_role' and entity_id = any($1))", [[a!.id, b!.id]])).toBe('1')
    })
  })
})
