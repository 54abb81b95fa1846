import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { actor, sql, type Actor } from './helpers.ts'
import { ok, refused } from './process-helpers.ts'

/**
 * The officer's queue (staff_queue) and dashboard counters (staff_queue_counts). Every query is scoped to
 * a unit created here, so requests other test files leave in the shared database do not count.
 */

interface Item {
  id: string
  registration_no: string
  applicant_name: string
  channel: string
  status: string
  received_on: string
  deadline: string | null
  working_days_left: number | null
  overdue: boolean
  assigned_unit_id: number | null
  unit_name: string | null
  assignee_id: string | null
  open_objection: boolean
}
interface Page {
  total: number
  items: Item[]
}

type Counts = Record<'new_requests' | 'in_process' | 'due_soon' | 'overdue' | 'awaiting_applicant' | 'awaiting_payment' | 'objections_open', number>

let petugas: Actor
let ppid: Actor
let tag: string
let unit: number
let otherUnit: number
let today: string
let soon: string
let before: Counts
const ids: Record<string, string> = {}

async function dateSql(expr: string): Promise<string> {
  const [row] = await sql<{ d: string }>(`select to_char(${expr}, 'YYYY-MM-DD') as d`)
  return row!.d
}

interface Row {
  key: string
  status: string
  channel?: string
  received: number
  notice: number
  final?: number
  delivery?: number
  noticeSent?: boolean
  assignee?: string
  unit?: number
  name?: string
  details?: string
}

async function insert(r: Row) {
  const id = randomUUID()
  ids[r.key] = id
  await sql(`
    with filed as (insert into public.requests (id, registration_no, applicant_id, channel, applicant_type, applicant_name, applicant_address,
      applicant_occupation, details, purpose, obtain_methods, assigned_unit_id, assignee_id, declared_at, status, received_at,
      received_on, due_notice_on, due_final_on, delivery_due_on, notice_sent_at, lookup_secret_hash)
    values ($1, $2, null, $3, 'perorangan', $4, 'Jl. Poros Tenggarong No. 1', 'Wiraswasta', $5,
      'Bahan penelitian tentang pelayanan publik.', '{melihat}', $6, $7, now(), $8,
      ($9::date + time '09:00') at time zone 'Asia/Makassar', $9::date, $10::date, $11::date, $12::date,
      case when $13 then now() end, 'x') returning id)
    insert into private.request_identity_numbers (request_id, applicant_nik) select id, '6402011505900001' from filed`,
  [id, `PQ-${tag}-${r.key}`, r.channel ?? 'langsung', r.name ?? `Pemohon ${r.key}`,
    r.details ?? `Mohon salinan dokumen umum nomor ${r.key} ${tag}.`, r.unit ?? unit, r.assignee ?? null, r.status,
    `${today}`, today, null, null, r.noticeSent ?? false])
  // Dates relative to today, set after the insert so the parameters above stay simple.
  await sql(`update public.requests set received_on = $2::date + $3::int, due_notice_on = $2::date + $4::int,
      due_final_on = $2::date + $5::int, delivery_due_on = $2::date + $6::int,
      received_at = (($2::date + $3::int) + time '09:00') at time zone 'Asia/Makassar' where id = $1`,
  [id, today, r.received, r.notice, r.final ?? null, r.delivery ?? null])
}

async function queue(who: Actor, args: Record<string, unknown> = {}): Promise<Page> {
  const res = ok(await who.client.rpc('staff_queue', { unit_id: unit, ...args }).single())
  return res.data as unknown as Page
}
const keys = (page: Page) => page.items.map((i) => i.registration_no.replace(`PQ-${tag}-`, ''))

async function counts(who: Actor): Promise<Counts> {
  return ok(await who.client.rpc('staff_queue_counts').single()).data as Counts
}

