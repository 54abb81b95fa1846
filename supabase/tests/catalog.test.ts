import { describe, expect, test } from 'vitest'
import { env, sql } from './helpers.ts'
import { RPCS, TABLES } from './matrix.ts'

// The rules of security.md that the catalog can prove for every object at once, present and future:
// a new table, view, function or bucket that breaks one fails here before any matrix cell is written.

const names = async (text: string, params: unknown[] = []) =>
  (await sql<{ name: string }>(text, params)).map((r) => r.name).sort()
const base = (resource: string) => resource.replace(/ \(.*\)$/, '')

describe('tables and views', () => {
  test('RLS is enabled on every table in public, and on storage.objects and storage.buckets', async () => {
    expect(await names(`select n.nspname || '.' || c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p') and not c.relrowsecurity
        and (n.nspname = 'public' or (n.nspname = 'storage' and c.relname in ('objects', 'buckets')))`)).toEqual([])
  })

  test('every table and view in public is in the access matrix, and nothing else is', async () => {
    const relations = await names(`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'f')`)
    expect(relations).toEqual([...new Set(Object.keys(TABLES).map(base))].sort())
  })

  test('anon holds no privilege on any table, view, column or sequence in public', async () => {
    expect(await names(`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and (
        (c.relkind in ('r', 'p', 'v', 'm', 'f') and (has_table_privilege('anon', c.oid, 'select, insert, update, delete, truncate, references, trigger')
          or has_any_column_privilege('anon', c.oid, 'select, insert, update, references')))
        or (c.relkind = 'S' and has_sequence_privilege('anon', c.oid, 'usage, select, update')))`)).toEqual([])
  })

  test('nothing in public or private is granted to PUBLIC, and private holds nothing for the API roles', async () => {
    expect(await names(`select n.nspname || '.' || c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname in ('public', 'private') and exists (select 1 from aclexplode(c.relacl) a where a.grantee = 0)`)).toEqual([])
    expect(await names(`select c.relname || ' to ' || r.rolname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      cross join (values ('anon'), ('authenticated')) r(rolname)
      where n.nspname = 'private' and c.relkind in ('r', 'p', 'v', 'm', 'S')
        and (has_table_privilege(r.rolname, c.oid, 'select, insert, update, delete, truncate') or has_any_column_privilege(r.rolname, c.oid, 'select, insert, update'))`)).toEqual([])
  })

  test('no NIK column in public is readable by anon or authenticated; the only one left is profiles.nik (write-only)', async () => {
    // UU 27/2022: the full NIK goes out only through reveal_applicant_nik (audited); masks through functions.
    const nikColumns = (extra = '') => names(`select distinct c.relname || '.' || a.attname as name from pg_attribute a
      join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
      cross join (values ('anon'), ('authenticated')) r(rolname)
      where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'f') and a.attnum > 0 and not a.attisdropped
        and a.attname ~ '(^|_)nik($|_)' ${extra}`)
    expect(await nikColumns()).toEqual(['profiles.nik'])
    expect(await nikColumns(`and has_column_privilege(r.rolname, c.oid, a.attnum, 'select')`)).toEqual([])
  })

  test('every view in public runs as its caller (security_invoker) and there are no materialized views', async () => {
    expect(await names(`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'v'
        and not exists (select 1 from unnest(coalesce(c.reloptions, '{}')) o where o in ('security_invoker=true', 'security_invoker=on', 'security_invoker=1'))`)).toEqual([])
    expect(await names(`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'm'`)).toEqual([])
  })
})

describe('policies', () => {
  test('every policy is for the authenticated role, and using (true) only lets reference data be read', async () => {
    const rows = await sql<{ name: string; roles: string; cmd: string; qual: string | null }>(`select tablename || ': ' || policyname as name,
        array_to_string(roles, ',') as roles, cmd, qual from pg_policies
      where schemaname = 'public' or (schemaname = 'storage' and tablename in ('objects', 'buckets'))`)
    expect(rows.length).toBeGreaterThan(30)
    expect(rows.filter((r) => r.roles !== 'authenticated').map((r) => r.name)).toEqual([])
    const reference = ['agency_settings', 'units', 'holidays', 'holiday_years', 'exemption_grounds']
    expect(rows.filter((r) => r.qual === 'true' && !(r.cmd === 'SELECT' && reference.includes(r.name.split(':')[0]!))).map((r) => r.name)).toEqual([])
  })

  test('policies read auth.uid() once per statement, as (select auth.uid())', async () => {
    const rows = await sql<{ name: string; expr: string }>(`select tablename || ': ' || policyname as name,
        coalesce(qual, '') || ' ' || coalesce(with_check, '') as expr from pg_policies
      where schemaname = 'public' or (schemaname = 'storage' and tablename = 'objects')`)
    const bare = rows.filter((r) => r.expr.split('auth.uid()').length !== r.expr.split('SELECT auth.uid()').length)
    expect(bare.map((r) => r.name)).toEqual([])
    expect(rows.filter((r) => r.expr.includes('SELECT auth.uid()')).length).toBeGreaterThan(10)
  })

  test('every applicant_id, user_id, owner_id and request_id a policy filters on leads an index', async () => {
    const rows = await sql<{ name: string; indexed: boolean }>(`select distinct n.nspname || '.' || c.relname || '.' || a.attname as name,
        exists (select 1 from pg_index i where i.indrelid = c.oid and i.indkey[0] = a.attnum) as indexed
      from pg_depend d
      join pg_policy p on d.classid = 'pg_policy'::regclass and d.objid = p.oid
      join pg_class c on c.oid = d.refobjid and d.refclassid = 'pg_class'::regclass
      join pg_namespace n on n.oid = c.relnamespace
      join pg_attribute a on a.attrelid = c.oid and a.attnum = d.refobjsubid
      where a.attname in ('applicant_id', 'user_id', 'owner_id', 'request_id')`)
    expect(rows.map((r) => r.name)).toEqual(expect.arrayContaining(['public.requests.applicant_id', 'public.files.owner_id',
      'public.notifications.user_id', 'public.request_events.request_id', 'public.objections.applicant_id']))
    expect(rows.filter((r) => !r.indexed).map((r) => r.name)).toEqual([])
  })
})

