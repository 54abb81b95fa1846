import { randomUUID } from 'node:crypto'
import { createClient, type PostgrestError } from '@supabase/supabase-js'
import { SignJWT } from 'jose'
import pg from 'pg'
import { expect } from 'vitest'
import WebSocket from 'ws'
import { client, env, PASSWORD, sql, submit, type Actor, type Receipt, type StaffRole } from './helpers.ts'

/**
 * Like helpers.ts `actor`, but the session is a token signed with the stack's JWT secret (as Auth would
 * issue it) instead of a password sign-in: Auth allows 30 sign-ins per 5 minutes from one address, and
 * the process tests need more accounts than that.
 */
export async function member(tag: string, roles: StaffRole[] = []): Promise<Actor> {
  const email = `${tag}-${randomUUID().slice(0, 8)}@example.test`
  const created = await client('service').auth.admin.createUser({ email, password: PASSWORD, email_confirm: true })
  if (created.error) throw created.error
  const id = created.data.user.id
  for (const role of roles) await sql('insert into public.user_roles (user_id, role) values ($1, $2)', [id, role])
  const now = Math.floor(Date.now() / 1000)
  const token = await new SignJWT({ sub: id, email, role: 'authenticated', aal: 'aal1', session_id: randomUUID(), is_anonymous: false })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setAudience('authenticated').setIssuedAt(now).setExpirationTime(now + 3600)
    .sign(new TextEncoder().encode(env().jwtSecret))
  const c = createClient(env().url, env().anonKey, { accessToken: async () => token, realtime: { transport: WebSocket as never } })
  return { id, email, client: c }
}

const KTP_JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01])

/** Like helpers.ts `citizen`: a complete profile and an identity document, ready to file. */
export async function resident(tag = 'warga'): Promise<Actor> {
  const a = await member(tag)
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

/** The officers a process test needs, each on its own client. */
export async function officers() {
  const [petugas, ppid, atasan, admin] = await Promise.all([
    member('petugas', ['petugas']), member('ppid', ['ppid']), member('atasan', ['atasan_ppid']), member('admin', ['admin']),
  ])
  return { petugas, ppid, atasan, admin }
}
export type Officers = Awaited<ReturnType<typeof officers>>

interface Answer {
  error: PostgrestError | null
  status: number
}

/** Asserts a refused call: its HTTP status and the stable reason in `hint`. */
export function refused(res: Answer, hint: string, status = 400) {
  expect(res.error, `expected ${hint}`).not.toBeNull()
  expect({ hint: res.error?.hint, status: res.status }).toEqual({ hint, status })
}

/** Asserts a call went through; shows the database's message when it did not. */
export function ok<T extends { error: { message: string } | null }>(res: T): T {
  expect(res.error?.message ?? null).toBeNull()
  return res
}

/** Everything a refused transition must leave as it was: the row (all columns) and the timeline length. */
export async function snapshot(requestId: string) {
  const [row] = await sql('select to_jsonb(r) as row from public.requests r where r.id = $1', [requestId])
  const [count] = await sql<{ n: number }>('select count(*)::int as n from public.request_events where request_id = $1', [requestId])
  return { row: row?.row, events: count?.n }
}

export interface Event {
  kind: string
  from_status: string | null
  to_status: string | null
  visibility: string
  actor_role: string
  body: string | null
  data: Record<string, unknown>
  at: Date
}

export async function events(requestId: string) {
  return sql<Event>(
    'select kind, from_status, to_status, visibility, actor_role, body, data, at from public.request_events where request_id = $1 order by id',
    [requestId],
  )
}

/** One value from superuser SQL, as text (dates come back as 'YYYY-MM-DD'). */
export async function value(text: string, params: unknown[] = []): Promise<string | null> {
  const [row] = await sql<{ v: string | null }>(`select (${text})::text as v`, params)
  return row?.v ?? null
}

/** A complete consequence test (uji konsekuensi) for refusals and partial grants. */
export const CONSEQUENCE_TEST = {
  document: 'Laporan hasil pemeriksaan internal 2026',
  exempt_items: 'Nama dan alamat saksi pada halaman 3-5',
  legal_basis: 'UU 14/2008 Pasal 17 huruf h',
  harm_analysis: 'Membuka identitas saksi dapat membahayakan keselamatan mereka.',
  public_interest: 'Kepentingan publik terpenuhi dengan membuka bagian selain identitas saksi.',
  result: 'Dikecualikan sebagian',
  signed_by: 'PPID Diskominfo Kukar',
}

/** A filed request already accepted by a petugas (status in_process). */
export async function accepted(warga: Actor, petugas: Actor): Promise<Receipt> {
  const receipt = await submit(warga)
  ok(await petugas.client.rpc('accept_request', { request_id: receipt.id, expected_status: 'submitted' }))
  return receipt
}

/** A request refused on ground h with a consequence test: closed, with a written notice. */
export async function refusedRequest(warga: Actor, o: Officers): Promise<Receipt> {
  const receipt = await accepted(warga, o.petugas)
  ok(await o.ppid.client.rpc('decide_request', {
    request_id: receipt.id, expected_status: 'in_process', decision: 'rejected_exempt', exemption_codes: ['h'],
    consequence_test: CONSEQUENCE_TEST, letter_no: '489/1/Diskominfo/XI/2026', note: 'Informasi dikecualikan.',
  }))
  return receipt
}

/** Runs `fn` with agency settings changed, and puts them back afterwards. */
export async function withSettings<T>(patch: Record<string, unknown>, fn: () => Promise<T>): Promise<T> {
  const keys = Object.keys(patch)
  const [before] = await sql(`select ${keys.map((k) => `"${k}"`).join(', ')} from public.agency_settings`)
  const assign = (values: Record<string, unknown>) =>
    sql(`update public.agency_settings set ${keys.map((k, i) => `"${k}" = $${i + 1}`).join(', ')}`, keys.map((k) => values[k]))
  await assign(patch)
  try {
    return await fn()
  } finally {
    await assign(before ?? {})
  }
}

/** A dedicated superuser connection, for holding a lock while other calls queue behind it. */
export async function holder() {
  const c = new pg.Client({ connectionString: env().dbUrl })
  await c.connect()
  return c
}

/** Waits until `n` backends are blocked on a lock (so a race is really a race). */
export async function waitForLockWaiters(n: number) {
  for (let i = 0; i < 200; i++) {
    const [row] = await sql<{ n: number }>(
      "select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and state = 'active'",
    )
    if ((row?.n ?? 0) >= n) return
    await new Promise((r) => setTimeout(r, 25))
  }
  throw new Error(`fewer than ${n} sessions ever waited on the lock`)
}

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n')

/** A supporting document uploaded (not yet linked) under the citizen's folder. */
export async function upload(who: Actor, bucket = 'attachments', folder = who.id) {
  const name = `${folder}/${randomUUID()}.pdf`
  const up = await who.client.storage.from(bucket).upload(name, PDF, { contentType: 'application/pdf' })
  if (up.error) throw up.error
  return name
}
