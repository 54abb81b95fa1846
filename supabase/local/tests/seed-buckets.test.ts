import { resolve } from 'node:path'
import { createClient } from '@supabase/supabase-js'
import { afterAll, beforeAll, expect, test } from 'vitest'
import WebSocket from 'ws'
import { startStack, type Stack } from '../stack.ts'

const fixtures = resolve(import.meta.dirname, 'fixtures')
let stack: Stack

beforeAll(async () => {
  stack = await startStack({
    port: 0, data: 'memory', config: resolve(fixtures, 'seed-buckets.toml'),
    migrations: resolve(fixtures, 'migrations'), seed: resolve(fixtures, 'seed.sql'),
    databaseUrl: process.env.DATABASE_URL || undefined,
  })
})
afterAll(() => stack?.stop())

test('[storage.buckets.*] objects_path seeds its files with the database seed, as `supabase seed buckets`', async () => {
  const admin = createClient(stack.url, stack.serviceRoleKey, {
    auth: { persistSession: false }, realtime: { transport: WebSocket as never },
  })
  const bucket = await admin.storage.getBucket('seeded')
  expect(bucket.data).toMatchObject({ public: false, file_size_limit: 1048576, allowed_mime_types: ['application/pdf', 'text/plain'] })
  const list = await admin.storage.from('seeded').list('folder')
  expect(list.data?.map((o) => o.name)).toEqual(['a.pdf'])
  const pdf = await admin.storage.from('seeded').download('folder/a.pdf')
  expect(pdf.data?.type).toBe('application/pdf')
  expect(await pdf.data?.text()).toContain('%PDF-1.4')
  const txt = await admin.storage.from('seeded').download('b.txt')
  expect(await txt.data?.text()).toBe('halo')
})
