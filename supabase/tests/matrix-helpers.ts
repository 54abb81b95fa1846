import { randomUUID } from 'node:crypto'
import { createClient, type SupabaseClient } from '@supabase/supabase-js'
import { SignJWT } from 'jose'
import pg from 'pg'
import WebSocket from 'ws'
import { client, env, PASSWORD, REQUEST, sql, type Receipt, type StaffRole } from './helpers.ts'
import type { ActorKey, Cell, Kind, RpcResource, StorageOp, StorageResource, TableOp, TableResource } from './matrix.ts'

/** One caller: its user id (none for anon and the service role), bearer token and client. */
export interface Who {
  id: string | null
  token: string
  client: SupabaseClient
}

export interface World {
  who: Record<ActorKey, Who>
  // A's case, built once: one request with everything that hangs off it.
  a: {
    request: string; registrationNo: string; secret: string; identityObject: string; identityFile: string
    attachmentObject: string; responseObject: string; event: string; note: string; notification: string
    fee: string; consequenceTest: string; objection: string; dispute: string
  }
  unit: string
  audit: string
  holiday: string
  holidayYear: number
  wrongSecretRequest: string
}

const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01])
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n')
const PROFILE = {
  applicant_type: 'perorangan', full_name: 'Warga Matriks', nik: '6402011505900001',
  address: 'Jl. Melati No. 5, Tenggarong', occupation: 'Wiraswasta', phone: '081234567890',
}

/** Every column of profiles the API may read: all but nik. */
const PROFILE_COLUMNS = 'id, applicant_type, full_name, sk_number, address, occupation, phone, email, accessibility_needs, created_at, updated_at'

const withToken = (token: string) => createClient(env().url, env().anonKey, {
  auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
  global: { headers: { Authorization: `Bearer ${token}` } },
  realtime: { transport: WebSocket as never },
})

async function newUser(tag: string) {
  const email = `${tag}-${randomUUID().slice(0, 8)}@example.test`
  const created = await client('service').auth.admin.createUser({ email, password: PASSWORD, email_confirm: true })
  if (created.error) throw created.error
  return { id: created.data.user.id, email }
}

/**
 * A user holding `roles`, with a token minted with the stack's secret and the claims Auth puts in one.
 * Minting keeps this file off the stack's shared sign-in budget (30 per 5 minutes per address); the
 * two variants whose point is a real session sign in for real (see world()).
 */
export async function minted(tag: string, roles: StaffRole[] = []): Promise<Who> {
  const { id, email } = await newUser(tag)
  for (const role of roles) await sql('insert into public.user_roles (user_id, role) values ($1, $2)', [id, role])
  const token = await new SignJWT({
    sub: id, role: 'authenticated', aud: 'authenticated', email, session_id: randomUUID(), is_anonymous: false,
    app_metadata: { provider: 'email', providers: ['email'] }, user_metadata: {}, aal: 'aal1',
  }).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setIssuedAt().setExpirationTime('2h')
    .sign(new TextEncoder().encode(env().jwtSecret))
  return { id, token, client: withToken(token) }
}

async function signedIn(id: string, email: string): Promise<Who> {
  const c = client()
  const res = await c.auth.signInWithPassword({ email, password: PASSWORD })
  if (res.error) throw res.error
  return { id, token: res.data.session.access_token, client: withToken(res.data.session.access_token) }
}

async function must<T>(label: string, p: PromiseLike<{ data: T; error: unknown }>): Promise<T> {
  const { data, error } = await p
  if (error) throw new Error(`${label}: ${JSON.stringify(error)}`)
  return data
}

export async function upload(who: Who, bucket: string, path: string, pdf = bucket !== 'identity') {
  await must(`upload ${bucket}/${path}`, who.client.storage.from(bucket)
    .upload(path, pdf ? PDF : JPEG, { contentType: pdf ? 'application/pdf' : 'image/jpeg' }))
  return path
}

async function withCitizenProfile(who: Who) {
  await must('profile', who.client.from('profiles').insert({ id: who.id, ...PROFILE }))
  const path = await upload(who, 'identity', `${who.id}/${randomUUID()}.jpg`)
  const file = await must('identity', who.client.rpc('add_identity_document', { object_name: path, original_name: 'ktp.jpg' }))
  return { path, file: file as string }
}

let w: World | undefined
const rpc = (who: ActorKey, fn: string, args: Record<string, unknown>) =>
  must(`${fn} as ${who}`, w!.who[who].client.rpc(fn, args)) as Promise<Record<string, string>>

export const fileRequest = (extra: Record<string, unknown> = {}) =>
  rpc('citizenA', 'submit_request', { idempotency_key: randomUUID(), ...REQUEST, ...extra }) as unknown as Promise<Receipt>

const REFUSAL = {
  decision: 'rejected_exempt', letter_no: '489/1/Diskominfo/2026', exemption_codes: ['h'],
  note: 'Informasi memuat rahasia pribadi pihak lain.',
  consequence_test: {
    document: 'Data pribadi pegawai', exempt_items: 'Alamat dan NIK pegawai', legal_basis: 'UU 14/2008 Pasal 17 huruf h',
    harm_analysis: 'Membuka data ini mengungkap rahasia pribadi.', public_interest: 'Kepentingan publik tidak lebih besar.',
    result: 'Dikecualikan', signed_by: 'PPID Utama',
  },
}

export type RequestState = 'submitted' | 'in_process' | 'needs_completion' | 'completion_lapsed' | 'decided'
  | 'awaiting_payment' | 'delivered' | 'refused'

