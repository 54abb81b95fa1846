import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { startStack, type Stack } from '../stack.ts'

const dir = mkdtempSync(join(tmpdir(), 'migrations-'))
let stack: Stack

beforeAll(async () => {
  cpSync(resolve(import.meta.dirname, 'fixtures', 'migrations'), dir, { recursive: true })
  stack = await startStack({ port: 0, data: 'memory', migrations: dir, seed: null, watchMigrations: true,
    config: resolve(import.meta.dirname, 'fixtures', 'config.toml'), databaseUrl: process.env.DATABASE_URL || undefined })
})
afterAll(async () => {
  await stack?.stop()
  rmSync(dir, { recursive: true, force: true })
})

async function poll<T>(fn: () => Promise<T | undefined>, ms: number): Promise<T | undefined> {
  const until = Date.now() + ms
  for (;;) {
    const value = await fn()
    if (value !== undefined || Date.now() > until) return value
    await new Promise((r) => setTimeout(r, 100))
  }
}

test('a migration added while the stack runs is applied, recorded, and served by PostgREST without a restart', async () => {
  const headers = { apikey: stack.anonKey }
  expect((await fetch(`${stack.url}/rest/v1/announcements`, { headers })).status).toBe(404)
  writeFileSync(join(dir, '20270101000000_announcements.sql'), `
    create table public.announcements (id int primary key, title text not null);
    alter table public.announcements enable row level security;
    grant select on public.announcements to anon;
    create policy "Anyone can read announcements" on public.announcements for select to anon using (true);
    insert into public.announcements values (1, 'Pengumuman');`)
  const rows = await poll(async () => {
    const res = await fetch(`${stack.url}/rest/v1/announcements?select=title`, { headers })
    return res.status === 200 ? ((await res.json()) as { title: string }[]) : undefined
  }, 10_000)
  expect(rows).toEqual([{ title: 'Pengumuman' }])
  const db = new pg.Client({ connectionString: stack.dbUrl })
  await db.connect()
  const { rows: recorded } = await db.query('select name from supabase_migrations.schema_migrations where version = $1', ['20270101000000'])
  await db.end()
  expect(recorded).toEqual([{ name: 'announcements' }])
})