beforeAll(async () => {
  ;[petugas, ppid] = await Promise.all([actor('q-petugas', ['petugas']), actor('q-ppid', ['ppid'])])
  tag = randomUUID().slice(0, 6).toUpperCase()
  const units = await sql<{ id: number }>(`insert into public.units (code, name) values ($1, 'Unit Antrean Uji'), ($2, 'Unit Lain')
    returning id`, [`Q${tag}`, `Q${tag}-2`])
  unit = Number(units[0]!.id)
  otherUnit = Number(units[1]!.id)
  today = await dateSql('public.local_date(now())')
  soon = await dateSql('public.add_working_days(public.local_date(now()), 2)')
  const soonOffset = Math.round((Date.parse(soon) - Date.parse(today)) / 86_400_000)
  before = await counts(petugas)

  await insert({ key: 'A', status: 'submitted', channel: 'web', received: -40, notice: -26, name: 'Ahmad Saputra', details: `Mohon salinan APBD 2025 lengkap ${tag}.` })
  await insert({ key: 'B', status: 'in_process', received: -5, notice: soonOffset, assignee: petugas.id })
  await insert({ key: 'C', status: 'extended', channel: 'telepon', received: -20, notice: -1, final: 40, assignee: petugas.id })
  await insert({ key: 'D', status: 'needs_completion', channel: 'web', received: -3, notice: 20 })
  await insert({ key: 'E', status: 'decided', channel: 'web', received: -15, notice: -1, noticeSent: true, delivery: 5 })
  await insert({ key: 'F', status: 'awaiting_payment', channel: 'surat', received: -12, notice: 2, noticeSent: true, delivery: 9 })
  await insert({ key: 'G', status: 'closed', channel: 'web', received: -100, notice: -86, noticeSent: true, name: 'Budi 100%_Benar' })
  await insert({ key: 'H', status: 'in_process', received: -2, notice: 30, unit: otherUnit })
  await sql(`insert into public.objections (registration_no, request_id, grounds, case_position, ground_on, window_until, received_on, due_on)
    values ($1, $2, '{a}', 'Permohonan saya ditolak tanpa alasan yang jelas.', $3, $3::date + 40, $3, $3::date + 40)`,
  [`KB-${tag}`, ids.G, today])
})

describe('who may read the queue', () => {
  it('refuses a citizen, an admin without an officer role and a deactivated officer', async () => {
    const [warga, admin, former] = await Promise.all([actor('q-warga'), actor('q-admin', ['admin']), actor('q-former', ['petugas'])])
    await sql(`update public.user_roles set active = false, revoked_at = now() where user_id = $1`, [former.id])
    for (const who of [warga, admin, former]) {
      refused(await who.client.rpc('staff_queue', { unit_id: unit }), 'forbidden', 403)
      refused(await who.client.rpc('staff_queue_counts'), 'forbidden', 403)
      refused(await who.client.rpc('staff_queue_assignees'), 'forbidden', 403)
    }
  })

  it('serves petugas and PPID', async () => {
    expect((await queue(petugas)).total).toBe(7)
    expect((await queue(ppid)).total).toBe(7)
    const assignees = ok(await ppid.client.rpc('staff_queue_assignees')).data as { id: string; roles: string[] }[]
    expect(assignees.find((a) => a.id === petugas.id)?.roles).toEqual(['petugas'])
  })
})

describe('filters', () => {
  it('by unit', async () => {
    expect(keys(await queue(petugas, { unit_id: otherUnit }))).toEqual(['H'])
  })

  it('by status list', async () => {
    expect(keys(await queue(petugas, { statuses: ['submitted'] }))).toEqual(['A'])
    expect(keys(await queue(petugas, { statuses: ['in_process', 'extended'], sort: 'number' }))).toEqual(['B', 'C'])
  })

  it('by channel', async () => {
    expect(keys(await queue(petugas, { channel: 'telepon' }))).toEqual(['C'])
  })

  it('by assignee, and unassigned', async () => {
    expect(keys(await queue(petugas, { assignee_id: petugas.id, sort: 'number' }))).toEqual(['B', 'C'])
    expect(keys(await queue(petugas, { unassigned: true, sort: 'number' }))).toEqual(['A', 'D', 'E', 'F', 'G'])
  })

  it('overdue: clock running and past the deadline; a request with its notice sent is not', async () => {
    const page = await queue(petugas, { due: 'overdue' })
    expect(keys(page)).toEqual(['A'])
    expect(page.items[0]!.overdue).toBe(true)
  })

  it('due soon: deadline today up to 2 working days ahead', async () => {
    expect(keys(await queue(petugas, { due: 'soon' }))).toEqual(['B'])
  })

  it('by received date range, inclusive', async () => {
    const from = await dateSql(`'${today}'::date - 20`)
    const to = await dateSql(`'${today}'::date - 5`)
    expect(keys(await queue(petugas, { received_from: from, received_to: to, sort: 'number' }))).toEqual(['B', 'C', 'E', 'F'])
    refused(await petugas.client.rpc('staff_queue', { received_from: to, received_to: from }), 'invalid_range', 400)
  })

  it('requests with an open objection', async () => {
    const page = await queue(petugas, { open_objection: true })
    expect(keys(page)).toEqual(['G'])
    expect(page.items[0]!.open_objection).toBe(true)
  })

  it('combines filters', async () => {
    expect(keys(await queue(petugas, { statuses: ['in_process', 'extended'], channel: 'telepon', assignee_id: petugas.id }))).toEqual(['C'])
    expect((await queue(petugas, { statuses: ['submitted'], channel: 'telepon' })).total).toBe(0)
  })
})