/** A new request of A in `state`, moved there by the officers whose step it is. */
export async function requestIn(state: RequestState): Promise<string> {
  const { id } = await fileRequest()
  if (state === 'submitted') return id
  if (state === 'needs_completion' || state === 'completion_lapsed') {
    await rpc('petugas', 'request_completion', { request_id: id, expected_status: 'submitted', reason: 'Mohon lengkapi rincian dokumen.' })
    if (state === 'completion_lapsed') await sql(`update public.requests set completion_due_on = date '2000-01-03' where id = $1`, [id])
    return id
  }
  await rpc('petugas', 'accept_request', { request_id: id, expected_status: 'submitted' })
  if (state === 'in_process') return id
  if (state === 'refused') {
    await rpc('ppid', 'decide_request', { request_id: id, expected_status: 'in_process', ...REFUSAL })
    return id
  }
  const fees = state === 'awaiting_payment' ? [{ item: 'Fotokopi', quantity: 10, unit_price: 500 }] : []
  await rpc('ppid', 'decide_request', { request_id: id, expected_status: 'in_process', decision: 'granted_full', letter_no: '489/2/Diskominfo/2026', fees })
  if (state !== 'delivered') return id
  await rpc('petugas', 'deliver_request', { request_id: id, expected_status: 'decided', method: 'email' })
  return id
}

/** A new objection of A (to a refused request) in `state`. */
export async function objectionIn(state: 'submitted' | 'in_review' | 'decided') {
  const request = await requestIn('refused')
  const { id } = await rpc('citizenA', 'submit_objection', {
    request_id: request, grounds: ['a'], case_position: 'Informasi itu seharusnya terbuka untuk publik.' })
  if (state !== 'submitted') await rpc('petugas', 'review_objection', { objection_id: id, expected_status: 'submitted' })
  if (state === 'decided') {
    await rpc('atasan', 'decide_objection', { objection_id: id, expected_status: 'in_review', outcome: 'rejected',
      response: 'Keputusan PPID sudah tepat.', reasons: 'Informasi memuat rahasia pribadi pihak lain.' })
  }
  return { request, objection: id! }
}

/** Everyone in ACTORS, and A's case. Built once per file. */
export async function world(): Promise<World> {
  const [citizenA, citizenB, petugas, ppid, atasan, admin] = await Promise.all([
    minted('warga-a'), minted('warga-b'), minted('petugas', ['petugas']), minted('ppid', ['ppid']),
    minted('atasan', ['atasan_ppid']), minted('admin', ['admin'])])
  const ex = await newUser('mantan')
  for (const role of ['petugas', 'ppid']) await sql('insert into public.user_roles (user_id, role) values ($1, $2)', [ex.id, role])
  const exOfficer = await signedIn(ex.id, ex.email)
  const meta = await newUser('meta')
  const updated = await client('service').auth.admin.updateUserById(meta.id, { user_metadata: { role: 'ppid', roles: ['ppid', 'admin'] } })
  if (updated.error) throw updated.error
  const metaPpid = await signedIn(meta.id, meta.email)
  const claims = JSON.parse(Buffer.from(metaPpid.token.split('.')[1]!, 'base64url').toString())
  if (claims.user_metadata?.role !== 'ppid') throw new Error('the token of the user_metadata variant does not carry role ppid')
  const anon = client()
  const service = client('service')
  w = { who: { anon: { id: null, token: env().anonKey, client: anon }, citizenA, citizenB, petugas, ppid, atasan, admin,
    service: { id: null, token: env().serviceRoleKey, client: service }, exOfficer, metaPpid } } as World

  // The officer loses both roles after signing in: the admin revokes them, the token stays valid.
  for (const role of ['petugas', 'ppid']) await must('revoke', admin.client.rpc('revoke_role', { target: ex.id, wanted: role }))
  const [{ path: identityObject, file: identityFile }] = await Promise.all([withCitizenProfile(citizenA), withCitizenProfile(citizenB)])
  const attachmentObject = await upload(citizenA, 'attachments', `${citizenA.id}/${randomUUID()}.pdf`)
  const receipt = await fileRequest({ attachments: [{ bucket: 'attachments', name: attachmentObject, kind: 'supporting', original_name: 'lampiran.pdf' }] })
  const request = receipt.id
  await rpc('petugas', 'accept_request', { request_id: request, expected_status: 'submitted' })
  const note = await rpc('petugas', 'add_internal_note', { request_id: request, body: 'Catatan internal: cek ke bidang anggaran.' })
  await rpc('ppid', 'decide_request', { request_id: request, expected_status: 'in_process', ...REFUSAL, decision: 'granted_partial',
    fees: [{ item: 'Fotokopi', quantity: 10, unit_price: 500 }] })
  const responseObject = await upload(petugas, 'responses', `${request}/${randomUUID()}.pdf`)
  await rpc('petugas', 'attach_response', { request_id: request, object_name: responseObject, kind: 'response', original_name: 'jawaban.pdf' })
  const { id: objection } = await rpc('citizenA', 'submit_objection', { request_id: request, grounds: ['b'], case_position: 'Informasi itu seharusnya terbuka.' })
  await rpc('petugas', 'review_objection', { objection_id: objection, expected_status: 'submitted' })
  await rpc('atasan', 'decide_objection', { objection_id: objection, expected_status: 'in_review', outcome: 'rejected',
    response: 'Keputusan PPID sudah tepat.', reasons: 'Informasi memuat rahasia pribadi pihak lain.' })
  const { id: dispute } = await rpc('citizenA', 'record_dispute', { objection_id: objection })

  const one = async (text: string, params: unknown[] = []) => String(Object.values((await sql(text, params))[0] ?? {})[0])
  w.a = {
    request, registrationNo: receipt.registration_no, secret: receipt.secret!, identityObject, identityFile, attachmentObject,
    responseObject, note: String(note), objection: objection!, dispute: dispute!,
    event: await one(`select id from public.request_events where request_id = $1 and kind = 'submitted'`, [request]),
    notification: await one(`select id from public.notifications where user_id = $1 order by id limit 1`, [citizenA.id]),
    fee: await one('select id from public.request_fees where request_id = $1', [request]),
    consequenceTest: await one('select id from public.consequence_tests where request_id = $1', [request]),
  }
  w.unit = await one(`insert into public.units (code, name) values ($1, 'Bidang Matriks') returning id`,
    [`MX-${randomUUID().slice(0, 8).toUpperCase()}`])
  w.audit = await one(`select id from public.audit_log where action = 'revoke_role' and entity_id = $1 order by id limit 1`, [ex.id])
  w.holiday = '2098-06-03'
  w.holidayYear = 2098
  await sql(`insert into public.holidays (day, name, kind) values ($1, 'Libur matriks', 'lokal') on conflict do nothing`, [w.holiday])
  await sql('insert into public.holiday_years (year) values ($1) on conflict do nothing', [w.holidayYear])
  w.wrongSecretRequest = (await fileRequest()).registration_no
  return w
}

