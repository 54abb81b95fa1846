/**
 * `npm run bench:db`: the two hottest reads, the officer's overdue queue and a citizen's "my requests",
 * through the gateway's /rest/v1 at 100,000 and then 1,000,000 requests, with RLS as in production.
 *
 * The queue is measured twice: as the SPA reads it (the staff_queue RPC: the caller's role checked once,
 * then the filters as index conditions, page and exact count) and, for comparison, as the PostgREST table
 * select under RLS it replaced. The dashboard counters (staff_queue_counts) are measured too.
 *
 * Data: a throwaway stack with the real migrations. Requests arrive at a steady 100,000 a year (one
 * every 315 s), so 1M is ten years of history; the newest are open, older ones mostly closed, and 0.3%
 * of those older than 30 days were never closed (BENCH_STUCK), so the overdue backlog grows with the
 * history. ~5 timeline events per request and a file for every third, 20,000 applicant accounts (a tenth
 * of the requests come from 200 frequent applicants), offline requests registered by officers. Loaded as
 * superuser with set-based inserts (triggers off through session_replication_role, check constraints
 * on); secondary indexes are dropped for the load and rebuilt from their own definitions, then VACUUM (ANALYZE).
 *
 * Options: --with FILE applies extra SQL before seeding (to try a proposed migration); --migrations DIR
 * instead of supabase/migrations; --explain prints the plans even when the goals are met; --keep leaves
 * the stack up afterwards for EXPLAIN by hand. BENCH_SIZES, BENCH_RUNS, BENCH_CONCURRENCY, BENCH_STUCK, BENCH_TABLE tune the run.
 */
import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { Agent, request } from 'node:http'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { SignJWT } from 'jose'
import pg from 'pg'

const SIZES = (process.env.BENCH_SIZES ?? '100000,1000000').split(',').map(Number)
const RUNS = Number(process.env.BENCH_RUNS ?? 200)
const WARMUP = 20
/** BENCH_TABLE=0 leaves out the old table select under RLS (kept for comparison; slow at 1M). */
const COMPARE_TABLE = process.env.BENCH_TABLE !== '0'
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4)
const APPLICANTS = 20_000
const HEAVY_APPLICANTS = 200
const INTAKE_SECONDS = 315.36
/** Share of requests older than 30 days still open (forgotten, overdue): the backlog grows with history. */
const STUCK = Number(process.env.BENCH_STUCK ?? 0.003)
const CHUNK = 20_000
const LOADERS = 2
const GOAL_P95_MS = 50
const GOAL_RATIO = 1.5
const SEARCH_TERMS = ['saputra', 'wahyu', 'tambang', 'dana desa', '2026-0005']
const OFFICER = '10000000-0000-4000-8000-000000000001'
const CITIZEN = '20000000-0000-4000-8000-000000000001'
const SEEDED_TABLES = ['requests', 'request_events', 'files']

interface Sample {
  size: number
  query: string
  mode: string
  p50: number
  p95: number
  runs: number
  note: string
}

// --- Seeding -----------------------------------------------------------------------------------------

