/**
 * `npm run bench:stack`: what the gateway costs. The same RLS-filtered select is sent through the
 * gateway, straight to PostgREST, through a bare TCP relay (`bare-relay.ts`, the floor of any proxy
 * process), and run as SQL the way PostgREST runs it; prints requests per second, p50/p95 latency, and
 * the ratios against PostgREST measured in the same run.
 *
 * The stack runs in its own process (as under `npm run dev`), so the load generator never shares the
 * gateway's event loop. The machine is shared, so the four paths are measured in interleaved slices
 * (round r: each path for BENCH_SECONDS / BENCH_ROUNDS, starting with a different path each round):
 * load from other processes then falls on all of them alike instead of on whichever ran last. Beside the
 * latencies it prints the CPU each process spent per request (from /proc; other load inflates it far
 * less than it inflates latency), and the spread of the per-round p95 ratio.
 *
 * BENCH_CONCURRENCY: comma-separated client counts (default 1,8; the goal is read at the largest).
 * BENCH_SECONDS: measured seconds per path and level (default 8). BENCH_ROUNDS: slices (default 8).
 * BENCH_WARMUP_REQUESTS: requests per path before measuring (default 3000; the gateway's JIT needs them).
 * BENCH_STACK_NODE_ARGS: extra node flags for the stack process (e.g. `--cpu-prof --cpu-prof-dir=/tmp/p`).
 */
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { Agent, request } from 'node:http'
import { resolve } from 'node:path'
import { SignJWT } from 'jose'
import pg from 'pg'

const LEVELS = (process.env.BENCH_CONCURRENCY ?? '1,8').split(',').map(Number)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 8)
const WARMUP_SECONDS = 1
/** Requests per path before anything is measured, so the Node processes (gateway, bench) run JIT-compiled code. */
const WARMUP_REQUESTS = Number(process.env.BENCH_WARMUP_REQUESTS ?? 3000)
const WARMUP_MAX_SECONDS = 60
const USERS = 100
const NOTES_PER_USER = 100
const GOAL = 0.1

// --- CPU accounting from /proc -----------------------------------------------------------------------

const TICK_MS = 10 // USER_HZ is 100 on Linux

interface Proc {
  pid: number
  ppid: number
  comm: string
  cpuMs: number
}

function readProcs(): Map<number, Proc> {
  const procs = new Map<number, Proc>()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    let stat: string
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'latin1')
    } catch {
      continue
    }
    const close = stat.lastIndexOf(')')
    const fields = stat.slice(close + 2).split(' ')
    procs.set(Number(name), {
      pid: Number(name),
      ppid: Number(fields[1]),
      comm: stat.slice(stat.indexOf('(') + 1, close),
      cpuMs: (Number(fields[11]) + Number(fields[12])) * TICK_MS,
    })
  }
  return procs
}

/** Busy CPU time of the whole machine, in ms summed over cores. */
function machineBusyMs(): number {
  const line = readFileSync('/proc/stat', 'latin1').split('\n')[0]!
  const [, user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).map(Number)
  return (user! + nice! + system! + irq! + softirq! + steal!) * TICK_MS
}

const PARTS = ['bench client', 'gateway or relay', 'PostgREST', 'Postgres', 'everything else'] as const
type Part = (typeof PARTS)[number]
type Cpu = Record<Part, number>
const emptyCpu = (): Cpu => Object.fromEntries(PARTS.map((p) => [p, 0])) as Cpu

interface CpuSnapshot {
  /** CPU ms so far of each process of the stack (the Node process, PostgREST, Postgres) and of the bare relay, by pid. */
  stack: Map<number, { part: Part; cpuMs: number }>
  client: number
  machine: number
}

