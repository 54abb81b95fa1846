import type { SupabaseClient } from '@supabase/supabase-js'
import type { Database } from '@/types/database.types'
import { nextTask } from '@/lib/nextTask'

export type DbClient = SupabaseClient<Database>

// Our own key (instead of supabase-js's `sb-<ref>-auth-token`) lets hasAuthHint() look for a
// stored session without loading supabase-js.
export const AUTH_STORAGE_KEY = 'ppid-auth'

let client: Promise<DbClient> | undefined

/**
 * The one supabase-js client. The package is imported on first use so that pages which never
 * touch the backend (the home page for a visitor without a session) do not download it.
 */
export function getSupabase(): Promise<DbClient> {
  client ??= import('@supabase/supabase-js').then(async ({ createClient }) => {
    const url = import.meta.env.VITE_SUPABASE_URL
    const anonKey = import.meta.env.VITE_SUPABASE_ANON_KEY
    if (!url || !anonKey) {
      throw new Error('VITE_SUPABASE_URL and VITE_SUPABASE_ANON_KEY must be set (see .env.example).')
    }
    // Evaluating the package, making the client (its auth reads the stored session) and the caller's
    // first request each take a task of their own: in one, they blocked a cheap phone for 70 ms.
    await nextTask()
    const made = createClient<Database>(url, anonKey, {
      auth: { storageKey: AUTH_STORAGE_KEY },
    })
    await nextTask()
    return made
  }).catch((error: unknown) => {
    // A chunk that failed to load on a flaky connection must be retried on the next call.
    client = undefined
    throw error
  })
  return client
}

/** True when a session may exist: one is stored, or the URL carries an auth redirect (email confirmation). */
export function hasAuthHint(): boolean {
  try {
    if (globalThis.localStorage?.getItem(AUTH_STORAGE_KEY)) return true
  } catch {
    // Storage can throw when blocked by privacy settings; then only the URL can tell.
  }
  const { hash, search } = globalThis.location ?? { hash: '', search: '' }
  return /(?:^#|&)(?:access_token|error_description)=/.test(hash) || /[?&]code=/.test(search)
}
