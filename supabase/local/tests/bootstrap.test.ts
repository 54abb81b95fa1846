import { resolve } from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { applyMigrations, bootstrap, listMigrations } from '../migrate.ts'
import { stack } from './helpers.ts'

const FIXTURE_MIGRATIONS = resolve(import.meta.dirname, 'fixtures', 'migrations')
let db: pg.Client

beforeAll(async () => {
  db = new pg.Client({ connectionString: stack().dbUrl })
  await db.connect()
})
afterAll(() => db?.end())

const rows = async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) => (await db.query<T>(sql, params)).rows

/** Runs `fn` inside a transaction as `authenticated` with these claims, as PostgREST does, then rolls back. */
async function asCaller<T>(claims: Record<string, unknown>, fn: () => Promise<T>): Promise<T> {
  await db.query('begin')
  try {
    await db.query(`set local request.jwt.claims = ${db.escapeLiteral(JSON.stringify(claims))}`)
    await db.query('set local role authenticated')
    return await fn()
  } finally {
    await db.query('rollback')
  }
}

describe('roles', () => {
  test('the API roles, authenticator and the service admins exist with Supabase’s attributes', async () => {
    const found = await rows<{ rolname: string; rolcanlogin: boolean; rolinherit: boolean; rolbypassrls: boolean }>(
      `select rolname, rolcanlogin, rolinherit, rolbypassrls from pg_roles
        where rolname in ('anon', 'authenticated', 'service_role', 'authenticator', 'supabase_auth_admin', 'supabase_storage_admin')
        order by rolname`,
    )
    const byName = Object.fromEntries(found.map(({ rolname, ...rest }) => [rolname, rest]))
    expect(Object.keys(byName)).toHaveLength(6)
    expect(byName.anon).toEqual({ rolcanlogin: false, rolinherit: false, rolbypassrls: false })
    expect(byName.authenticated).toEqual({ rolcanlogin: false, rolinherit: false, rolbypassrls: false })
    expect(byName.service_role).toEqual({ rolcanlogin: false, rolinherit: false, rolbypassrls: true })
    expect(byName.authenticator).toEqual({ rolcanlogin: true, rolinherit: false, rolbypassrls: false })
    expect(byName.supabase_auth_admin?.rolcanlogin).toBe(true)
    expect(byName.supabase_storage_admin?.rolcanlogin).toBe(true)
  })

  test('authenticator is a member of anon, authenticated and service_role, and of nothing stronger', async () => {
    const members = await rows<{ rolname: string }>(
      `select r.rolname from pg_auth_members m
         join pg_roles r on r.oid = m.roleid join pg_roles u on u.oid = m.member
        where u.rolname = 'authenticator' order by 1`,
    )
    expect(members.map((m) => m.rolname)).toEqual(['anon', 'authenticated', 'service_role'])
    const flags = await rows(`select rolsuper, rolcreaterole, rolcreatedb from pg_roles where rolname = 'authenticator'`)
    expect(flags).toEqual([{ rolsuper: false, rolcreaterole: false, rolcreatedb: false }])
  })
})

describe('schemas and auth tables', () => {
  test('auth, storage, extensions, graphql_public and supabase_migrations exist', async () => {
    const names = await rows<{ nspname: string }>(`select nspname from pg_namespace order by 1`)
    expect(names.map((n) => n.nspname)).toEqual(
      expect.arrayContaining(['auth', 'storage', 'extensions', 'graphql_public', 'supabase_migrations', 'public']),
    )
  })

  test('auth.users has the columns Supabase’s auth.users has', async () => {
    const cols = await rows<{ column_name: string; data_type: string; is_generated: string }>(
      `select column_name, data_type, is_generated from information_schema.columns
        where table_schema = 'auth' and table_name = 'users'`,
    )
    const byName = Object.fromEntries(cols.map((c) => [c.column_name, c]))
    for (const name of [
      'instance_id', 'id', 'aud', 'role', 'email', 'encrypted_password', 'email_confirmed_at', 'invited_at',
      'confirmation_token', 'recovery_token', 'email_change', 'last_sign_in_at', 'raw_app_meta_data', 'raw_user_meta_data',
      'created_at', 'updated_at', 'phone', 'phone_confirmed_at', 'confirmed_at', 'banned_until', 'is_sso_user', 'deleted_at', 'is_anonymous',
    ]) {
      expect(byName, name).toHaveProperty(name)
    }
    expect(byName.id?.data_type).toBe('uuid')
    expect(byName.raw_user_meta_data?.data_type).toBe('jsonb')
    expect(byName.confirmed_at?.is_generated).toBe('ALWAYS')
  })

  test('auth.identities, auth.sessions and auth.refresh_tokens exist with their keys', async () => {
    const cols = await rows<{ table_name: string; column_name: string }>(
      `select table_name, column_name from information_schema.columns
        where table_schema = 'auth' and table_name in ('identities', 'sessions', 'refresh_tokens')`,
    )
    const has = (t: string, c: string) => cols.some((r) => r.table_name === t && r.column_name === c)
    expect(has('identities', 'provider_id') && has('identities', 'user_id') && has('identities', 'identity_data')).toBe(true)
    expect(has('sessions', 'user_id') && has('sessions', 'aal') && has('sessions', 'not_after')).toBe(true)
    expect(has('refresh_tokens', 'token') && has('refresh_tokens', 'session_id') && has('refresh_tokens', 'revoked')).toBe(true)
  })
})