function baseSql(daysBack: number): string {
  return `
create schema bench;
create function bench.u(i bigint, salt int) returns float8 language sql immutable parallel safe
  as $$ select (hashint8(i * 7919 + salt) & 2147483647)::float8 / 2147483648.0 $$;
create function bench.pick(arr text[], x float8) returns text language sql immutable parallel safe
  as $$ select arr[1 + floor(x * cardinality(arr))::int] $$;
create function bench.user_id(prefix text, n bigint) returns uuid language sql immutable parallel safe
  as $$ select (prefix || '-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid $$;
create function bench.person(n bigint) returns text language sql immutable parallel safe as $$
  select bench.pick(array['Agus','Ahmad','Andi','Ani','Bambang','Budi','Dedi','Dewi','Eko','Fajar','Fitri','Hendra',
    'Indah','Irwan','Joko','Kartini','Lestari','Maya','Muhammad','Nur','Putri','Rahmat','Ratna','Rina','Rudi','Sari',
    'Siti','Slamet','Sri','Taufik','Tri','Wahyu','Wati','Yanti','Yudi','Yusuf','Zainal','Dian','Hasan','Ilham'], bench.u(n, 11))
    || ' ' || bench.pick(array['Saputra','Wijaya','Santoso','Hidayat','Pratama','Kusuma','Nugroho','Lestari','Rahmawati',
    'Setiawan','Syahputra','Wibowo','Hakim','Gunawan','Susanto','Firmansyah','Ramadhan','Utami','Maulana','Siregar',
    'Nasution','Harahap','Simanjuntak','Sitompul','Aritonang','Daeng','Mappasessu','Lamba','Sinaga','Tambunan','Rusdi',
    'Arifin','Anwar','Yusuf','Halim','Effendi','Basri','Mansyur','Zulkarnain','Hamzah'], bench.u(n, 12))
$$;
-- A structurally valid NIK of Kab. Kutai Kartanegara (6402).
create function bench.nik(n bigint) returns text language sql immutable parallel safe as $$
  select '6402' || lpad((1 + n % 18)::text, 2, '0')
    || lpad((1 + (n / 18) % 28 + case when bench.u(n, 13) < 0.5 then 40 else 0 end)::text, 2, '0')
    || lpad((1 + (n / 504) % 12)::text, 2, '0') || lpad((60 + n % 40)::text, 2, '0') || lpad((1 + n % 9999)::text, 4, '0')
$$;

-- Each agency-local day → the working day a request that day counts as received on, and its deadlines.
create table bench.days as
select d::date as day, private.next_working_day(d::date) as rec,
  public.add_working_days(d::date, 10) as due10, public.add_working_days(d::date, 17) as due17
from generate_series((now() at time zone 'Asia/Makassar')::date - ${daysBack},
  (now() at time zone 'Asia/Makassar')::date + 2, interval '1 day') d;
alter table bench.days add primary key (day);

insert into public.units (code, name)
select 'OPD-' || lpad(n::text, 2, '0'), 'Perangkat Daerah ' || n from generate_series(1, 45) n;
create table bench.params as
select now() as now_ref, (now() at time zone 'Asia/Makassar')::date as today, min(id) as first_unit, count(*)::int as units
from public.units;

-- Staff: 20 petugas, 4 PPID, an Atasan PPID and an admin.
insert into auth.users (instance_id, id, aud, role, email, created_at, updated_at)
select '00000000-0000-0000-0000-000000000000', bench.user_id('10000000', n), 'authenticated', 'authenticated',
  'staf' || n || '@bench.test', now(), now()
from generate_series(1, 26) n;
insert into public.user_roles (user_id, role)
select bench.user_id('10000000', n),
  (case when n <= 20 then 'petugas' when n <= 24 then 'ppid' when n = 25 then 'atasan_ppid' else 'admin' end)::public.staff_role
from generate_series(1, 26) n;

-- Applicants with accounts and profiles; every tenth is a legal body.
create table bench.applicants as
select n, bench.user_id('20000000', n) as id,
  (case when n % 10 = 0 then 'badan_hukum' else 'perorangan' end)::public.applicant_type as type,
  case when n % 10 = 0 then 'Yayasan ' || bench.person(n) else bench.person(n) end as name,
  case when n % 10 = 0 then null else bench.nik(n) end as nik,
  case when n % 10 = 0 then 'AHU-' || lpad(n::text, 7, '0') || '.AH.01.04' end as sk_number,
  'Jl. ' || bench.pick(array['Mawar','Melati','Kenanga','Poros','Pesut','Diponegoro','Wolter Monginsidi'], bench.u(n, 14))
    || ' No. ' || (1 + n % 150) || ', Tenggarong, Kab. Kutai Kartanegara' as address,
  bench.pick(array['Mahasiswa','Wiraswasta','Wartawan','Peneliti','Petani','Guru','Pegawai Swasta','Aktivis LSM'], bench.u(n, 15)) as occupation,
  '0812' || lpad(n::text, 8, '0') as phone, 'warga' || n || '@bench.test' as email
from generate_series(1, ${APPLICANTS}) n;
alter table bench.applicants add primary key (n);
insert into auth.users (instance_id, id, aud, role, email, created_at, updated_at)
select '00000000-0000-0000-0000-000000000000', id, 'authenticated', 'authenticated', email, now(), now() from bench.applicants;
insert into public.profiles (id, applicant_type, full_name, nik, sk_number, address, occupation, phone, email)
select id, type, name, nik, sk_number, address, occupation, phone, email from bench.applicants;
analyze;`
}