function cpuSnapshot(stackPid: number, relayPid: number): CpuSnapshot {
  const procs = readProcs()
  const children = new Map<number, Proc[]>()
  for (const p of procs.values()) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p])
  const stack = new Map<number, { part: Part; cpuMs: number }>()
  const root = procs.get(stackPid)
  if (root) stack.set(stackPid, { part: 'gateway or relay', cpuMs: root.cpuMs })
  const relay = procs.get(relayPid)
  if (relay) stack.set(relayPid, { part: 'gateway or relay', cpuMs: relay.cpuMs })
  const walk = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      if (child.comm === 'postgrest') stack.set(child.pid, { part: 'PostgREST', cpuMs: child.cpuMs })
      else if (child.comm.startsWith('postgres')) stack.set(child.pid, { part: 'Postgres', cpuMs: child.cpuMs })
      walk(child.pid)
    }
  }
  walk(stackPid)
  const self = process.cpuUsage()
  return { stack, client: (self.user + self.system) / 1000, machine: machineBusyMs() }
}

/**
 * CPU ms each part spent between two snapshots. A process that started in between counts from zero;
 * one that ended in between (a Postgres backend closing) loses what it spent in the interval.
 */
function cpuBetween(before: CpuSnapshot, after: CpuSnapshot): Cpu {
  const cpu = emptyCpu()
  for (const [pid, { part, cpuMs }] of after.stack) cpu[part] += cpuMs - (before.stack.get(pid)?.cpuMs ?? 0)
  cpu['bench client'] = after.client - before.client
  const ours = cpu['bench client'] + cpu['gateway or relay'] + cpu.PostgREST + cpu.Postgres
  cpu['everything else'] = Math.max(0, after.machine - before.machine - ours)
  return cpu
}

// --- Measuring --------------------------------------------------------------------------------------

interface Path {
  name: string
  once: () => Promise<void>
  latencies: number[]
  roundP95: number[]
  seconds: number
  cpu: Cpu
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b)

/** Runs `once` from `concurrency` clients for `ms`; returns each request's latency. */
async function slice(once: () => Promise<void>, concurrency: number, ms: number): Promise<number[]> {
  const latencies: number[] = []
  const until = performance.now() + ms
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (performance.now() < until) {
      const t = performance.now()
      await once()
      latencies.push(performance.now() - t)
    }
  }))
  return latencies
}

/** Runs `once` from `concurrency` clients until `count` requests are done or `ms` have passed; returns how many ran. */
async function warmUp(once: () => Promise<void>, concurrency: number, count: number, ms: number): Promise<number> {
  let done = 0
  const until = performance.now() + ms
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (done < count && performance.now() < until) {
      await once()
      done++
    }
  }))
  return done
}

async function measureLevel(paths: Path[], concurrency: number, stackPid: number, relayPid: number) {
  for (const path of paths) await slice(path.once, concurrency, WARMUP_SECONDS * 1000)
  const sliceMs = (SECONDS * 1000) / ROUNDS
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < paths.length; i++) {
      const path = paths[(round + i) % paths.length]!
      const before = cpuSnapshot(stackPid, relayPid)
      const start = performance.now()
      const latencies = await slice(path.once, concurrency, sliceMs)
      path.seconds += (performance.now() - start) / 1000
      const spent = cpuBetween(before, cpuSnapshot(stackPid, relayPid))
      for (const part of PARTS) path.cpu[part] += spent[part]
      path.latencies.push(...latencies)
      path.roundP95.push(percentile(sorted(latencies), 0.95))
    }
  }
}

function getter(baseUrl: string, path: string, headers: Record<string, string>, concurrency: number) {
  const url = new URL(path, baseUrl)
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency })
  return () =>
    new Promise<void>((done, fail) => {
      const req = request({ hostname: url.hostname, port: url.port, path: url.pathname + url.search, headers, agent }, (res) => {
        if (res.statusCode !== 200) fail(new Error(`${baseUrl}: HTTP ${res.statusCode}`))
        let rows = ''
        res.on('data', (chunk: Buffer) => (rows += chunk.toString()))
        res.on('end', () => (JSON.parse(rows).length === 25 ? done() : fail(new Error('expected 25 rows'))))
      })
      req.on('error', fail)
      req.end()
    })
}

const fmt = (n: number, digits = 2) => n.toFixed(digits)

