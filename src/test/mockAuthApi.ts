import { vi } from 'vitest'
import type * as AuthApi from '@/api/auth'

/** Every call a test did not set up rejects loudly instead of reaching supabase-js. */
function unexpected(name: string) {
  return vi.fn(() => Promise.reject(new Error(`Unexpected call to api/auth ${name}(); mock it in the test.`)))
}

/** Factory for `vi.mock('@/api/auth', …)`: real error class and mapping, mocked network calls. */
export async function mockAuthApi() {
  const actual = await vi.importActual<typeof AuthApi>('@/api/auth')
  return {
    ...actual,
    signUp: unexpected('signUp'),
    signIn: unexpected('signIn'),
    signOut: unexpected('signOut'),
    getSession: unexpected('getSession'),
    onAuthStateChange: unexpected('onAuthStateChange'),
    requestPasswordReset: unexpected('requestPasswordReset'),
    updatePassword: unexpected('updatePassword'),
    mayHaveSession: vi.fn(() => false),
  }
}