/** Requests first..last (1 = the newest), with their timeline events and files, in one statement. */
function chunkSql(first: number, last: number): string {
  return `
with src as materialized (
  select i, p.now_ref, p.first_unit, p.units,
    p.now_ref - make_interval(secs => (i - 1) * ${INTAKE_SECONDS} + bench.u(i, 1) * 300) as received_at,
    bench.u(i, 2) as r_chan, bench.u(i, 3) as r_heavy, bench.u(i, 4) as r_app, bench.u(i, 5) as r_status,
    bench.u(i, 6) as r_unit, bench.u(i, 7) as r_ext, bench.u(i, 8) as r_obtain, bench.u(i, 9) as r_topic,
    bench.u(i, 10) as r_officer, bench.u(i, 16) as r_decision
  from generate_series(${first}::bigint, ${last}::bigint) i, bench.params p
),
s1 as (
  select src.*, r_chan < 0.8 as web,
    case when r_chan < 0.8 then 1 + floor(r_app * case when r_heavy < 0.1 then ${HEAVY_APPLICANTS} else ${APPLICANTS} end)::bigint end as app,
    extract(epoch from now_ref - received_at) / 86400 as age,
    received_at at time zone 'Asia/Makassar' as local_at,
    bench.user_id('10000000', 1 + floor(r_officer * 20)::bigint) as officer
  from src
),
s2 as materialized (
  select s1.*, d.rec, d.due10, d.due17, a.id as applicant_id, coalesce(a.type, 'perorangan') as atype,
    coalesce(a.name, bench.person(1000000 + i)) as name,
    case when a.n is not null then a.nik when i % 2 = 0 then bench.nik(100000 + i) end as nik, a.sk_number,
    coalesce(a.address, 'Jl. Poros Tenggarong No. ' || (1 + i % 150) || ', Kab. Kutai Kartanegara') as address,
    coalesce(a.occupation, 'Wiraswasta') as occupation, coalesce(a.phone, '0813' || lpad((i % 100000000)::text, 8, '0')) as phone,
    a.email,
    (case
      when age < 14 then case when r_status < .35 then 'submitted' when r_status < .75 then 'in_process'
        when r_status < .85 then 'needs_completion' when r_status < .93 then 'decided' when r_status < .95 then 'awaiting_payment'
        when r_status < .97 then 'withdrawn' else 'delivered' end
      when age < 30 then case when r_status < .03 then 'submitted' when r_status < .18 then 'in_process'
        when r_status < .33 then 'extended' when r_status < .38 then 'needs_completion' when r_status < .53 then 'decided'
        when r_status < .58 then 'awaiting_payment' when r_status < .78 then 'delivered' when r_status < .93 then 'closed'
        when r_status < .97 then 'closed_incomplete' else 'withdrawn' end
      else case when r_status < ${STUCK / 3} then 'submitted' when r_status < ${(2 * STUCK) / 3} then 'in_process'
        when r_status < ${STUCK} then 'extended' when r_status < .65 then 'closed' when r_status < .80 then 'delivered' when r_status < .88 then 'closed_incomplete'
        when r_status < .93 then 'withdrawn' else 'decided' end
    end)::public.request_status as status
  from s1
  join bench.days d on d.day = local_at::date + (extract(hour from local_at) >= 16)::int
  left join bench.applicants a on a.n = s1.app
),
s3 as (
  select s2.*,
    status = 'extended' or (age >= 14 and r_ext < 0.2 and status in ('decided', 'awaiting_payment', 'delivered', 'closed')) as ext,
    status in ('decided', 'awaiting_payment', 'delivered', 'closed') as decided
  from s2
),
ins as (
  insert into public.requests (id, registration_no, applicant_id, registered_by, channel, applicant_type, applicant_name,
    applicant_sk_number, applicant_address, applicant_occupation, applicant_phone, applicant_email,
    details, purpose, obtain_methods, copy_methods, target_unit_id, assigned_unit_id, assignee_id, declared_at, status,
    received_at, received_on, due_notice_on, extended_at, extension_reason, due_final_on, completion_reason, completion_due_on,
    decision_type, information_status, notice_sent_at, delivered_at, closed_at, withdrawn_at, withdraw_reason,
    lookup_secret_hash, created_at, updated_at)
  select md5('bench-request-' || i)::uuid,
    'PI-' || extract(year from rec)::int || '-' || lpad(i::text, 7, '0'),
    applicant_id,
    case when not web then officer end,
    (case when web then 'web' else bench.pick(array['langsung','telepon','email','surat','whatsapp','lainnya'], (r_chan - 0.8) / 0.2) end)::public.request_channel,
    atype, name, sk_number, address, occupation, phone, email,
    'Mohon salinan ' || bench.pick(array['APBD dan perubahannya', 'laporan realisasi dana desa', 'dokumen AMDAL tambang batubara',
      'izin usaha pertambangan', 'rencana tata ruang wilayah', 'daftar penerima bantuan sosial', 'kontrak pengadaan jalan',
      'laporan keuangan BUMD', 'data stunting per kecamatan', 'hasil audit Inspektorat', 'daftar aset daerah',
      'rencana kerja pemerintah daerah', 'data guru honorer', 'anggaran BOS sekolah', 'izin lingkungan perkebunan sawit',
      'laporan penanganan banjir', 'data jalan rusak', 'realisasi pajak daerah', 'daftar harga satuan pekerjaan',
      'notulen musrenbang kecamatan'], r_topic) || ' tahun ' || (2015 + i % 12) || ' beserta lampirannya.',
    bench.pick(array['Bahan penelitian skripsi mahasiswa', 'Bahan pemberitaan media daring', 'Pengawasan anggaran oleh LSM',
      'Advokasi masyarakat desa terdampak', 'Kepentingan usaha dan perizinan', 'Bahan kajian akademik'], bench.u(i, 17)),
    case when r_obtain < .5 then '{salinan_softcopy}' when r_obtain < .7 then '{melihat,membaca}'
      when r_obtain < .9 then '{salinan_hardcopy}' else '{mencatat,salinan_softcopy}' end::public.obtain_method[],
    case when r_obtain < .5 then '{email}' when r_obtain < .7 then '{}' when r_obtain < .9 then '{ambil_langsung}' else '{email}' end::public.copy_method[],
    first_unit + floor(r_unit * units)::bigint,
    case when status <> 'submitted' then first_unit + floor(r_unit * units)::bigint end,
    case when status <> 'submitted' then officer end,
    received_at, status, received_at, rec, due10,
    case when ext then received_at + interval '9 days' end,
    case when ext then 'Informasi perlu dihimpun dari beberapa perangkat daerah.' end,
    case when ext then due17 end,
    case when status = 'needs_completion' then 'Mohon lengkapi salinan identitas pemohon.' end,
    case when status = 'needs_completion' then due10 end,
    case when decided then (case when r_decision < .6 then 'granted_full' when r_decision < .8 then 'granted_partial'
      when r_decision < .9 then 'rejected_exempt' else 'not_held_forwarded' end)::public.decision_type end,
    case when decided then 'dikuasai'::public.information_status end,
    case when decided then received_at + interval '8 days' end,
    case when status in ('delivered', 'closed') then received_at + interval '12 days' end,
    case when status in ('closed', 'closed_incomplete') then received_at + interval '20 days' end,
    case when status = 'withdrawn' then received_at + interval '3 days' end,
    case when status = 'withdrawn' then 'Informasi sudah diperoleh dari sumber lain.' end,
    md5('bench-secret-' || i), received_at, received_at
  from s3
  returning id, registration_no, applicant_id, registered_by, assignee_id, received_at, status
),
-- NIKs live outside the API's reach (20261127001000): one row per request with an applicant NIK.
nk as (
  insert into private.request_identity_numbers (request_id, applicant_nik)
  select md5('bench-request-' || i)::uuid, nik from s3 where nik is not null
  returning 1
),
ev as (
  insert into public.request_events (request_id, at, actor_id, actor_role, kind, from_status, to_status, visibility, body)
  select r.id, r.received_at + (e - 1) * interval '26 hours',
    case when e = 1 then coalesce(r.applicant_id, r.registered_by) else coalesce(r.assignee_id, r.registered_by) end,
    case when e = 1 and r.applicant_id is not null then 'pemohon' else 'petugas' end,
    (array['submitted', 'verified', 'assigned', 'note', 'status_changed', 'message', 'status_changed'])[e],
    (array[null, null, null, null, 'submitted', null, 'in_process'])[e]::public.request_status,
    (case when e = 5 then 'in_process' when e = 7 then r.status::text end)::public.request_status,
    (case when e in (2, 3, 4) then 'internal' else 'public' end)::public.event_visibility,
    case when e = 4 then 'Berkas sedang diperiksa oleh petugas.' when e = 6 then 'Permohonan Anda sedang diproses.' end
  from ins r cross join generate_series(1, 3 + right(r.registration_no, 7)::int % 5) e
  returning 1
),
fl as (
  insert into public.files (id, bucket_id, object_name, owner_id, kind, original_name, mime_type, size_bytes, request_id,
    check_status, detected_type, checked_at, created_at)
  select md5('bench-file-' || r.id)::uuid, 'attachments', coalesce(r.applicant_id, r.registered_by) || '/' || r.id || '/lampiran.pdf',
    coalesce(r.applicant_id, r.registered_by), 'supporting', 'lampiran.pdf', 'application/pdf',
    20000 + right(r.registration_no, 7)::int % 500000, r.id, 'verified', 'application/pdf', r.received_at, r.received_at
  from ins r where right(r.registration_no, 7)::int % 3 = 0
  returning 1
)
select (select count(*) from ins)::int as requests, (select count(*) from ev)::int as events, (select count(*) from fl)::int as files`
}