function report(paths: Path[], concurrency: number) {
  const [, base, gateway, relay] = paths as [Path, Path, Path, Path]
  const stats = paths.map((p) => {
    const all = sorted(p.latencies)
    return { p, count: all.length, rps: all.length / p.seconds, p50: percentile(all, 0.5), p95: percentile(all, 0.95) }
  })
  const b = stats[1]!
  console.log(`\n## ${concurrency} concurrent client${concurrency === 1 ? '' : 's'}: ${ROUNDS} interleaved rounds, ${fmt(SECONDS, 0)} s per path\n`)
  console.log('| path | requests | req/s | p50 ms | p95 ms | p95 / PostgREST | p50 / PostgREST | req/s / PostgREST |')
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|')
  for (const s of stats) {
    console.log(`| ${s.p.name} | ${s.count} | ${fmt(s.rps, 0)} | ${fmt(s.p50)} | ${fmt(s.p95)} | ${fmt(s.p95 / b.p95, 3)} | ${fmt(s.p50 / b.p50, 3)} | ${fmt(s.rps / b.rps, 3)} |`)
  }
  const spread = (label: string, top: Path) => {
    const ratios = sorted(top.roundP95.map((g, i) => g / base.roundP95[i]!))
    console.log(`Per-round p95 ${label} / PostgREST: median ${fmt(percentile(ratios, 0.5), 3)}, min ${fmt(ratios[0]!, 3)}, max ${fmt(ratios.at(-1)!, 3)}`)
  }
  console.log('')
  spread('gateway', gateway)
  spread('bare relay', relay)
  console.log('\nCPU ms per request (all cores; "everything else" is other work on the machine meanwhile):\n')
  console.log(`| path | ${PARTS.join(' | ')} | stack total |`)
  console.log(`|---|${PARTS.map(() => '---:').join('|')}|---:|`)
  for (const s of stats) {
    const per = PARTS.map((part) => s.p.cpu[part] / s.count)
    const stackTotal = per[1]! + per[2]! + per[3]!
    console.log(`| ${s.p.name} | ${per.map((x) => fmt(x, 3)).join(' | ')} | ${fmt(stackTotal, 3)} |`)
  }
  return { concurrency, overhead: stats[2]!.p95 / b.p95 - 1, floor: stats[3]!.p95 / b.p95 - 1 }
}

async function main() {
  const stack = await startStackProcess()
  const relay = await startRelayProcess(stack.postgrest.url).catch(async (error: unknown) => {
    await stack.stop()
    throw error
  })
  try {
    const maxConcurrency = Math.max(...LEVELS)
    const db = new pg.Pool({ connectionString: stack.dbUrl, max: maxConcurrency, idleTimeoutMillis: 0 })
    // The stack's Postgres stops while idle clients may still be open; that is the end of the run, not an error.
    db.on('error', (error: Error & { code?: string }) => {
      if (error.code !== '57P01') console.error(error)
    })
    await db.query(`
      insert into auth.users (id, aud, role, email, created_at, updated_at)
      select ('00000000-0000-4000-8000-' || lpad(i::text, 12, '0'))::uuid, 'authenticated', 'authenticated',
             'bench' || i || '@example.test', now(), now()
      from generate_series(1, ${USERS}) i;
      insert into public.notes (owner_id, body)
      select ('00000000-0000-4000-8000-' || lpad((1 + n % ${USERS})::text, 12, '0'))::uuid, 'catatan ' || n
      from generate_series(1, ${USERS * NOTES_PER_USER}) n;
      analyze public.notes;`)
    const sub = '00000000-0000-4000-8000-000000000007'
    const claims = { sub, role: 'authenticated', aud: 'authenticated', email: 'bench7@example.test' }
    const jwt = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(stack.jwtSecret))
    const path = '/notes?select=id,body,created_at&order=id.desc&limit=25'
    const auth = { authorization: `Bearer ${jwt}` }

    const sql = async () => {
      const client = await db.connect()
      try {
        // PostgREST's own transaction: switch role, set the claims, run the query.
        await client.query('begin')
        await client.query(`select set_config('role', 'authenticated', true), set_config('request.jwt.claims', $1, true)`, [JSON.stringify(claims)])
        const { rowCount } = await client.query('select id, body, created_at from public.notes order by id desc limit 25')
        await client.query('commit')
        if (rowCount !== 25) throw new Error('expected 25 rows')
      } finally {
        client.release()
      }
    }

    console.log(`\nRLS-filtered select of 25 of ${USERS * NOTES_PER_USER} rows; stack in its own process; ${readProcs().size} processes on the machine`)
    const outcomes = []
    // V8 compiles the gateway's hot path after some thousands of requests; PostgREST and Postgres are
    // native code from the first. Measuring before that would measure the JIT warming up, not the hop.
    const throughGateway = { ...auth, apikey: stack.anonKey }
    const warm = [
      sql,
      getter(stack.postgrest.url, path, auth, maxConcurrency),
      getter(stack.url, `/rest/v1${path}`, throughGateway, maxConcurrency),
      getter(relay.url, `/rest/v1${path}`, auth, maxConcurrency),
    ]
    const warmed = []
    for (const once of warm) warmed.push(await warmUp(once, maxConcurrency, WARMUP_REQUESTS, WARMUP_MAX_SECONDS * 1000))
    console.log(`Warm-up: ${warmed.join(' / ')} requests (SQL / PostgREST / gateway / bare relay) at ${maxConcurrency} clients before measuring`)
    for (const concurrency of LEVELS) {
      const make = (name: string, once: () => Promise<void>): Path => ({ name, once, latencies: [], roundP95: [], seconds: 0, cpu: emptyCpu() })
      const paths = [
        make('SQL direct (pg, as PostgREST runs it)', sql),
        make('PostgREST direct', getter(stack.postgrest.url, path, auth, concurrency)),
        make('gateway /rest/v1', getter(stack.url, `/rest/v1${path}`, throughGateway, concurrency)),
        make('bare TCP relay (no HTTP; the floor of any proxy)', getter(relay.url, `/rest/v1${path}`, auth, concurrency)),
      ]
      await measureLevel(paths, concurrency, stack.pid, relay.pid)
      outcomes.push(report(paths, concurrency))
    }
    await db.end()
    console.log('')
    for (const o of outcomes) {
      console.log(
        `${o.concurrency} client${o.concurrency === 1 ? '' : 's'}: the gateway adds ${fmt(o.overhead * 100, 1)}% to PostgREST's p95 (goal: under ${GOAL * 100}%); ` +
          `a bare TCP relay adds ${fmt(o.floor * 100, 1)}%.`,
      )
    }
  } finally {
    await Promise.all([stack.stop(), relay.stop()])
  }
}

