import { beforeAll, describe, expect, test } from 'vitest'
import { client, sql, submit, type Actor } from './helpers.ts'
import { holder, member, officers, ok, resident, type Officers } from './process-helpers.ts'

// "History and audit are append-only: triggers raise on UPDATE and DELETE for every role" (security.md).
let o: Officers
let warga: Actor
let eventId: string
let auditId: string
beforeAll(async () => {
  ;[o, warga] = await Promise.all([officers(), resident('riwayat')])
  const r = await submit(warga)
  ok(await o.petugas.client.rpc('accept_request', { request_id: r.id, expected_status: 'submitted' }))
  const target = await member('calon')
  ok(await o.admin.client.rpc('grant_role', { target: target.id, wanted: 'petugas' }))
  ;[{ id: eventId }] = (await sql<{ id: string }>('select id::text from public.request_events where request_id = $1 order by id limit 1', [r.id])) as [{ id: string }]
  ;[{ id: auditId }] = (await sql<{ id: string }>("select id::text from public.audit_log where action = 'grant_role' and entity_id = $1", [target.id])) as [{ id: string }]
})

const tables = [
  { table: 'request_events', id: () => eventId, patch: { body: 'diubah' }, set: "body = 'diubah'" },
  { table: 'audit_log', id: () => auditId, patch: { action: 'diubah' }, set: "action = 'diubah'" },
]

/** The whole table as text, to prove that nothing at all changed. */
const contents = async (table: string) =>
  (await sql<{ t: string; n: number }>(`select md5(coalesce(string_agg(x::text, '|' order by x.id), '')) as t, count(*)::int as n from public.${table} x`))[0]

describe.each(tables)('$table', ({ table, id, patch, set }) => {
  test('the superuser cannot UPDATE, DELETE or TRUNCATE it: the trigger refuses', async () => {
    const before = await contents(table)
    const append = new RegExp(`${table} is append-only: (UPDATE|DELETE|TRUNCATE) is not allowed`)
    await expect(sql(`update public.${table} set ${set} where id = $1`, [id()])).rejects.toThrow(append)
    await expect(sql(`delete from public.${table} where id = $1`, [id()])).rejects.toThrow(append)
    await expect(sql(`delete from public.${table}`)).rejects.toThrow(append)
    await expect(sql(`truncate public.${table} cascade`)).rejects.toThrow(append)
    expect(await contents(table)).toEqual(before)
  })

  test('service_role cannot either, even if someone granted it the privilege: the trigger still refuses', async () => {
    const before = await contents(table)
    const h = await holder()
    try {
      for (const statement of [`update public.${table} set ${set} where id = ${id()}`, `delete from public.${table} where id = ${id()}`, `truncate public.${table} cascade`]) {
        await h.query('begin')
        await h.query(`grant update, delete, truncate on public.${table}, public.notifications to service_role`)
        await h.query('set local role service_role')
        await expect(h.query(statement)).rejects.toThrow(/append-only/)
        await h.query('rollback')
      }
      // Without the (rolled back) grant it is not even allowed to try.
      await h.query('begin')
      await h.query('set local role service_role')
      await expect(h.query(`update public.${table} set ${set} where id = ${id()}`)).rejects.toThrow(/permission denied/)
      await h.query('rollback')
    } finally {
      await h.end()
    }
    expect(await contents(table)).toEqual(before)
  })

  test('through the REST API nobody can change or remove a row: service role, admin, officer, citizen', async () => {
    const before = await contents(table)
    for (const c of [client('service'), o.admin.client, o.ppid.client, warga.client, client()]) {
      const updated = await c.from(table).update(patch).eq('id', id()).select()
      expect(updated.error?.code, 'update').toBe('42501')
      const deleted = await c.from(table).delete().eq('id', id()).select()
      expect(deleted.error?.code, 'delete').toBe('42501')
      const inserted = await c.from(table).insert(table === 'audit_log' ? { action: 'palsu', entity: 'x' } : { request_id: eventId, kind: 'palsu' })
      expect(inserted.error?.code, 'insert').toBe('42501')
    }
    expect(await contents(table)).toEqual(before)
  })
})

test('a TRUNCATE of requests that would cascade into the timeline is refused', async () => {
  const before = await contents('request_events')
  await expect(sql('truncate public.requests cascade')).rejects.toThrow(/request_events is append-only/)
  expect(await contents('request_events')).toEqual(before)
  expect(Number((await sql<{ n: number }>('select count(*)::int as n from public.requests'))[0]?.n)).toBeGreaterThan(0)
})

test('a request with a timeline cannot be deleted, by the superuser either', async () => {
  const r = await submit(warga)
  await expect(sql('delete from public.requests where id = $1', [r.id])).rejects.toThrow(/foreign key|append-only/)
  expect((await sql('select 1 from public.requests where id = $1', [r.id])).length).toBe(1)
})