describe('text search', () => {
  it('finds the applicant name, case-insensitively', async () => {
    expect(keys(await queue(petugas, { search: 'saPUTra' }))).toEqual(['A'])
  })

  it('finds words of the requested information', async () => {
    expect(keys(await queue(petugas, { search: 'apbd 2025' }))).toEqual(['A'])
  })

  it('finds the registration number', async () => {
    expect(keys(await queue(petugas, { search: `pq-${tag}-f` }))).toEqual(['F'])
  })

  it('takes % and _ literally', async () => {
    expect(keys(await queue(petugas, { search: '100%_' }))).toEqual(['G'])
    expect((await queue(petugas, { search: 'a%z' })).total).toBe(0)
    expect((await queue(petugas, { search: '_' })).total).toBe(1)
  })

  // Within the running clock the candidates come from the trigram index over open requests first.
  it('within due soon / overdue: only matching requests whose clock runs, with the exact total on every page', async () => {
    expect(keys(await queue(petugas, { due: 'overdue', search: tag }))).toEqual(['A'])
    expect(keys(await queue(petugas, { due: 'soon', search: tag }))).toEqual(['B'])
    expect(keys(await queue(petugas, { due: 'overdue', search: 'saPUTra' }))).toEqual(['A'])
    expect((await queue(petugas, { due: 'soon', search: 'saputra' })).total).toBe(0)
    // G matches '100%_' but its clock has stopped; the wildcards stay literal in the candidate search too.
    expect((await queue(petugas, { due: 'overdue', search: '100%_' })).total).toBe(0)
    expect((await queue(petugas, { due: 'overdue', search: 'a%z' })).total).toBe(0)
    const beyond = await queue(petugas, { due: 'overdue', search: tag, page_limit: 1, page_offset: 5 })
    expect([keys(beyond), beyond.total]).toEqual([[], 1])
  })

  it('within the clock, with the other filters and every sort', async () => {
    expect(keys(await queue(petugas, { due: 'overdue', search: tag, channel: 'web', statuses: ['submitted'] }))).toEqual(['A'])
    expect((await queue(petugas, { due: 'overdue', search: tag, channel: 'telepon' })).total).toBe(0)
    expect(keys(await queue(petugas, { due: 'soon', search: tag, assignee_id: petugas.id }))).toEqual(['B'])
    expect((await queue(petugas, { due: 'soon', search: tag, unassigned: true })).total).toBe(0)
    expect((await queue(petugas, { due: 'overdue', search: tag, unit_id: otherUnit })).total).toBe(0)
    expect((await queue(petugas, { due: 'overdue', search: tag, received_from: today })).total).toBe(0)
    expect((await queue(petugas, { due: 'overdue', search: tag, open_objection: true })).total).toBe(0)
    for (const sort of ['deadline', 'received', 'number']) {
      const page = await queue(petugas, { due: 'overdue', search: tag, sort, descending: true })
      expect([keys(page), page.total], sort).toEqual([['A'], 1])
    }
    const overdue = (await queue(petugas, { due: 'overdue', search: tag })).items[0]!
    expect([overdue.overdue, overdue.deadline]).toEqual([true, await dateSql('public.local_date(now()) - 26')])
  })
})