// ---- What each cell aims at -------------------------------------------------------------------------

export interface Arranged {
  match?: Record<string, unknown> // the row a select, update or delete aims at
  columns?: string // what a select or an update reads back (default *)
  patch?: Record<string, unknown> // what an update writes
  row?: Record<string, unknown> // what an insert writes
  created?: Record<string, unknown> // finds the row an insert would write
  args?: Record<string, unknown> // an RPC's arguments
  path?: string // a storage object (or the folder a list reads)
  owner?: Who // stands in for citizen A when the cell needs an owner of its own
  probe?: () => Promise<unknown> // what the call may change, read as the superuser
  cleanup?: () => Promise<void>
}

const where = (m: Record<string, unknown>, from = 1, alias = 't') =>
  Object.keys(m).map((k, i) => `${alias}.${k}::text = $${i + from}::text`).join(' and ')
export const rowsOf = (table: string, m: Record<string, unknown>) =>
  sql(`select to_jsonb(t) as row from public.${table} t where ${where(m)} order by 1`, Object.values(m).map(String))

let serial = 0
const unique = () => `${Date.now().toString(36)}${(serial++).toString(36)}`.toUpperCase()
const freshDay = async () => String((await sql<{ d: string }>(`select to_char(date '2097-01-01' + $1::int, 'YYYY-MM-DD') d`, [serial++]))[0]!.d)

async function freshOwner(withProfile: boolean) {
  const owner = await minted('pemilik')
  if (withProfile) await sql(`insert into public.profiles (id, full_name, nik, address, occupation, phone)
    values ($1, 'Pemilik Baru', '6402011505900003', 'Jl. Kenanga No. 2', 'Petani', '081234567891')`, [owner.id])
  return owner
}

/** A's request, closed, with A's survey answer: made once, on first use. */
let surveyed: Promise<string> | undefined
const surveyedRequest = () => (surveyed ??= (async () => {
  const id = await closedRequest()
  await rpc('citizenA', 'submit_survey', { request_id: id, satisfaction: 4, ease: 5 })
  return id
})())
async function closedRequest() {
  const id = await requestIn('delivered')
  await rpc('petugas', 'close_request', { request_id: id, expected_status: 'delivered' })
  return id
}
const HASH = 'a'.repeat(64)
const letterArgs = async (request: string) => ({
  request_id: request, letter_type: 'receipt', letter_no: `${unique()}/PPID/2026`, sha256: HASH,
  letter_date: (await sql<{ d: string }>(`select to_char(public.local_date(now()), 'YYYY-MM-DD') d`))[0]!.d,
  object_name: await upload(w!.who.service, 'responses', `${request}/${randomUUID()}.pdf`),
})
/** A receipt letter on A's request, linked by the officer: made once, on first use. */
let lettered: Promise<string> | undefined
const letterOnA = () => (lettered ??= (async () => {
  const { id } = await rpc('petugas', 'attach_letter', await letterArgs(w!.a.request))
  return id!
})())

type TableFixture = (op: TableOp, actor: ActorKey) => Promise<Arranged> | Arranged