/** Runs a Node script in its own process until it prints `ready`; returns what it printed by then and how to stop it. */
async function startProcess(name: string, args: string[], ready: string) {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] })
  let out = ''
  await new Promise<void>((done, fail) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      if (out.includes(ready)) done()
    })
    child.on('exit', (code) => fail(new Error(`${name} exited (${code}):\n${out}`)))
  })
  return {
    pid: child.pid!,
    field: (label: string) => new RegExp(`${label}: (\\S+)`).exec(out)?.[1] ?? '',
    stop: () => new Promise<void>((done) => {
      child.removeAllListeners('exit')
      child.once('exit', () => done())
      child.kill('SIGTERM')
    }),
  }
}

/** The stack runs in its own process, as under `npm run dev`, so the load generator does not share its event loop. */
async function startStackProcess() {
  const here = import.meta.dirname
  const nodeArgs = (process.env.BENCH_STACK_NODE_ARGS ?? '').split(' ').filter(Boolean)
  const { pid, field, stop } = await startProcess(
    'stack',
    [...nodeArgs, '--import', 'tsx', resolve(here, '..', 'cli.ts'), '--data', 'memory', '--port', '0', '--seed', 'none',
      '--migrations', resolve(here, '..', 'tests', 'fixtures', 'migrations')],
    'Stop with Ctrl+C',
  )
  return {
    pid,
    url: field('API URL'),
    dbUrl: field('DB URL'),
    jwtSecret: field('JWT secret'),
    anonKey: field('anon key'),
    postgrest: { url: field('PostgREST \\(internal\\)') },
    stop,
  }
}

/** The bare relay in front of PostgREST, in its own process as the gateway is. */
async function startRelayProcess(postgrestUrl: string) {
  const { pid, field, stop } = await startProcess('relay', ['--import', 'tsx', resolve(import.meta.dirname, 'bare-relay.ts'), postgrestUrl], 'relay port: ')
  return { pid, url: `http://127.0.0.1:${field('relay port')}`, stop }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