describe('sort and paging', () => {
  it('by deadline: the oldest first, requests without a running deadline last', async () => {
    // A -26, C final +40 (clock), B soon, D +20, E delivery +5, F delivery +9, G closed (none).
    const page = await queue(petugas)
    expect(keys(page)).toEqual(['A', 'B', 'E', 'F', 'D', 'C', 'G'])
    expect(keys(await queue(petugas, { descending: true }))).toEqual(['C', 'D', 'F', 'E', 'B', 'A', 'G'])
  })

  it('by received and by number', async () => {
    expect(keys(await queue(petugas, { sort: 'received', descending: true }))).toEqual(['D', 'B', 'F', 'E', 'C', 'A', 'G'])
    expect(keys(await queue(petugas, { sort: 'number' }))).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G'])
    refused(await petugas.client.rpc('staff_queue', { sort: 'name' }), 'invalid_sort', 400)
  })

  it('pages with the exact total on every page, past the end too', async () => {
    const pages = await Promise.all([0, 3, 6, 9].map((page_offset) => queue(petugas, { sort: 'number', page_limit: 3, page_offset })))
    expect(pages.map(keys)).toEqual([['A', 'B', 'C'], ['D', 'E', 'F'], ['G'], []])
    expect(pages.map((p) => p.total)).toEqual([7, 7, 7, 7])
    const searched = await queue(petugas, { search: tag, sort: 'number', page_limit: 1, page_offset: 1 })
    expect([keys(searched), searched.total]).toEqual([['B'], 7])
    expect((await queue(petugas, { search: tag, page_limit: 2, page_offset: 50 })).total).toBe(7)
    refused(await petugas.client.rpc('staff_queue', { page_limit: 1001 }), 'invalid_page', 400)
    refused(await petugas.client.rpc('staff_queue', { page_offset: -1 }), 'invalid_page', 400)
  })
})

describe('row content', () => {
  it('shows the deadline, working days left as the shared clock counts them, and the unit', async () => {
    const page = await queue(petugas, { sort: 'number' })
    const [expected] = await sql<{ a: number; c: number }>(`select public.working_days_between($1::date, $1::date - 26) as a,
      public.working_days_between($1::date, $1::date + 40) as c`, [today])
    const a = page.items.find((i) => i.id === ids.A)!
    const c = page.items.find((i) => i.id === ids.C)!
    expect([a.working_days_left, c.working_days_left]).toEqual([expected!.a, expected!.c])
    expect(a.working_days_left).toBeLessThan(0)
    expect(c.deadline).toBe(await dateSql(`'${today}'::date + 40`))
    expect(page.items.find((i) => i.id === ids.G)!.deadline).toBeNull()
    expect(a.unit_name).toBe('Unit Antrean Uji')
    expect(page.items.every((i) => !('applicant_nik' in i))).toBe(true)
  })

  it('counts working days as public.working_days_between, holidays included', async () => {
    const [row] = await sql<{ bad: number }>(`
      select count(*)::int as bad
      from generate_series(date '2025-12-01', date '2026-02-10', interval '5 day') a,
           generate_series(date '2025-11-20', date '2026-04-30', interval '6 day') b
      where private.working_days_fast(a::date, b::date) <> public.working_days_between(a::date, b::date)`)
    const [holidays] = await sql<{ n: number }>(`select count(*)::int as n from public.holidays
      where day between '2025-11-20' and '2026-04-30' and extract(isodow from day) < 6`)
    expect(holidays!.n).toBeGreaterThan(0)
    expect(row!.bad).toBe(0)
  })
})

describe('dashboard counters', () => {
  it('count each tile of the dashboard', async () => {
    const after = await counts(petugas)
    const diff = Object.fromEntries(Object.entries(after).map(([k, v]) => [k, v - before[k as keyof Counts]]))
    // A new+overdue; B in process, due soon; C extended; H in process; D awaiting applicant; F payment; G objection.
    expect(diff).toEqual({
      new_requests: 1, in_process: 3, due_soon: 1, overdue: 1, awaiting_applicant: 1, awaiting_payment: 1, objections_open: 1,
    })
  })
})