export const TABLE_FIXTURES: Record<TableResource, TableFixture> = {
  user_roles: (op, actor) => op === 'insert'
    ? { row: { user_id: w!.who[actor].id ?? w!.who.citizenB.id, role: 'admin' }, created: { user_id: w!.who[actor].id ?? w!.who.citizenB.id, role: 'admin' } }
    : { match: { user_id: w!.who.ppid.id, role: 'ppid' }, patch: { active: false } },
  audit_log: () => ({ match: { id: w!.audit }, patch: { action: 'tampered' }, row: { action: 'forged', entity: 'matrix' }, created: { action: 'forged' } }),
  agency_settings: (op) => op === 'insert'
    ? { row: { id: true, name: 'Palsu', short_name: 'P', parent_government: 'P', address: 'Jl. Palsu', ppid_name: 'P',
        ppid_position: 'P', atasan_name: 'P', atasan_position: 'P' }, created: { name: 'Palsu' } }
    : { match: { id: true }, patch: { phone: '(0541) 000 000' } },
  units: () => {
    const code = `MX-${unique()}`.slice(0, 20)
    return { match: { id: w!.unit }, patch: { name: 'Bidang Diubah' }, row: { code, name: 'Unit Matriks' }, created: { code } }
  },
  holidays: async (op) => {
    if (op === 'select' || op === 'update') return { match: { day: w!.holiday }, patch: { name: 'Libur diubah' } }
    const day = await freshDay()
    if (op === 'delete') await sql(`insert into public.holidays (day, name, kind) values ($1, 'Libur sementara', 'lokal')`, [day])
    return { match: { day }, created: { day }, row: { day, name: 'Libur matriks', kind: 'lokal' } }
  },
  holiday_years: async (op) => {
    if (op !== 'insert') return { match: { year: w!.holidayYear }, patch: { source: 'diubah' } }
    const year = (await sql<{ y: number }>(`select min(y) y from generate_series(2030, 2096) y
      where not exists (select 1 from public.holiday_years h where h.year = y)`))[0]!.y
    return { row: { year, source: 'matriks' }, created: { year } }
  },
  profiles: async (op) => {
    if (op === 'select' || op === 'update') return { match: { id: w!.who.citizenA.id }, patch: { occupation: 'Diubah' }, columns: PROFILE_COLUMNS }
    const owner = await freshOwner(op === 'delete')
    return { owner, match: { id: owner.id }, created: { id: owner.id }, row: { id: owner.id, ...PROFILE }, columns: PROFILE_COLUMNS }
  },
  'profiles (nik)': (op) => op === 'select'
    ? { match: { id: w!.who.citizenA.id }, columns: 'nik' }
    : { match: { id: w!.who.citizenA.id }, patch: { nik: '6402014107950002' }, columns: 'id' },
  files: () => ({
    match: { id: w!.a.identityFile }, patch: { check_status: 'mismatch' },
    row: { bucket_id: 'identity', object_name: `${w!.who.citizenA.id}/forged.jpg`, owner_id: w!.who.citizenA.id, kind: 'identity', mime_type: 'image/jpeg', size_bytes: 12 },
    created: { object_name: `${w!.who.citizenA.id}/forged.jpg` },
  }),
  requests: () => ({
    match: { id: w!.a.request }, patch: { status: 'withdrawn' },
    row: { registration_no: 'PI-1999-00001', applicant_id: w!.who.citizenA.id, status: 'closed' }, created: { registration_no: 'PI-1999-00001' },
  }),
  'requests (applicant_nik)': () => ({ match: { id: w!.a.request }, columns: 'applicant_nik' }),
  'requests (proxy_nik)': () => ({ match: { id: w!.a.request }, columns: 'proxy_nik' }),
  'requests (applicant_nik_masked)': () => ({ match: { id: w!.a.request }, columns: 'applicant_nik_masked' }),
  request_fees: () => ({ match: { id: w!.a.fee }, patch: { unit_price: 0 }, row: { request_id: w!.a.request, item: 'Palsu', quantity: 1, unit_price: 0 }, created: { item: 'Palsu' } }),
  consequence_tests: () => ({ match: { id: w!.a.consequenceTest }, patch: { result: 'Dibuka' }, row: { request_id: w!.a.request, document: 'Palsu' }, created: { document: 'Palsu' } }),
  request_events: () => ({
    match: { id: w!.a.event }, patch: { body: 'Riwayat diubah' },
    row: { request_id: w!.a.request, actor_role: 'ppid', kind: 'forged_event', to_status: 'closed', visibility: 'public' }, created: { kind: 'forged_event' },
  }),
  'request_events (internal note)': () => ({ match: { id: w!.a.note } }),
  notifications: () => ({
    match: { id: w!.a.notification }, patch: { read_at: '2026-01-05T01:00:00+00:00' },
    row: { user_id: w!.who.citizenA.id, kind: 'forged' }, created: { kind: 'forged' },
  }),
  'notifications (user_id)': () => ({ match: { id: w!.a.notification }, patch: { user_id: w!.who.citizenB.id } }),
  exemption_grounds: () => ({ match: { code: 'a' }, patch: { label: 'Diubah' }, row: { code: 'k', label: 'Palsu', legal_text: 'Palsu' }, created: { label: 'Palsu' } }),
  objections: () => ({ match: { id: w!.a.objection }, patch: { status: 'upheld' }, row: { request_id: w!.a.request, registration_no: 'KB-1999-00001' }, created: { registration_no: 'KB-1999-00001' } }),
  disputes: () => ({ match: { id: w!.a.dispute }, patch: { stage: 'final' }, row: { request_id: w!.a.request, commission: 'Palsu', filed_on: '2026-01-05' }, created: { commission: 'Palsu' } }),
  request_register: () => ({ match: { id: w!.a.request }, patch: { status: 'withdrawn' }, row: { registration_no: 'PI-1999-00002' }, created: { registration_no: 'PI-1999-00002' } }),
  objection_register: () => ({ match: { id: w!.a.objection }, patch: { status: 'upheld' }, row: { registration_no: 'KB-1999-00002' }, created: { registration_no: 'KB-1999-00002' } }),
  report_narratives: async () => {
    const [n] = await sql<{ id: number }>(`insert into public.report_narratives (period_from, period_to, policy)
      values ('2099-01-01', '2099-12-31', 'Narasi matriks') on conflict (period_from, period_to) do update set policy = excluded.policy returning id`)
    const day = await freshDay()
    return { match: { id: n!.id }, patch: { policy: 'Diubah' }, row: { period_from: day, period_to: day }, created: { period_from: day } }
  },
  request_surveys: async () => {
    const request = await surveyedRequest()
    return { match: { request_id: request }, patch: { satisfaction: 1 }, row: { request_id: w!.a.request, satisfaction: 1, ease: 1 },
      created: { request_id: w!.a.request } }
  },
  letters: async () => {
    const id = await letterOnA()
    return { match: { id }, patch: { letter_no: 'Diubah' }, row: { request_id: w!.a.request, letter_no: 'Palsu' }, created: { letter_no: 'Palsu' } }
  },
}