interface IndexDef {
  name: string
  def: string
}

/** Secondary indexes of the seeded tables (not those behind a primary key or unique constraint). */
async function secondaryIndexes(db: pg.Pool): Promise<IndexDef[]> {
  const { rows } = await db.query<IndexDef>(`
    select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def
    from pg_index i join pg_class t on t.oid = i.indrelid join pg_namespace n on n.oid = t.relnamespace
    where n.nspname = 'public' and t.relname = any($1)
      and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
    order by 1`, [SEEDED_TABLES])
  return rows
}

async function seed(db: pg.Pool, from: number, to: number, indexes: IndexDef[]) {
  const started = performance.now()
  if (indexes.length) await db.query(`drop index ${indexes.map((i) => i.name).join(', ')}`)
  const chunks: [number, number][] = []
  for (let first = from; first <= to; first += CHUNK) chunks.push([first, Math.min(to, first + CHUNK - 1)])
  const totals = { requests: 0, events: 0, files: 0 }
  await Promise.all(Array.from({ length: LOADERS }, async () => {
    const client = await db.connect()
    try {
      // Superuser bulk load: no triggers (notifications, audit) and no foreign-key triggers; checks still apply.
      await client.query(`set session_replication_role = replica`)
      for (let chunk = chunks.shift(); chunk; chunk = chunks.shift()) {
        const { rows } = await client.query<typeof totals>(chunkSql(chunk[0], chunk[1]))
        totals.requests += rows[0]!.requests
        totals.events += rows[0]!.events
        totals.files += rows[0]!.files
        process.stdout.write(`\r  seeded ${totals.requests} of ${to - from + 1} requests`)
      }
      await client.query(`reset session_replication_role`)
    } finally {
      client.release()
    }
  }))
  const loaded = performance.now()
  // Rebuild on two connections, the big GIN index on its own.
  const gin = (i: IndexDef) => Number(i.def.includes(' USING gin '))
  const queue = [...indexes].sort((a, b) => gin(b) - gin(a))
  await Promise.all(Array.from({ length: LOADERS }, async () => {
    const client = await db.connect()
    try {
      await client.query(`set maintenance_work_mem = '512MB'`)
      for (let index = queue.shift(); index; index = queue.shift()) await client.query(index.def)
    } finally {
      client.release()
    }
  }))
  const indexed = performance.now()
  // VACUUM as well: the visibility map autovacuum keeps in a live database, so index-only scans work.
  await db.query(`vacuum (analyze) public.requests, public.request_events, public.files`)
  const done = performance.now()
  process.stdout.write('\n')
  const { rows: [backlog] } = await db.query<{ open: number; past_notice: number; overdue: number }>(`
    select count(*)::int as open, count(*) filter (where due_notice_on < p.today)::int as past_notice,
      count(*) filter (where coalesce(due_final_on, due_notice_on) < p.today)::int as overdue
    from public.requests, bench.params p where status in ('submitted', 'in_process', 'extended')`)
  return {
    ...totals, ...backlog!,
    load: (loaded - started) / 1000, index: (indexed - loaded) / 1000, analyze: (done - indexed) / 1000, total: (done - started) / 1000,
  }
}

