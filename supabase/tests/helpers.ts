import { randomUUID } from 'node:crypto'
import { createClient, type SupabaseClient } from '@supabase/supabase-js'
import pg from 'pg'
import { inject } from 'vitest'
import WebSocket from 'ws'

export const env = () => inject('db')
export const PASSWORD = 'Rahasia123'
export type StaffRole = 'petugas' | 'ppid' | 'atasan_ppid' | 'admin'

export function client(key: 'anon' | 'service' = 'anon'): SupabaseClient {
  const e = env()
  return createClient(e.url, key === 'anon' ? e.anonKey : e.serviceRoleKey, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    realtime: { transport: WebSocket as never },
  })
}

let pool: pg.Pool | undefined
/** Superuser SQL, for arranging state and for re-reading what a denied call must not have changed. */
export async function sql<T extends pg.QueryResultRow = Record<string, unknown>>(text: string, params: unknown[] = []) {
  pool ??= new pg.Pool({ connectionString: env().dbUrl, max: 4 })
  return (await pool.query<T>(text, params)).rows
}

export interface Actor {
  id: string
  email: string
  client: SupabaseClient
}

/** A confirmed account signed in on its own client, optionally holding staff roles. */
export async function actor(tag: string, roles: StaffRole[] = []): Promise<Actor> {
  const email = `${tag}-${randomUUID().slice(0, 8)}@example.test`
  const created = await client('service').auth.admin.createUser({ email, password: PASSWORD, email_confirm: true })
  if (created.error) throw created.error
  const id = created.data.user.id
  for (const role of roles) await sql('insert into public.user_roles (user_id, role) values ($1, $2)', [id, role])
  const c = client()
  const signedIn = await c.auth.signInWithPassword({ email, password: PASSWORD })
  if (signedIn.error) throw signedIn.error
  return { id, email, client: c }
}

const KTP_JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01])

/** A citizen with a complete profile and an identity document: ready to file. */
export async function citizen(tag = 'warga'): Promise<Actor> {
  const a = await actor(tag)
  const profile = await a.client.from('profiles').insert({
    id: a.id, applicant_type: 'perorangan', full_name: 'Warga Uji', nik: '6402011505900001',
    address: 'Jl. Melati No. 5, Tenggarong', occupation: 'Wiraswasta', phone: '081234567890',
  })
  if (profile.error) throw profile.error
  const path = `${a.id}/${randomUUID()}.jpg`
  const up = await a.client.storage.from('identity').upload(path, KTP_JPEG, { contentType: 'image/jpeg' })
  if (up.error) throw up.error
  const doc = await a.client.rpc('add_identity_document', { object_name: path, original_name: 'ktp.jpg' })
  if (doc.error) throw doc.error
  return a
}

export const REQUEST = {
  details: 'Salinan dokumen anggaran Dinas Kominfo tahun 2026 beserta rinciannya.',
  purpose: 'Bahan penelitian mahasiswa tentang keterbukaan anggaran daerah.',
  obtain_methods: ['salinan_softcopy'],
  copy_methods: ['email'],
  declaration: true,
}

export interface Receipt {
  id: string
  registration_no: string
  secret: string | null
  status: string
  due_notice_on: string
  received_on: string
}

/** Files a request as `who` and returns the receipt. */
export async function submit(who: Actor, overrides: Record<string, unknown> = {}): Promise<Receipt> {
  const res = await who.client.rpc('submit_request', { idempotency_key: randomUUID(), ...REQUEST, ...overrides })
  if (res.error) throw res.error
  return res.data as Receipt
}