type StorageFixture = (op: StorageOp) => Promise<Arranged> | Arranged
const own = (bucket: string, linked: string): StorageFixture => async (op) => {
  const a = w!.who.citizenA
  const folder = a.id!
  if (op === 'upload') return { path: `${folder}/${randomUUID()}.${bucket === 'identity' ? 'jpg' : 'pdf'}` }
  if (op === 'list') return { path: folder }
  if (op !== 'delete') return { path: linked }
  return { path: await upload(w!.who.service, bucket, `${folder}/${randomUUID()}.${bucket === 'identity' ? 'jpg' : 'pdf'}`) }
}
const ownLinked = (bucket: 'identity' | 'attachments'): StorageFixture => async () => {
  const a = w!.who.citizenA
  const path = await upload(a, bucket, `${a.id}/${randomUUID()}.${bucket === 'identity' ? 'jpg' : 'pdf'}`)
  if (bucket === 'identity') await rpc('citizenA', 'add_identity_document', { object_name: path })
  else await fileRequest({ attachments: [{ bucket, name: path, kind: 'supporting' }] })
  return { path }
}

export const STORAGE_FIXTURES: Record<StorageResource, StorageFixture> = {
  'identity/<A>/…': (op) => own('identity', w!.a.identityObject)(op),
  'identity/<A>/… (linked)': (op) => ownLinked('identity')(op),
  'attachments/<A>/…': (op) => own('attachments', w!.a.attachmentObject)(op),
  'attachments/<A>/… (linked)': (op) => ownLinked('attachments')(op),
  'responses/<request>/…': async (op) => {
    const folder = w!.a.request
    if (op === 'upload') return { path: `${folder}/${randomUUID()}.pdf` }
    if (op === 'list') return { path: folder }
    if (op !== 'delete') return { path: w!.a.responseObject }
    return { path: await upload(w!.who.service, 'responses', `${folder}/${randomUUID()}.pdf`) }
  },
  'responses/<no such request>/…': () => ({ path: `${randomUUID()}/${randomUUID()}.pdf` }),
}

// ---- RPCs: each call is one that succeeds for the right actor --------------------------------------

const requestProbe = (id: string) => () => sql(`select r.status, r.assigned_unit_id, r.updated_at,
  (select count(*) from public.request_events e where e.request_id = r.id) events,
  (select count(*) from public.files f where f.request_id = r.id) files,
  (select count(*) from public.objections o where o.request_id = r.id) objections
  from public.requests r where r.id = $1`, [id])
const objectionProbe = (id: string) => () => sql(`select o.status, o.applicant_reaction, o.updated_at,
  (select count(*) from public.disputes d where d.objection_id = o.id) disputes from public.objections o where o.id = $1`, [id])
const rolesProbe = (id: string) => () => sql(`select (select jsonb_agg(jsonb_build_array(role, active) order by role) from public.user_roles where user_id = $1) roles,
  (select count(*) from public.audit_log where entity_id = $1::text) audited`, [id])
const onRequest = (state: RequestState, args: (id: string) => Record<string, unknown>) => async (): Promise<Arranged> => {
  const id = await requestIn(state)
  return { args: { request_id: id, ...args(id) }, probe: requestProbe(id) }
}
const onObjection = (state: 'submitted' | 'in_review' | 'decided', args: Record<string, unknown>) => async (): Promise<Arranged> => {
  const { objection } = await objectionIn(state)
  return { args: { objection_id: objection, ...args }, probe: objectionProbe(objection) }
}
const pure = (args: Record<string, unknown>) => () => ({ args })
const TODAY = '2026-11-26'