// --- Measuring ---------------------------------------------------------------------------------------

interface Answer {
  status: number
  rows: number
  total: number | null
}

/** The rows and total of an answer: a table select's array and Content-Range, or an RPC's own fields. */
type Parse = (body: unknown, contentRange: string | undefined) => Pick<Answer, 'rows' | 'total'>

const tableAnswer: Parse = (body, contentRange) => {
  const total = /\/(\d+)$/.exec(contentRange ?? '')?.[1]
  return { rows: (body as unknown[]).length, total: total === undefined ? null : Number(total) }
}

/** staff_queue answers one row: the exact total and the page's items. */
const queueRpcAnswer: Parse = (body) => {
  const [page] = body as { total: number; items: unknown[] }[]
  return { rows: page!.items.length, total: page!.total }
}

function getter(baseUrl: string, headers: Record<string, string>, parse: Parse = tableAnswer) {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY })
  const { hostname, port } = new URL(baseUrl)
  return (path: string) =>
    new Promise<Answer>((done, fail) => {
      const req = request({ hostname, port, path, headers, agent }, (res) => {
        let body = ''
        res.on('data', (chunk: Buffer) => (body += chunk.toString()))
        res.on('end', () => {
          if (res.statusCode !== 200 && res.statusCode !== 206) return fail(new Error(`${path}: HTTP ${res.statusCode} ${body}`))
          done({ status: res.statusCode, ...parse(JSON.parse(body), res.headers['content-range']) })
        })
      })
      req.on('error', fail)
      req.end()
    })
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!

async function measure(paths: string[], get: (path: string) => Promise<Answer>, clients: number, runs = RUNS) {
  let next = 0
  let failed = 0
  let failure = ''
  const latencies: number[] = []
  const answers: Answer[] = []
  await Promise.all(Array.from({ length: clients }, async () => {
    while (next < runs) {
      const path = paths[next++ % paths.length]!
      const t = performance.now()
      try {
        answers.push(await get(path))
      } catch (error) {
        // A timed-out request counts with the time it took, and is reported.
        failed += 1
        failure ||= /"message":"([^"]+)"/.exec((error as Error).message)?.[1] ?? (error as Error).message.slice(0, 120)
      }
      latencies.push(performance.now() - t)
    }
  }))
  latencies.sort((a, b) => a - b)
  return { p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95), runs: latencies.length, answers, failed, failure }
}

/**
 * Overdue (domain.md: past due_final_on, or due_notice_on when not extended) as PostgREST filters:
 * due_notice_on < today and (no due_final_on or due_final_on < today), since due_final_on follows
 * due_notice_on; plus the officer's search box over number, name and request text.
 */
function officerQueuePath(today: string, term: string) {
  const q = new URLSearchParams({
    select: 'id,registration_no,applicant_name,status,received_on,due_notice_on,due_final_on',
    status: 'in.(submitted,in_process,extended)',
    due_notice_on: `lt.${today}`,
  })
  q.append('or', `(due_final_on.is.null,due_final_on.lt.${today})`)
  q.append('or', `(registration_no.ilike.*${term}*,applicant_name.ilike.*${term}*,details.ilike.*${term}*)`)
  q.append('order', 'due_notice_on.asc')
  q.append('limit', '25')
  return `/rest/v1/requests?${q}`
}

