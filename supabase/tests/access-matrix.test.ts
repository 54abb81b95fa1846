import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { sql } from './helpers.ts'
import { ACTORS, CELLS, cellName, type Cell } from './matrix.ts'
import { check, closeMatrix, world, type World } from './matrix-helpers.ts'

// Every cell of matrix.ts is one test: the actor makes the call, the answer must be the cell's kind and
// status, a denied write must leave the superuser's view of the row unchanged and an allowed one must
// change it. The last block breaks the critical rules one at a time and watches their cells go red.

let w: World
beforeAll(async () => {
  w = await world()
}, 120_000)
afterAll(closeMatrix)

const groups = new Map<string, Cell[]>()
for (const cell of CELLS) {
  const key = `${cell.surface}: ${cell.resource}`
  groups.set(key, [...(groups.get(key) ?? []), cell])
}

for (const [group, cells] of groups) {
  describe(group, () => {
    for (const cell of cells) test(cellName(cell), async () => expect(await check(cell)).toBeNull())
  })
}

describe('what the matrix encodes, spelled out', () => {
  test('every table, bucket path and function row has a cell for every actor', () => {
    const rows = new Map<string, number>()
    for (const c of CELLS) if (c.surface !== 'sql') rows.set(`${c.surface} ${c.resource} ${c.op}`, (rows.get(`${c.surface} ${c.resource} ${c.op}`) ?? 0) + 1)
    expect([...rows.values()].every((n) => n === ACTORS.length)).toBe(true)
  })

  test('anon has no table at all: its only doors are lookup_request, agency_public and public_statistics', () => {
    // `absent` (a column the API does not have, for every role) is no door either.
    const anon = CELLS.filter((c) => c.actor === 'anon' && c.kind !== 'permission_denied' && c.kind !== 'absent' && c.surface !== 'storage')
    expect(new Set(anon.filter((c) => c.surface === 'table').map((c) => c.resource))).toEqual(new Set())
    expect(new Set(anon.map((c) => c.resource))).toEqual(new Set(['lookup_request', 'lookup_request (wrong secret)',
      'agency_public', 'public_statistics', 'nik_is_valid', 'is_plain_line', 'is_plain_text']))
  })

  test('the deactivated officer and the user_metadata "ppid" get exactly what citizen B gets, or less', () => {
    const rank = { allow: 2, filtered: 1, refused: 1, not_found: 1 } as Record<string, number>
    for (const variant of ['exOfficer', 'metaPpid'] as const) {
      for (const c of CELLS.filter((x) => x.actor === variant)) {
        const b = CELLS.find((x) => x.actor === 'citizenB' && x.surface === c.surface && x.resource === c.resource && x.op === c.op)!
        expect(rank[c.kind] ?? 0, cellName(c)).toBeLessThanOrEqual(rank[b.kind] ?? 0)
      }
    }
  })

  test('nobody writes requests, their history or the audit log directly, the service role included', () => {
    const writes = CELLS.filter((c) => c.surface === 'table' && c.op !== 'select'
      && ['requests', 'request_events', 'audit_log', 'user_roles'].includes(c.resource))
    expect(writes.length).toBe(4 * 3 * ACTORS.length)
    expect(writes.every((c) => c.kind === 'permission_denied')).toBe(true)
  })

  test('a role change is audited with the admin who made it', async () => {
    const rows = await sql<{ actor_id: string; detail: { role: string } }>(
      `select actor_id, detail from public.audit_log where action = 'revoke_role' and entity_id = $1 order by id`, [w.who.exOfficer.id])
    expect(rows).toEqual([
      { actor_id: w.who.admin.id, detail: { role: 'petugas' } },
      { actor_id: w.who.admin.id, detail: { role: 'ppid' } },
    ])
  })
})

// ---- Breaking the critical rules once ---------------------------------------------------------------

const cellOf = (surface: Cell['surface'], resource: string, op: string, actor: Cell['actor']) =>
  CELLS.find((c) => c.surface === surface && c.resource === resource && c.op === op && c.actor === actor)!

/** Replaces a policy's USING for the length of `fn`, then puts the original back exactly. */
async function withPolicy(table: string, name: string, using: string, fn: () => Promise<void>) {
  const [schema, relation] = table.split('.')
  const [original] = await sql<{ ddl: string; cmd: string }>(`select cmd, format('create policy %I on %I.%I as %s for %s to %s%s%s',
      policyname, schemaname, tablename, permissive, cmd, (select string_agg(quote_ident(r), ', ') from unnest(roles) r),
      coalesce(' using (' || qual || ')', ''), coalesce(' with check (' || with_check || ')', '')) ddl
    from pg_policies where schemaname = $1 and tablename = $2 and policyname = $3`, [schema, relation, name])
  if (!original) throw new Error(`no policy "${name}" on ${table}`)
  const drop = `drop policy "${name}" on ${table}`
  await sql(`${drop}; create policy "${name}" on ${table} for ${original.cmd} to authenticated using (${using})`)
  try {
    await fn()
  } finally {
    await sql(`${drop}; ${original.ddl}`)
  }
}

