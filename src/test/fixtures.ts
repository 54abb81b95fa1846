import type { Session, User } from '@/api/auth'

export function fakeUser(email = 'warga@contoh.id'): User {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    email,
    aud: 'authenticated',
    app_metadata: {},
    user_metadata: {},
    created_at: '2026-01-05T02:00:00Z',
  }
}

export function fakeSession(email?: string): Session {
  return {
    access_token: 'access-token',
    refresh_token: 'refresh-token',
    token_type: 'bearer',
    expires_in: 3600,
    expires_at: 1_800_000_000,
    user: fakeUser(email),
  }
}
