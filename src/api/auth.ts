import type { AuthChangeEvent, AuthError, Session, User } from '@supabase/supabase-js'
import { getSupabase, hasAuthHint } from '@/lib/supabase'

export type { Session, User }

/** The failures the UI tells apart; everything else is `unknown`. */
export const AUTH_FAILURE_CODES = [
  'invalid_credentials',
  'email_not_confirmed',
  'user_already_exists',
  'weak_password',
  'over_request_rate_limit',
  'over_email_send_rate_limit',
  'signup_disabled',
  'network',
  'unknown',
] as const

export type AuthFailureCode = (typeof AUTH_FAILURE_CODES)[number]

export class AuthApiFailure extends Error {
  override readonly name = 'AuthApiFailure'
  constructor(
    readonly code: AuthFailureCode,
    message: string,
    readonly status?: number,
    /** GoTrue's own code when it is not one of the above (e.g. `same_password`), for pages that tell it apart. */
    readonly rawCode?: string,
  ) {
    super(message)
  }
}

const ALIASES: Record<string, AuthFailureCode> = {
  email_exists: 'user_already_exists',
}

function isKnown(code: string): code is AuthFailureCode {
  return (AUTH_FAILURE_CODES as readonly string[]).includes(code)
}

export function toAuthFailure(error: Pick<AuthError, 'message' | 'code' | 'status'>): AuthApiFailure {
  const raw = error.code ?? ''
  let code: AuthFailureCode = ALIASES[raw] ?? (isKnown(raw) ? raw : 'unknown')
  if (code === 'unknown') {
    // auth-js reports fetch failures as status 0 without a code; rate limits may come without one.
    if (error.status === 0) code = 'network'
    else if (error.status === 429) code = 'over_request_rate_limit'
  }
  return new AuthApiFailure(code, error.message, error.status, raw || undefined)
}

export interface SignUpResult {
  /** Null when the project requires email confirmation before the first sign-in. */
  session: Session | null
  user: User | null
}

export async function signUp(email: string, password: string, emailRedirectTo?: string): Promise<SignUpResult> {
  const supabase = await getSupabase()
  const { data, error } = await supabase.auth.signUp({
    email,
    password,
    options: emailRedirectTo ? { emailRedirectTo } : undefined,
  })
  if (error) throw toAuthFailure(error)
  return { session: data.session, user: data.user }
}

export async function signIn(email: string, password: string): Promise<Session> {
  const supabase = await getSupabase()
  const { data, error } = await supabase.auth.signInWithPassword({ email, password })
  if (error) throw toAuthFailure(error)
  return data.session
}

export async function signOut(): Promise<void> {
  const supabase = await getSupabase()
  const { error } = await supabase.auth.signOut()
  if (error) throw toAuthFailure(error)
}

export async function getSession(): Promise<Session | null> {
  const supabase = await getSupabase()
  const { data, error } = await supabase.auth.getSession()
  if (error) throw toAuthFailure(error)
  return data.session
}

export type AuthListener = (event: AuthChangeEvent, session: Session | null) => void

/** Subscribes to auth changes; resolves to the unsubscribe function. */
export async function onAuthStateChange(listener: AuthListener): Promise<() => void> {
  const supabase = await getSupabase()
  const { data } = supabase.auth.onAuthStateChange(listener)
  return () => data.subscription.unsubscribe()
}

/** Whether restoring a session is worth loading supabase-js for. */
export function mayHaveSession(): boolean {
  return hasAuthHint()
}

/**
 * Mails a password-reset link that leads back to `redirectTo`. Auth answers the same for unknown
 * addresses, so the page must not tell whether an account exists.
 */
export async function requestPasswordReset(email: string, redirectTo: string): Promise<void> {
  const supabase = await getSupabase()
  const { error } = await supabase.auth.resetPasswordForEmail(email, { redirectTo })
  if (error) throw toAuthFailure(error)
}

/** Sets a new password for the signed-in user (after the recovery link signed them in). */
export async function updatePassword(password: string): Promise<void> {
  const supabase = await getSupabase()
  const { error } = await supabase.auth.updateUser({ password })
  if (error) throw toAuthFailure(error)
}