describe('the critical rules, broken once, turn their cells red', () => {
  test('"Citizens can read their own requests" as using (true): B reads A\'s request', async () => {
    const cell = cellOf('table', 'requests', 'select', 'citizenB')
    expect(await check(cell)).toBeNull()
    await withPolicy('public.requests', 'Citizens can read their own requests', 'true', async () => {
      expect(await check(cell)).toMatch(/^expected filtered 200, got allow 200/)
    })
    expect(await check(cell)).toBeNull()
  })

  test('"Citizens can read their own uploads" without the folder check: B downloads A\'s KTP', async () => {
    const cells = [cellOf('storage', 'identity/<A>/…', 'download', 'citizenB'), cellOf('storage', 'identity/<A>/…', 'sign', 'citizenB')]
    for (const cell of cells) expect(await check(cell)).toBeNull()
    await withPolicy('storage.objects', 'Citizens can read their own uploads', `bucket_id in ('identity', 'attachments')`, async () => {
      for (const cell of cells) expect(await check(cell)).toMatch(/^expected not_found 404, got allow 200/)
    })
    for (const cell of cells) expect(await check(cell)).toBeNull()
  })

  test('request_events without its append-only trigger: the superuser rewrites history', async () => {
    const cells = [cellOf('sql', 'request_events', 'update', 'superuser'), cellOf('sql', 'request_events', 'delete', 'superuser')]
    for (const cell of cells) expect(await check(cell)).toBeNull()
    await sql('alter table public.request_events disable trigger request_events_append_only')
    try {
      expect(await check(cells[0]!)).toBe('expected blocked_by_trigger 42501, got allow ok ')
      // The delete now meets the foreign key from notifications instead of the trigger: red all the same.
      expect(await check(cells[1]!)).toMatch(/^expected blocked_by_trigger 42501, got (allow|error) /)
    } finally {
      await sql('alter table public.request_events enable trigger request_events_append_only')
    }
    for (const cell of cells) expect(await check(cell)).toBeNull()
  })

  test('profiles.nik granted back to authenticated: staff and the owner read the full NIK by REST', async () => {
    const cells = [cellOf('table', 'profiles (nik)', 'select', 'petugas'), cellOf('table', 'profiles (nik)', 'select', 'citizenA')]
    for (const cell of cells) expect(await check(cell)).toBeNull()
    await sql('grant select (nik) on public.profiles to authenticated')
    try {
      for (const cell of cells) expect(await check(cell)).toMatch(/^expected permission_denied 403, got allow 200/)
    } finally {
      await sql('revoke select (nik) on public.profiles from authenticated')
    }
    for (const cell of cells) expect(await check(cell)).toBeNull()
  })

  test('applicant_nik_masked without its visibility check: B reads the mask of A\'s NIK with a forged row', async () => {
    const cells = [cellOf('rpc', 'applicant_nik_masked (as an RPC)', 'call', 'citizenB'), cellOf('rpc', 'applicant_nik_masked (as an RPC)', 'call', 'admin')]
    for (const cell of cells) expect(await check(cell)).toBeNull()
    const [{ def }] = await sql<{ def: string }>(`select pg_get_functiondef('public.applicant_nik_masked(public.requests)'::regprocedure) def`) as [{ def: string }]
    const broken = def.replace('if not exists (', 'if false and not exists (')
    expect(broken).not.toBe(def)
    await sql(broken)
    try {
      for (const cell of cells) expect(await check(cell)).toMatch(/^expected not_found 404, got allow 200/)
    } finally {
      await sql(def)
    }
    for (const cell of cells) expect(await check(cell)).toBeNull()
  })

  test('has_role without "active": the deactivated officer reads every request again', async () => {
    const cells = [cellOf('table', 'requests', 'select', 'exOfficer'), cellOf('rpc', 'accept_request', 'call', 'exOfficer')]
    for (const cell of cells) expect(await check(cell)).toBeNull()
    const [{ def }] = await sql<{ def: string }>(`select pg_get_functiondef('private.has_role(public.staff_role[])'::regprocedure) def`) as [{ def: string }]
    await sql(def.replace('r.active and ', ''))
    try {
      expect(await check(cells[0]!)).toMatch(/^expected filtered 200, got allow 200/)
      expect(await check(cells[1]!)).toMatch(/^expected permission_denied 403, got allow 200/)
    } finally {
      await sql(def)
    }
    for (const cell of cells) expect(await check(cell)).toBeNull()
  })
})