describe('auth.uid(), auth.role(), auth.jwt(), auth.email() under request.jwt.claims', () => {
  const claims = { sub: '4f1b4c3e-7d2a-4b7e-9a53-0c4b1f2e3d4c', role: 'authenticated', email: 'warga@example.test', aal: 'aal1' }

  test('they read the claims PostgREST sets, as the authenticated role', async () => {
    const [r] = await asCaller(claims, () =>
      rows(`select current_user as who, auth.uid() as uid, auth.role() as role, auth.email() as email, auth.jwt() as jwt`),
    )
    expect(r).toEqual({ who: 'authenticated', uid: claims.sub, role: 'authenticated', email: claims.email, jwt: claims })
  })

  test('they are null without claims', async () => {
    await db.query('begin')
    try {
      await db.query('set local role anon')
      const [r] = await rows(`select auth.uid() as uid, auth.role() as role, auth.email() as email, auth.jwt() as jwt`)
      expect(r).toEqual({ uid: null, role: null, email: null, jwt: null })
    } finally {
      await db.query('rollback')
    }
  })

  test('a claim set is local to its transaction', async () => {
    await asCaller(claims, async () => undefined)
    const [r] = await rows(`select auth.uid() as uid`)
    expect(r).toEqual({ uid: null })
  })
})

describe('default privileges and migrations', () => {
  test('what a migration creates is not granted to the API roles unless it says so', async () => {
    const [r] = await rows(
      `select has_table_privilege('anon', 'public.ungranted', 'select') as anon_t,
              has_table_privilege('authenticated', 'public.ungranted', 'select') as auth_t,
              has_table_privilege('service_role', 'public.ungranted', 'select') as svc_t,
              has_function_privilege('anon', 'public.not_exposed()', 'execute') as anon_f,
              has_function_privilege('authenticated', 'public.not_exposed()', 'execute') as auth_f,
              has_function_privilege('authenticated', 'public.whoami()', 'execute') as whoami`,
    )
    expect(r).toEqual({ anon_t: false, auth_t: false, svc_t: false, anon_f: false, auth_f: false, whoami: true })
  })

  test('applied migrations are recorded with version, name and statements, in order', async () => {
    const recorded = await rows<{ version: string; name: string; n: number }>(
      `select version, name, cardinality(statements) as n from supabase_migrations.schema_migrations order by version`,
    )
    expect(recorded.slice(0, 2)).toEqual([
      { version: '20260101000000', name: 'fixture_notes', n: 1 },
      { version: '20260101000100', name: 'fixture_public_board', n: 1 },
    ])
    // Every fixture file, and only those, in version order (other suites may add fixture migrations).
    const files = await listMigrations(FIXTURE_MIGRATIONS)
    expect(recorded).toEqual(files.map((m) => ({ version: m.version, name: m.name, n: 1 })))
  })

  test('bootstrap() again on the same database is harmless, and applyMigrations() again applies nothing', async () => {
    const snapshot = () =>
      rows(
        `select (select count(*) from pg_roles) as roles,
                (select count(*) from pg_namespace) as schemas,
                (select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname in ('auth', 'storage')) as relations,
                (select count(*) from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname = 'auth') as functions,
                (select count(*) from supabase_migrations.schema_migrations) as migrations,
                (select count(*) from auth.users) as users,
                (select count(*) from public.board) as board`,
      )
    const before = await snapshot()
    await bootstrap(db)
    await bootstrap(db)
    expect(await applyMigrations(db, FIXTURE_MIGRATIONS)).toEqual([])
    expect(await snapshot()).toEqual(before)
    // The API still works with the roles and grants bootstrap re-applied.
    const res = await fetch(`${stack().url}/rest/v1/board?select=id`, { headers: { apikey: stack().anonKey } })
    expect(await res.json()).toEqual([{ id: 1 }])
  })
})
