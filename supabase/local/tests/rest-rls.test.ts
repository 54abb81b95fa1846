import { beforeAll, describe, expect, test } from 'vitest'
import { client, raw, signedInUser } from './helpers.ts'

type User = Awaited<ReturnType<typeof signedInUser>>
const service = client('service')

describe('notes: a table with per-user RLS and no grant to anon', () => {
  let a: User
  let b: User
  let aNote: number

  beforeAll(async () => {
    ;[a, b] = await Promise.all([signedInUser('rls-a'), signedInUser('rls-b')])
  })

  test('anon is refused with 42501: no grant, whatever the policies say', async () => {
    const res = await client().from('notes').select('id')
    expect(res.error?.code).toBe('42501')
    expect(res.error?.message).toBe('permission denied for table notes')
    expect(res.status).toBe(401)
    const insert = await client().from('notes').insert({ body: 'x', owner_id: a.user.id })
    expect(insert.error?.code).toBe('42501')
  })

  test('anon reads the board, which anon was granted and a policy opens', async () => {
    const res = await client().from('board').select('id, title')
    expect(res.error).toBeNull()
    expect(res.data).toEqual([{ id: 1, title: 'Selamat datang' }])
  })

  test('A inserts, reads, updates and deletes its own notes; owner_id defaults to auth.uid()', async () => {
    const inserted = await a.client.from('notes').insert({ body: 'catatan A' }).select().single()
    expect(inserted.error).toBeNull()
    expect(inserted.data).toMatchObject({ owner_id: a.user.id, body: 'catatan A' })
    aNote = inserted.data!.id as number

    const extra = await a.client.from('notes').insert({ body: 'dihapus nanti' }).select('id').single()
    expect(extra.error).toBeNull()

    const read = await a.client.from('notes').select('id, body').order('id')
    expect(read.data).toEqual([
      { id: aNote, body: 'catatan A' },
      { id: extra.data!.id, body: 'dihapus nanti' },
    ])

    const updated = await a.client.from('notes').update({ body: 'catatan A, diubah' }).eq('id', aNote).select('body')
    expect(updated.error).toBeNull()
    expect(updated.data).toEqual([{ body: 'catatan A, diubah' }])

    const deleted = await a.client.from('notes').delete({ count: 'exact' }).eq('id', extra.data!.id)
    expect(deleted.error).toBeNull()
    expect(deleted.count).toBe(1)
    const after = await a.client.from('notes').select('id')
    expect(after.data).toEqual([{ id: aNote }])
  })

  test("B sees none of A's notes, even asking for them by id", async () => {
    const all = await b.client.from('notes').select('id')
    expect(all.error).toBeNull()
    expect(all.data).toEqual([])
    const one = await b.client.from('notes').select('id').eq('id', aNote)
    expect(one.data).toEqual([])
  })

  test("B's update and delete of A's note touch 0 rows, and the row is unchanged", async () => {
    const upd = await b.client.from('notes').update({ body: 'dibajak' }, { count: 'exact' }).eq('id', aNote)
    expect(upd.error).toBeNull()
    expect(upd.count).toBe(0)
    const del = await b.client.from('notes').delete({ count: 'exact' }).eq('id', aNote)
    expect(del.error).toBeNull()
    expect(del.count).toBe(0)

    const truth = await service.from('notes').select('id, owner_id, body').eq('id', aNote).single()
    expect(truth.data).toEqual({ id: aNote, owner_id: a.user.id, body: 'catatan A, diubah' })
  })

  test('B cannot insert a note owned by A: the policy check refuses it (42501, 403)', async () => {
    const res = await b.client.from('notes').insert({ body: 'atas nama A', owner_id: a.user.id })
    expect(res.status).toBe(403)
    expect(res.error?.code).toBe('42501')
    expect(res.error?.message).toBe('new row violates row-level security policy for table "notes"')
    const count = await service.from('notes').select('id', { count: 'exact', head: true }).eq('owner_id', a.user.id)
    expect(count.count).toBe(1)
  })

  test('B cannot move its own note to A either (WITH CHECK on update)', async () => {
    const mine = await b.client.from('notes').insert({ body: 'milik B' }).select('id').single()
    expect(mine.error).toBeNull()
    const res = await b.client.from('notes').update({ owner_id: a.user.id }).eq('id', mine.data!.id)
    expect(res.error?.code).toBe('42501')
  })

  test('the service role bypasses RLS and sees the notes of both', async () => {
    const res = await service.from('notes').select('owner_id').in('owner_id', [a.user.id, b.user.id])
    expect(res.error).toBeNull()
    expect(new Set(res.data!.map((r) => r.owner_id))).toEqual(new Set([a.user.id, b.user.id]))
  })

  test("rpc('whoami') shows who Postgres saw: the JWT claims reach it as request.jwt.claims", async () => {
    const anon = await client().rpc('whoami')
    expect(anon.error).toBeNull()
    expect(anon.data).toMatchObject({ current_user: 'anon', role: 'anon', uid: null, email: null })
    expect(anon.data.jwt).toMatchObject({ role: 'anon', iss: 'supabase-demo' })

    const asA = await a.client.rpc('whoami')
    expect(asA.data).toMatchObject({ current_user: 'authenticated', role: 'authenticated', uid: a.user.id, email: a.email })
    expect(asA.data.jwt).toMatchObject({ sub: a.user.id, aud: 'authenticated', session_id: expect.any(String) })

    const asB = await b.client.rpc('whoami')
    expect(asB.data).toMatchObject({ current_user: 'authenticated', uid: b.user.id, email: b.email })

    const svc = await service.rpc('whoami')
    expect(svc.data).toMatchObject({ current_user: 'service_role', role: 'service_role', uid: null })
  })
})