const QUEUE_STATUSES = '{submitted,in_process,extended}'

/** The same view through the staff_queue RPC (GET, as it is stable): overdue, searched, by deadline. */
function queueRpcPath(term: string) {
  const q = new URLSearchParams({ statuses: QUEUE_STATUSES, due: 'overdue', search: term, sort: 'deadline', page_limit: '25' })
  return `/rest/v1/rpc/staff_queue?${q}`
}

function queueRpcSql(term: string) {
  return `select q.total as total_result_set, coalesce(cardinality(q.items), 0) as page_total
    from public.staff_queue(statuses => '${QUEUE_STATUSES}', due => 'overdue', search => '${term}', sort => 'deadline', page_limit => 25) q`
}

const COUNTS_SQL = 'select 1 as page_total from public.staff_queue_counts()'

function myRequestsPath(uid: string) {
  const q = new URLSearchParams({
    select: 'id,registration_no,status,received_on,due_notice_on,due_final_on,decision_type',
    applicant_id: `eq.${uid}`,
    order: 'created_at.desc',
    limit: '25',
  })
  return `/rest/v1/requests?${q}`
}

/** The SQL PostgREST 12 runs for the two reads (filters, order, page, and the exact count for the queue). */
function queueSql(today: string, term: string) {
  const where = `status = any('{submitted,in_process,extended}') and due_notice_on < '${today}'
      and (due_final_on is null or due_final_on < '${today}')
      and (registration_no ilike '%${term}%' or applicant_name ilike '%${term}%' or details ilike '%${term}%')`
  return `with pgrst_source as (
    select id, registration_no, applicant_name, status, received_on, due_notice_on, due_final_on from public.requests
    where ${where} order by due_notice_on asc limit 25 offset 0),
  pgrst_source_count as (select 1 from public.requests where ${where})
  select (select pg_catalog.count(*) from pgrst_source_count) as total_result_set, pg_catalog.count(t) as page_total,
    coalesce(json_agg(t), '[]') as body from (select * from pgrst_source) t`
}

function myRequestsSql(uid: string) {
  return `select pg_catalog.count(t) as page_total, coalesce(json_agg(t), '[]') as body from (
    select id, registration_no, status, received_on, due_notice_on, due_final_on, decision_type from public.requests
    where applicant_id = '${uid}' order by created_at desc limit 25 offset 0) t`
}

/** The same SQL straight to Postgres, inside PostgREST's transaction shape: no HTTP, no gateway. */
function sqlRunner(db: pg.Pool, sub: string) {
  const claims = JSON.stringify({ sub, role: 'authenticated', aud: 'authenticated' })
  return async (sql: string): Promise<Answer> => {
    const client = await db.connect()
    try {
      await client.query('begin')
      await client.query(`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', $1, true)`, [claims])
      const { rows } = await client.query<{ total_result_set?: string; page_total: string }>(sql)
      await client.query('commit')
      const total = rows[0]!.total_result_set
      return { status: 200, rows: Number(rows[0]!.page_total), total: total === undefined ? null : Number(total) }
    } catch (error) {
      await client.query('rollback')
      throw error
    } finally {
      client.release()
    }
  }
}

/** EXPLAIN (ANALYZE, BUFFERS) as PostgREST runs it: role authenticated, the JWT claims set. */
async function explain(db: pg.Pool, sub: string, sql: string): Promise<string> {
  const client = await db.connect()
  try {
    await client.query('begin')
    await client.query(`set local role authenticated`)
    await client.query(`select set_config('request.jwt.claims', $1, true)`, [JSON.stringify({ sub, role: 'authenticated', aud: 'authenticated' })])
    await client.query(`set local statement_timeout = '120s'`)
    await client.query('savepoint plan')
    const run = (options: string) => client.query<{ 'QUERY PLAN': string }>(`explain (${options}) ${sql}`)
    const result = await run('analyze, buffers').catch(async (error: unknown) => {
      // Too slow to run to the end: the plan without timings still shows where the time goes.
      await client.query('rollback to savepoint plan')
      const plain = await run('costs')
      plain.rows.unshift({ 'QUERY PLAN': `(EXPLAIN ANALYZE stopped: ${(error as Error).message}; plan without timings)` })
      return plain
    })
    return result.rows.map((r) => r['QUERY PLAN']).join('\n')
  } finally {
    await client.query('rollback')
    client.release()
  }
}

// --- Main --------------------------------------------------------------------------------------------