describe('functions', () => {
  const functions = (where: string) => sql<{ name: string; definer: boolean; config: string[] | null; public_execute: boolean }>(
    `select n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')' as name,
       p.prosecdef as definer, p.proconfig as config,
       p.proacl is null or exists (select 1 from aclexplode(p.proacl) a where a.grantee = 0 and a.privilege_type = 'EXECUTE') as public_execute
     from pg_proc p join pg_namespace n on n.oid = p.pronamespace
     where n.nspname in ('public', 'private') and ${where}`)

  test('every SECURITY DEFINER function has search_path = \'\' and no EXECUTE for PUBLIC', async () => {
    const definers = await functions('p.prosecdef')
    expect(definers.length).toBeGreaterThan(40)
    expect(definers.filter((f) => !f.config?.includes('search_path=""')).map((f) => f.name)).toEqual([])
    expect(definers.filter((f) => f.public_execute).map((f) => f.name)).toEqual([])
  })

  test('the other functions in public and private pin their search_path too', async () => {
    expect((await functions('not p.prosecdef')).filter((f) => !f.config?.includes('search_path=""')).map((f) => f.name)).toEqual([])
  })

  test('anon may execute exactly the three doors and three pure checks in public', async () => {
    // lookup_request, agency_public and public_statistics are the public's doors (security.md rule 1).
    // nik_is_valid, is_plain_line and is_plain_text are immutable checks of a string argument: they read
    // no table, so the SPA may validate a form with them before the visitor has an account.
    expect(await names(`select p.proname as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where n.nspname = 'public' and has_function_privilege('anon', p.oid, 'execute')`)).toEqual(
      ['agency_public', 'is_plain_line', 'is_plain_text', 'lookup_request', 'nik_is_valid', 'public_statistics'])
  })

  test('every function the API roles may call is in the access matrix', async () => {
    const callable = await names(`select distinct p.proname as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where n.nspname = 'public' and (has_function_privilege('authenticated', p.oid, 'execute')
        or has_function_privilege('service_role', p.oid, 'execute') or has_function_privilege('anon', p.oid, 'execute'))`)
    // Computed columns (one argument: a row of a public table) are read through their table's RLS.
    const computedColumns = await names(`select p.proname as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      join pg_class c on c.reltype = p.proargtypes[0] join pg_namespace cn on cn.oid = c.relnamespace
      where n.nspname = 'public' and p.pronargs = 1 and cn.nspname = 'public'`)
    expect(computedColumns).toEqual(['applicant_nik_masked', 'is_overdue', 'next_deadline', 'objection_working_days_left', 'working_days_left'])
    expect(callable).toEqual([...new Set([...Object.keys(RPCS).map(base), ...computedColumns])].sort())
  })

  test('the private schema is not exposed: its helpers cannot be reached through the API', async () => {
    expect(await sql(`select has_schema_privilege('anon', 'private', 'usage') as anon`)).toEqual([{ anon: false }])
    const call = (headers: Record<string, string>) => fetch(`${env().url}/rest/v1/rpc/has_role`, {
      method: 'POST', body: JSON.stringify({ wanted: ['admin'] }),
      headers: { apikey: env().anonKey, authorization: `Bearer ${env().serviceRoleKey}`, 'content-type': 'application/json', ...headers },
    })
    const plain = await call({})
    expect(plain.status).toBe(404)
    expect(await plain.json()).toMatchObject({ code: 'PGRST202' })
    const profiled = await call({ 'content-profile': 'private' })
    expect(profiled.status).toBe(406)
    expect(await profiled.json()).toMatchObject({ code: 'PGRST106' })
  })

  test('history and audit carry their append-only triggers, enabled, for update, delete and truncate', async () => {
    const rows = await sql<{ name: string }>(`select c.relname || ' ' || t.tgname as name from pg_trigger t join pg_class c on c.oid = t.tgrelid
      where t.tgfoid = 'private.forbid_change()'::regprocedure and t.tgenabled = 'O'`)
    expect(rows.map((r) => r.name).sort()).toEqual(['audit_log audit_log_append_only', 'audit_log audit_log_no_truncate',
      'request_events request_events_append_only', 'request_events request_events_no_truncate'])
  })
})

describe('storage', () => {
  test('every bucket is private, with a size limit and a list of allowed types', async () => {
    const buckets = await sql<{ id: string; public: boolean; file_size_limit: string | null; allowed_mime_types: string[] | null }>(
      'select id, public, file_size_limit, allowed_mime_types from storage.buckets order by id')
    expect(buckets.map((b) => b.id)).toEqual(expect.arrayContaining(['attachments', 'identity', 'responses']))
    for (const b of buckets) {
      expect(b.public, b.id).toBe(false)
      expect(Number(b.file_size_limit), b.id).toBeGreaterThan(0)
      expect(b.allowed_mime_types?.length, b.id).toBeGreaterThan(0)
    }
  })
})
