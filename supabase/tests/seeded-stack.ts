import { resolve } from 'node:path'
import { createClient, type SupabaseClient } from '@supabase/supabase-js'
import WebSocket from 'ws'
import { startStack, type Stack } from '../local/stack.ts'
import { env } from './helpers.ts'
import { DEMO, DEMO_PASSWORD } from './demo-accounts.ts'

export { DEMO, DEMO_PASSWORD }

export interface SeededStack {
  stack: Stack
  /** A client without a session (the public). */
  anon(): SupabaseClient
  /** A client signed in as a demo account. */
  signIn(email: string): Promise<SupabaseClient>
  stop(): Promise<void>
}

/**
 * A second stack for one test file: the real migrations AND supabase/seed.sql, on a throwaway database
 * of the server the db/api projects already use (DATABASE_URL's in CI, the embedded one otherwise), so
 * no second Postgres starts. The shared stack stays seedless; this one is dropped again by stop().
 */
export async function startSeededStack(): Promise<SeededStack> {
  const root = resolve(import.meta.dirname, '..')
  const stack = await startStack({
    port: 0,
    data: 'memory',
    config: resolve(root, 'config.toml'),
    migrations: resolve(root, 'migrations'),
    seed: resolve(root, 'seed.sql'),
    databaseUrl: env().dbUrl,
  })
  const make = () => createClient(stack.url, stack.anonKey, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    realtime: { transport: WebSocket as never },
  })
  return {
    stack,
    anon: make,
    async signIn(email: string) {
      const c = make()
      const { error } = await c.auth.signInWithPassword({ email, password: DEMO_PASSWORD })
      if (error) throw error
      return c
    },
    stop: () => stack.stop(),
  }
}