export const RPC_FIXTURES: Record<RpcResource, (actor: ActorKey) => Promise<Arranged> | Arranged> = {
  submit_request: () => {
    const key = randomUUID()
    return { args: { idempotency_key: key, ...REQUEST }, probe: () => sql('select count(*) from public.requests where idempotency_key = $1', [key]) }
  },
  add_identity_document: async () => {
    const path = await upload(w!.who.citizenA, 'identity', `${w!.who.citizenA.id}/${randomUUID()}.jpg`)
    return { args: { object_name: path }, probe: () => sql('select count(*) from public.files where object_name = $1', [path]) }
  },
  register_offline_request: () => {
    const name = `Pemohon Luring ${unique()}`
    return {
      args: { channel: 'langsung', received_at: new Date().toISOString(), applicant_type: 'perorangan', applicant_name: name,
        applicant_address: 'Jl. Mawar No. 1, Tenggarong', applicant_occupation: 'Guru', applicant_nik: '6402011505900002',
        details: REQUEST.details, purpose: REQUEST.purpose, obtain_methods: ['melihat'] },
      probe: () => sql('select count(*) from public.requests where applicant_name = $1', [name]),
    }
  },
  lookup_request: () => ({ args: { registration_no: w!.a.registrationNo, secret: w!.a.secret } }),
  'lookup_request (wrong secret)': () => {
    const forget = () => sql('delete from private.lookup_attempts where registration_no = $1', [w!.wrongSecretRequest]).then(() => undefined)
    return { args: { registration_no: w!.wrongSecretRequest, secret: 'AAAAAAAAAAAAAAAAAAAAAAAA' }, cleanup: forget }
  },
  accept_request: onRequest('submitted', () => ({ expected_status: 'submitted' })),
  request_completion: onRequest('submitted', () => ({ expected_status: 'submitted', reason: 'Mohon lengkapi rincian dokumen.' })),
  complete_request: onRequest('needs_completion', () => ({ note: 'Sudah saya lengkapi.' })),
  close_incomplete: onRequest('completion_lapsed', () => ({ expected_status: 'needs_completion' })),
  assign_request: onRequest('submitted', () => ({ unit_id: Number(w!.unit) })),
  extend_request: onRequest('in_process', () => ({ expected_status: 'in_process', reason: 'Dokumen masih dihimpun dari bidang.' })),
  decide_request: onRequest('in_process', () => ({ expected_status: 'in_process', decision: 'granted_full', letter_no: '489/3/Diskominfo/2026' })),
  record_payment: onRequest('awaiting_payment', () => ({ expected_status: 'awaiting_payment', method: 'Tunai di loket' })),
  deliver_request: onRequest('decided', () => ({ expected_status: 'decided', method: 'email' })),
  close_request: onRequest('delivered', () => ({ expected_status: 'delivered' })),
  confirm_receipt: onRequest('delivered', () => ({})),
  withdraw_request: onRequest('submitted', () => ({ reason: 'Tidak diperlukan lagi.' })),
  send_message: onRequest('submitted', () => ({ body: 'Apakah ada kabar terbaru?' })),
  add_internal_note: onRequest('submitted', () => ({ body: 'Catatan internal.' })),
  attach_response: async () => {
    const id = await requestIn('decided')
    const path = await upload(w!.who.service, 'responses', `${id}/${randomUUID()}.pdf`)
    return { args: { request_id: id, object_name: path, kind: 'response', original_name: 'jawaban.pdf' }, probe: requestProbe(id) }
  },
  submit_objection: onRequest('refused', () => ({ grounds: ['a'], case_position: 'Informasi itu seharusnya terbuka.' })),
  register_objection: onRequest('refused', () => ({ grounds: ['c'], case_position: 'Keberatan tertulis lewat surat.' })),
  review_objection: onObjection('submitted', { expected_status: 'submitted' }),
  decide_objection: onObjection('in_review', { expected_status: 'in_review', outcome: 'rejected', response: 'Keputusan PPID sudah tepat.', reasons: 'Rahasia pribadi pihak lain.' }),
  withdraw_objection: onObjection('submitted', {}),
  record_objection_reaction: onObjection('decided', { reaction: 'Saya akan ke Komisi Informasi.' }),
  record_dispute: onObjection('decided', {}),
  update_dispute: async () => {
    const { objection } = await objectionIn('decided')
    const { id } = await rpc('citizenA', 'record_dispute', { objection_id: objection })
    return { args: { dispute_id: id, stage: 'mediation' }, probe: () => sql('select stage, updated_at from public.disputes where id = $1', [id]) }
  },
  grant_role: async () => {
    const { id } = await newUser('calon')
    return { args: { target: id, wanted: 'petugas' }, probe: rolesProbe(id) }
  },
  'grant_role (on oneself)': (actor) => {
    const id = w!.who[actor].id ?? w!.who.admin.id!
    return { args: { target: id, wanted: 'ppid' }, probe: rolesProbe(id) }
  },
  revoke_role: async () => {
    const { id } = await newUser('petugas-lama')
    await sql(`insert into public.user_roles (user_id, role) values ($1, 'petugas')`, [id])
    return { args: { target: id, wanted: 'petugas' }, probe: rolesProbe(id) }
  },
  'revoke_role (on oneself)': (actor) => {
    const id = w!.who[actor].id ?? w!.who.admin.id!
    return { args: { target: id, wanted: 'admin' }, probe: rolesProbe(id) }
  },
  submit_survey: async () => {
    const id = await closedRequest()
    return { args: { request_id: id, satisfaction: 5, ease: 4, on_time: true }, probe: () => sql('select count(*) from public.request_surveys where request_id = $1', [id]) }
  },
  staff_queue: pure({ statuses: ['submitted', 'in_process'], search: 'informasi', page_limit: 5 }),
  staff_queue_counts: pure({}),
  staff_queue_assignees: pure({}),
  reveal_applicant_nik: () => ({ args: { request_id: w!.a.request },
    probe: () => sql(`select count(*) from public.audit_log where action = 'reveal_nik' and entity_id = $1`, [w!.a.request]) }),
  'applicant_nik_masked (as an RPC)': () => ({ args: { r: { id: w!.a.request } } }),
  my_nik_masked: pure({}),
  list_active_staff: pure({}),
  attach_letter: async () => {
    const id = await requestIn('submitted')
    return { args: await letterArgs(id), probe: () => sql('select count(*) from public.letters where request_id = $1', [id]) }
  },
  deactivate_staff: async () => {
    const { id } = await newUser('petugas-nonaktif')
    await sql(`insert into public.user_roles (user_id, role) values ($1, 'petugas')`, [id])
    return { args: { target: id }, probe: rolesProbe(id) }
  },
  admin_find_account: async () => ({ args: { account_email:
    (await sql<{ email: string }>('select email from auth.users where id = $1', [w!.who.citizenB.id]))[0]!.email } }),
  admin_list_staff: pure({}),
  save_holiday: async () => {
    const day = await freshDay()
    return { args: { day, name: 'Libur daerah matriks', kind: 'lokal' }, probe: () => sql('select name from public.holidays where day = $1', [day]) }
  },
  delete_holiday: async () => {
    const day = await freshDay()
    await sql(`insert into public.holidays (day, name, kind) values ($1, 'Libur sementara', 'lokal')`, [day])
    return { args: { day }, probe: () => sql('select name from public.holidays where day = $1', [day]) }
  },
  set_holiday_year: () => ({ args: { year: 2096, complete: false, source: 'Matriks' },
    probe: () => sql('select complete, source, updated_at from public.holiday_years where year = 2096') }),
  import_holidays: () => ({ args: { year: 2099, lines: `2099-01-01;Tahun Baru ${unique()};libur_nasional` },
    probe: () => sql('select name from public.holidays where year = 2099') }),
  update_agency_settings: () => ({ args: { changes: { website: `https://ppid-${unique().toLowerCase()}.kukarkab.go.id` } },
    probe: () => sql('select website from public.agency_settings') }),
  save_unit: () => {
    const code = `MX-${unique()}`.slice(0, 20)
    return { args: { unit_id: null, code, name: 'Bidang Matriks Baru' }, probe: () => sql('select count(*) from public.units where code = $1', [code]) }
  },
  report_statistics: pure({ from_date: '2026-01-01', to_date: '2026-12-31' }),
  save_report_narrative: async () => {
    const day = await freshDay()
    return { args: { period_from: day, period_to: day, sections: { policy: 'Narasi matriks.' } },
      probe: () => sql('select policy, updated_by from public.report_narratives where period_from = $1', [day]) }
  },
  public_statistics: pure({ year: 2026 }),
  agency_public: pure({}),
  is_working_day: pure({ d: TODAY }),
  add_working_days: pure({ start: TODAY, n: 10 }),
  working_days_between: pure({ a: TODAY, b: '2026-12-31' }),
  local_date: pure({ at: new Date().toISOString() }),
  received_day: pure({ at: new Date().toISOString() }),
  deadline_provisional: pure({ start: TODAY, due: '2027-01-15' }),
  holidays_between: pure({ a: '2026-01-01', b: '2026-12-31' }),
  nik_is_valid: pure({ nik: '6402011505900001' }),
  is_plain_line: pure({ value: 'Jl. Melati' }),
  is_plain_text: pure({ value: 'Baris satu\nbaris dua' }),
}