async function main() {
  const { values } = parseArgs({
    options: {
      with: { type: 'string' },
      migrations: { type: 'string' },
      explain: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
    },
    strict: true,
  })
  const stack = await startStackProcess(values.migrations && resolve(values.migrations))
  const db = new pg.Pool({ connectionString: stack.dbUrl, max: Math.max(LOADERS, CONCURRENCY) + 1 })
  const samples: Sample[] = []
  const seeding: { size: number; seconds: Awaited<ReturnType<typeof seed>> }[] = []
  const plans: string[] = []
  try {
    if (values.with) {
      await db.query(await readFile(resolve(values.with), 'utf8'))
      console.log(`applied ${values.with}`)
    }
    const baseStarted = performance.now()
    const daysBack = Math.ceil((Math.max(...SIZES) * INTAKE_SECONDS) / 86400) + 10
    await db.query(baseSql(daysBack))
    const baseSeconds = (performance.now() - baseStarted) / 1000
    console.log(`base: ${APPLICANTS} applicants, 26 staff, 45 units, calendar of ${daysBack} days in ${baseSeconds.toFixed(1)} s`)
    const { rows: [params] } = await db.query<{ today: string }>(`select to_char(today, 'YYYY-MM-DD') as today from bench.params`)
    const today = params!.today
    const indexes = await secondaryIndexes(db)

    const sign = (sub: string) => new SignJWT({ sub, role: 'authenticated', aud: 'authenticated' })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setIssuedAt().setExpirationTime('2h')
      .sign(new TextEncoder().encode(stack.jwtSecret))
    const officer = getter(stack.url, { apikey: stack.anonKey, authorization: `Bearer ${await sign(OFFICER)}`, prefer: 'count=exact' })
    const citizen = getter(stack.url, { apikey: stack.anonKey, authorization: `Bearer ${await sign(CITIZEN)}` })
    const staffHeaders = { apikey: stack.anonKey, authorization: `Bearer ${await sign(OFFICER)}` }
    const officerRpc = getter(stack.url, staffHeaders, queueRpcAnswer)
    const officerCounts = getter(stack.url, staffHeaders, () => ({ rows: 1, total: null }))
    const queuePaths = SEARCH_TERMS.map((term) => officerQueuePath(today, term))
    const minePaths = [myRequestsPath(CITIZEN)]

    let seeded = 0
    for (const size of SIZES) {
      console.log(`seeding requests ${seeded + 1}..${size}`)
      const seconds = await seed(db, seeded + 1, size, indexes)
      seeding.push({ size, seconds })
      seeded = size
      const rebuilt = await secondaryIndexes(db)
      if (JSON.stringify(rebuilt) !== JSON.stringify(indexes)) throw new Error('the rebuilt indexes differ from the schema\'s')

      const reads = [
        ['officer queue (RPC)', SEARCH_TERMS.map(queueRpcPath), officerRpc, SEARCH_TERMS.map(queueRpcSql), sqlRunner(db, OFFICER)],
        ['dashboard counters (RPC)', ['/rest/v1/rpc/staff_queue_counts'] as string[], officerCounts, [COUNTS_SQL], sqlRunner(db, OFFICER)],
        ...(COMPARE_TABLE
          ? [['officer queue (table, RLS)', queuePaths, officer, SEARCH_TERMS.map((term) => queueSql(today, term)), sqlRunner(db, OFFICER)] as const]
          : []),
        ['my requests', minePaths, citizen, [myRequestsSql(CITIZEN)], sqlRunner(db, CITIZEN)],
      ] as const
      for (const [query, paths, get, sqls, runSql] of reads) {
        // One probe first: a query that hits the statement timeout is reported, not measured 200 times.
        const probe = await measure(paths, get, 1, 1)
        if (probe.failed) {
          for (const mode of ['sequential', `${CONCURRENCY} clients`]) {
            samples.push({ size, query, mode, p50: NaN, p95: NaN, runs: 0, note: `failed: ${probe.failure}` })
          }
          console.log(`  ${size} ${query}: failed (${probe.failure})`)
          continue
        }
        await measure(paths, get, CONCURRENCY, WARMUP)
        const modes = [['sequential', paths, get, 1], [`${CONCURRENCY} clients`, paths, get, CONCURRENCY], ['SQL only, sequential', sqls, runSql, 1]] as const
        for (const [mode, targets, run, clients] of modes) {
          const r = await measure([...targets], run, clients)
          const rows = r.answers.map((a) => a.rows)
          const totals = r.answers.map((a) => a.total ?? a.rows)
          const note = `${Math.min(...rows)}–${Math.max(...rows)} rows` +
            (query.startsWith('officer queue') ? `, count ${Math.min(...totals)}–${Math.max(...totals)}` : '') +
            (r.failed ? `; ${r.failed} failed: ${r.failure}` : '')
          samples.push({ size, query, mode, p50: r.p50, p95: r.p95, runs: r.runs, note })
          console.log(`  ${size} ${query} ${mode}: p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms (${note})`)
        }
      }
      if (values.explain || size === Math.max(...SIZES)) {
        plans.push(`-- ${size} requests: officer queue, table under RLS ("${SEARCH_TERMS[0]}")\n${await explain(db, OFFICER, queueSql(today, SEARCH_TERMS[0]!))}`)
        plans.push(`-- ${size} requests: my requests\n${await explain(db, CITIZEN, myRequestsSql(CITIZEN))}`)
      }
    }
    report(samples, seeding, baseSeconds, plans, values.explain)
  } finally {
    await db.end()
    if (values.keep) {
      console.log(`\n--keep: the stack stays up until Ctrl+C. DB URL: ${stack.dbUrl}  API URL: ${stack.url}`)
      await new Promise((done) => process.once('SIGINT', done))
    }
    await stack.stop()
  }
}

