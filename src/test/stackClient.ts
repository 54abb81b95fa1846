import type { SupabaseClient } from '@supabase/supabase-js'
import type { DbClient } from '@/lib/supabase'

let current: SupabaseClient | undefined

/**
 * Factory for `vi.mock('@/lib/supabase', …)` in `*.stack.test.ts`: src/api then talks to the embedded
 * stack through the client of whichever actor `actAs()` chose (see supabase/tests/helpers.ts).
 */
export async function mockSupabaseModule() {
  const { vi } = await import('vitest')
  const actual = await vi.importActual<typeof import('@/lib/supabase')>('@/lib/supabase')
  return {
    ...actual,
    getSupabase: () => {
      if (!current) return Promise.reject(new Error('Call actAs(actor) before using src/api in a stack test.'))
      return Promise.resolve(current as unknown as DbClient)
    },
  }
}

/** Every src/api call from now on runs as this actor (a signed-in client, or an anon one). */
export function actAs(actor: { client: SupabaseClient } | SupabaseClient): void {
  current = 'client' in actor && !('from' in actor) ? actor.client : (actor as SupabaseClient)
}