// ---- Checking a cell ----------------------------------------------------------------------------

export interface Observed {
  kind: Kind | 'error'
  status: number | string
  detail: string
}

interface ApiError {
  code?: string
  message?: string
  hint?: string | null
}

function classify(status: number | string, error: ApiError | null, data: unknown): Observed {
  if (error) {
    const code = error.code ?? ''
    const message = error.message ?? ''
    const detail = `(${code}: ${message}${error.hint ? `; ${error.hint}` : ''})`
    if (code === '42501' && message.includes('row-level security')) return { kind: 'rls_violation', status, detail }
    if (code === '42501' && message.includes('append-only')) return { kind: 'blocked_by_trigger', status, detail }
    if (code === '42501' || code === 'PT403') return { kind: 'permission_denied', status, detail }
    if (code === 'PT404') return { kind: 'not_found', status, detail }
    if (code === 'P0001') return { kind: 'refused', status, detail }
    if (code === '42703') return { kind: 'absent', status, detail }
    return { kind: 'error', status, detail }
  }
  const empty = Array.isArray(data) ? data.length === 0 : (data as { found?: unknown } | null)?.found === false
  return { kind: empty ? 'filtered' : 'allow', status, detail: '' }
}

const baseName = (resource: string) => resource.replace(/ \(.*\)$/, '')
const bucketOf = (resource: string) => resource.split('/')[0]!

async function observeTable(table: string, op: TableOp, who: Who, a: Arranged): Promise<Observed> {
  const q = who.client.from(table)
  const res = op === 'select' ? await q.select(a.columns ?? '*').match(a.match!)
    : op === 'insert' ? await q.insert(a.row!)
      : op === 'update' ? await q.update(a.patch!).match(a.match!).select(a.columns ?? '*')
        : await q.delete().match(a.match!).select()
  return classify(res.status, res.error, res.data)
}

async function observeStorage(bucket: string, op: StorageOp, who: Who, path: string): Promise<Observed> {
  const base = `${env().url}/storage/v1`
  const headers = { apikey: who.token === env().serviceRoleKey ? env().serviceRoleKey : env().anonKey, authorization: `Bearer ${who.token}` }
  const json = (method: string, url: string, body: unknown) =>
    fetch(url, { method, headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(body) })
  const res = op === 'upload'
    ? await fetch(`${base}/object/${bucket}/${path}`, { method: 'POST', headers: { ...headers, 'content-type': bucket === 'identity' ? 'image/jpeg' : 'application/pdf' }, body: bucket === 'identity' ? JPEG : PDF })
    : op === 'download' ? await fetch(`${base}/object/authenticated/${bucket}/${path}`, { headers })
      : op === 'list' ? await json('POST', `${base}/object/list/${bucket}`, { prefix: path, limit: 100, offset: 0 })
        : op === 'sign' ? await json('POST', `${base}/object/sign/${bucket}/${path}`, { expiresIn: 60 })
          : await json('DELETE', `${base}/object/${bucket}`, { prefixes: [path] })
  const body = res.headers.get('content-type')?.includes('json') ? await res.json() : await res.arrayBuffer()
  if (res.status !== 200) {
    const e = body as { statusCode?: string; message?: string }
    const observed = classify(Number(e.statusCode), { code: e.statusCode === '403' ? '42501' : e.statusCode === '404' ? 'PT404' : e.statusCode, message: e.message }, null)
    return res.status === 400 ? observed : { ...observed, kind: 'error', detail: `HTTP ${res.status} ${observed.detail}` }
  }
  if (op === 'sign') {
    const signed = await fetch(`${base}${(body as { signedURL: string }).signedURL}`)
    if (signed.status !== 200) return { kind: 'error', status: signed.status, detail: 'the signed URL does not serve the object' }
  }
  return classify(200, null, op === 'list' || op === 'delete' ? body : {})
}