function report(samples: Sample[], seeding: { size: number; seconds: Awaited<ReturnType<typeof seed>> }[], baseSeconds: number, plans: string[], always: boolean) {
  const small = Math.min(...SIZES)
  const large = Math.max(...SIZES)
  const fmt = (n: number) => n.toLocaleString('en-US')
  const ms = (n: number) => (Number.isNaN(n) ? '—' : n.toFixed(1))
  console.log(`\n### Seeding\n\n| step | requests | events | files | load s | indexes s | analyze s | total s |\n|---|---:|---:|---:|---:|---:|---:|---:|`)
  console.log(`| accounts, profiles, units, calendar | | | | | | | ${baseSeconds.toFixed(1)} |`)
  for (const { size, seconds: s } of seeding) {
    console.log(`| to ${fmt(size)} | ${fmt(s.requests)} | ${fmt(s.events)} | ${fmt(s.files)} | ${s.load.toFixed(1)} | ${s.index.toFixed(1)} | ${s.analyze.toFixed(1)} | ${s.total.toFixed(1)} |`)
  }
  console.log(`\n| requests | clock running (submitted, in_process, extended) | of which past due_notice_on | of which overdue |\n|---:|---:|---:|---:|`)
  for (const { size, seconds: s } of seeding) console.log(`| ${fmt(size)} | ${fmt(s.open)} | ${fmt(s.past_notice)} | ${fmt(s.overdue)} |`)
  const all = baseSeconds + seeding.reduce((sum, s) => sum + s.seconds.total, 0)
  console.log(`\nSeeding ${fmt(large)} requests in all: ${all.toFixed(0)} s (${(all / 60).toFixed(1)} min).`)

  console.log(`\n### Latency through the gateway (/rest/v1), ${RUNS} requests per row; "SQL only" is the same SQL over pg\n`)
  console.log('| requests | query | mode | p50 ms | p95 ms | result |\n|---:|---|---|---:|---:|---|')
  for (const s of samples) console.log(`| ${fmt(s.size)} | ${s.query} | ${s.mode} | ${ms(s.p50)} | ${ms(s.p95)} | ${s.note} |`)

  console.log(`\n### Goals: p95 ≤ ${GOAL_P95_MS} ms at ${fmt(large)}, p95(${fmt(large)}) / p95(${fmt(small)}) ≤ ${GOAL_RATIO}\n`)
  console.log(`| query | mode | p95 ${fmt(small)} | p95 ${fmt(large)} | ratio | goal |\n|---|---|---:|---:|---:|---|`)
  let missed = false
  for (const s of samples.filter((x) => x.size === large)) {
    const base = samples.find((x) => x.size === small && x.query === s.query && x.mode === s.mode)!
    const ratio = s.p95 / base.p95
    const ok = s.p95 <= GOAL_P95_MS && ratio <= GOAL_RATIO
    const serverOnly = s.mode.startsWith('SQL')
    if (!serverOnly) missed ||= !ok
    const goal = serverOnly ? 'for comparison' : ok ? 'met' : 'MISSED'
    console.log(`| ${s.query} | ${s.mode} | ${ms(base.p95)} | ${ms(s.p95)} | ${Number.isNaN(ratio) ? '—' : ratio.toFixed(2)} | ${goal} |`)
  }
  if (missed || always) {
    console.log(`\n### Plans (EXPLAIN ANALYZE, BUFFERS as role authenticated with the JWT claims)\n`)
    for (const plan of plans) console.log(`\`\`\`\n${plan}\n\`\`\`\n`)
  }
}

/** The stack runs in its own process, as under `npm run dev`, so the load generator does not share its event loop. */
async function startStackProcess(migrations?: string) {
  const here = import.meta.dirname
  const args = [resolve(here, '..', 'cli.ts'), '--data', 'memory', '--port', '0', '--seed', 'none', ...(migrations ? ['--migrations', migrations] : [])]
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { stdio: ['ignore', 'pipe', 'inherit'] })
  let out = ''
  await new Promise<void>((done, fail) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      if (out.includes('Stop with Ctrl+C')) done()
    })
    child.on('exit', (code) => fail(new Error(`stack exited (${code}):\n${out}`)))
  })
  const field = (label: string) => new RegExp(`${label}: (\\S+)`).exec(out)?.[1] ?? ''
  return {
    url: field('API URL'),
    dbUrl: field('DB URL'),
    jwtSecret: field('JWT secret'),
    anonKey: field('anon key'),
    stop: () => new Promise<void>((done) => {
      child.removeAllListeners('exit')
      child.once('exit', () => done())
      child.kill('SIGTERM')
    }),
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