describe('what no migration granted stays closed (2026 default privileges)', () => {
  test('the ungranted table: 42501 for anon (401), authenticated (403) and even service_role', async () => {
    const { client: user } = await signedInUser('rls-ungranted')
    const anon = await client().from('ungranted').select('id')
    expect([anon.status, anon.error?.code, anon.error?.message]).toEqual([401, '42501', 'permission denied for table ungranted'])
    const auth = await user.from('ungranted').select('id')
    expect([auth.status, auth.error?.code]).toEqual([403, '42501'])
    const svc = await service.from('ungranted').select('id')
    expect([svc.status, svc.error?.code]).toEqual([403, '42501'])
  })

  test('not_exposed(): no EXECUTE for PUBLIC, so no caller may run it', async () => {
    const anon = await client().rpc('not_exposed')
    expect([anon.status, anon.error?.code, anon.error?.message]).toEqual([401, '42501', 'permission denied for function not_exposed'])
    const svc = await service.rpc('not_exposed')
    expect([svc.status, svc.error?.code]).toEqual([403, '42501'])
  })

  test('the anon key itself sent as a bearer token is refused the same way', async () => {
    const res = await raw('/rest/v1/ungranted?select=id')
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toBe('Bearer')
    expect(res.json.code).toBe('42501')
  })
})

describe('max_rows', () => {
  test('a select returns at most api.max_rows (1000) rows, even when asking for more', async () => {
    const { client: c, user } = await signedInUser('rls-maxrows')
    const rows = Array.from({ length: 1005 }, (_, i) => ({ body: `n${i}` }))
    const ins = await c.from('notes').insert(rows)
    expect(ins.error).toBeNull()

    const all = await c.from('notes').select('id', { count: 'exact' })
    expect(all.error).toBeNull()
    expect(all.data).toHaveLength(1000)
    expect(all.count).toBe(1005)

    const asked = await c.from('notes').select('id').range(0, 1999)
    expect(asked.data).toHaveLength(1000)

    const rest = await c.from('notes').select('id').order('id').range(1000, 1999)
    expect(rest.data).toHaveLength(5)

    const svc = await service.from('notes').select('id').eq('owner_id', user.id)
    expect(svc.data).toHaveLength(1000)
  })
})