let superPool: pg.Pool | undefined
/** The superuser's statement, in a transaction that is always rolled back. */
async function observeSql(table: 'audit_log' | 'request_events', op: 'update' | 'delete' | 'truncate'): Promise<Observed> {
  superPool ??= new pg.Pool({ connectionString: env().dbUrl, max: 2 })
  const id = table === 'audit_log' ? w!.audit : w!.a.event
  const statement = op === 'truncate' ? `truncate public.${table} cascade`
    : op === 'delete' ? `delete from public.${table} where id = $1`
      : `update public.${table} set ${table === 'audit_log' ? 'action' : 'body'} = 'diubah' where id = $1`
  const db = await superPool.connect()
  try {
    await db.query('begin')
    const res = await db.query(statement, op === 'truncate' ? [] : [id])
    return { kind: op === 'truncate' || res.rowCount ? 'allow' : 'filtered', status: 'ok', detail: '' }
  } catch (error) {
    const e = error as ApiError
    return { ...classify(e.code ?? '', e, null), status: e.code ?? '' }
  } finally {
    await db.query('rollback')
    db.release()
  }
}

function arrange(cell: Exclude<Cell, { surface: 'sql' }>): Promise<Arranged> | Arranged {
  if (cell.surface === 'table') return TABLE_FIXTURES[cell.resource](cell.op, cell.actor)
  if (cell.surface === 'storage') return STORAGE_FIXTURES[cell.resource](cell.op)
  return RPC_FIXTURES[cell.resource](cell.actor)
}

/** What the cell may change, read as the superuser before and after; only write cells have one. */
function probeOf(cell: Cell, a: Arranged): (() => Promise<unknown>) | undefined {
  if (cell.surface === 'rpc') return a.probe
  if (cell.surface === 'storage') {
    if (cell.op !== 'upload' && cell.op !== 'delete') return undefined
    return () => sql('select count(*) from storage.objects where bucket_id = $1 and name = $2', [bucketOf(cell.resource), a.path])
  }
  if (cell.surface !== 'table' || cell.op === 'select') return undefined
  return () => rowsOf(baseName(cell.resource), cell.op === 'insert' ? a.created! : a.match!)
}

/** Puts back what an allowed call wrote, so every cell starts from the same world. */
async function undo(cell: Cell, a: Arranged, before: unknown) {
  if (cell.surface === 'storage' && cell.op === 'upload') await w!.who.service.client.storage.from(bucketOf(cell.resource)).remove([a.path!])
  if (cell.surface !== 'table') return
  const table = baseName(cell.resource)
  if (cell.op === 'insert') await sql(`delete from public.${table} t where ${where(a.created!, 1, 't')}`, Object.values(a.created!).map(String))
  if (cell.op === 'update') {
    const cols = Object.keys(a.patch!).map((k) => `${k} = r.${k}`).join(', ')
    for (const { row } of before as { row: unknown }[]) {
      await sql(`update public.${table} t set ${cols} from jsonb_populate_record(null::public.${table}, $1::jsonb) r where ${where(a.match!, 2, 't')}`,
        [JSON.stringify(row), ...Object.values(a.match!).map(String)])
    }
  }
}

/**
 * Makes the cell's call as its actor and compares what happened with the matrix. Returns null when
 * they agree, else what differs. Denied writes must leave the superuser's view unchanged; allowed
 * writes must change it (and are undone).
 */
export async function check(cell: Cell): Promise<string | null> {
  if (cell.surface === 'sql') {
    const seen = await observeSql(cell.resource, cell.op)
    return seen.kind === cell.kind && seen.status === cell.status ? null : `expected ${cell.kind} ${cell.status}, got ${seen.kind} ${seen.status} ${seen.detail}`
  }
  const a = await arrange(cell)
  const who = cell.actor === 'citizenA' && a.owner ? a.owner : w!.who[cell.actor]
  const probe = probeOf(cell, a)
  const before = await probe?.()
  const seen = cell.surface === 'table' ? await observeTable(baseName(cell.resource), cell.op, who, a)
    : cell.surface === 'storage' ? await observeStorage(bucketOf(cell.resource), cell.op, who, a.path!)
      : classify(...(await who.client.rpc(baseName(cell.resource), a.args).then((r) => [r.status, r.error, r.data] as const)))
  const after = await probe?.()
  const problems: string[] = []
  if (seen.kind !== cell.kind || seen.status !== cell.status) problems.push(`expected ${cell.kind} ${cell.status}, got ${seen.kind} ${seen.status} ${seen.detail}`)
  const changed = JSON.stringify(before) !== JSON.stringify(after)
  if (probe && cell.kind !== 'allow' && changed) problems.push(`nothing may change, yet ${JSON.stringify(before)} became ${JSON.stringify(after)}`)
  if (probe && cell.kind === 'allow' && seen.kind === 'allow' && !changed) problems.push('the allowed call changed nothing')
  if (seen.kind === 'allow') await undo(cell, a, before)
  await a.cleanup?.()
  return problems.length ? problems.join('; ') : null
}

export async function closeMatrix() {
  await superPool?.end()
  superPool = undefined
}
