import { randomUUID } from 'node:crypto'
import { createClient, type SupabaseClient } from '@supabase/supabase-js'
import { inject } from 'vitest'
import WebSocket from 'ws'

export const stack = () => inject('stack')

/** A supabase-js client as the SPA makes one, but with no session persisted between tests. */
export function client(key: 'anon' | 'service' = 'anon'): SupabaseClient {
  const s = stack()
  return createClient(s.url, key === 'anon' ? s.anonKey : s.serviceRoleKey, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    // Node 20 has no global WebSocket; supabase-js's realtime client needs one to be constructed.
    realtime: { transport: WebSocket as never },
  })
}

export const uniqueEmail = (tag = 'user') => `${tag}-${randomUUID().slice(0, 8)}@example.test`
export const PASSWORD = 'Rahasia123'

/** A confirmed user made through the admin API, signed in on its own client. */
export async function signedInUser(tag = 'user') {
  const email = uniqueEmail(tag)
  const admin = client('service')
  const created = await admin.auth.admin.createUser({ email, password: PASSWORD, email_confirm: true })
  if (created.error) throw created.error
  const c = client()
  const signedIn = await c.auth.signInWithPassword({ email, password: PASSWORD })
  if (signedIn.error) throw signedIn.error
  return { client: c, email, user: signedIn.data.user, session: signedIn.data.session }
}

export interface Mail {
  to: string
  subject: string
  text: string
  link?: string
  otp?: string
}

/** Messages in the development mailbox for `to`, newest first. */
export async function mailsTo(to: string): Promise<Mail[]> {
  const res = await fetch(`${stack().url}/mailbox/api/messages?to=${encodeURIComponent(to)}`)
  return (await res.json()) as Mail[]
}

/** Raw HTTP against the gateway, for statuses and headers supabase-js hides. */
export async function raw(path: string, init: RequestInit & { key?: 'anon' | 'service' | 'none' } = {}) {
  const s = stack()
  const headers = new Headers(init.headers)
  const key = init.key ?? 'anon'
  if (key !== 'none' && !headers.has('apikey')) headers.set('apikey', key === 'anon' ? s.anonKey : s.serviceRoleKey)
  if (init.body && !headers.has('content-type')) headers.set('content-type', 'application/json')
  const res = await fetch(`${s.url}${path}`, { ...init, headers, redirect: 'manual' })
  const text = await res.text()
  let json: unknown
  try {
    json = text ? JSON.parse(text) : undefined
  } catch {
    json = undefined
  }
  return { status: res.status, headers: res.headers, text, json: json as Record<string, unknown> }
}
