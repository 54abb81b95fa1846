/**
 * `npm run bench:stack`: what the gateway costs. The same RLS-filtered select is sent through the
 * gateway, straight to PostgREST, and run as SQL the way PostgREST runs it; prints requests per
 * second, p50/p95 latency, and the ratios against PostgREST measured in the same run.
 */
import { spawn } from 'node:child_process'
import { Agent, request } from 'node:http'
import { resolve } from 'node:path'
import { SignJWT } from 'jose'
import pg from 'pg'

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5)
const USERS = 100
const NOTES_PER_USER = 100

interface Result {
  name: string
  count: number
  rps: number
  p50: number
  p95: number
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!

async function measure(name: string, once: () => Promise<void>): Promise<Result> {
  const warmUntil = Date.now() + 1000
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (Date.now() < warmUntil) await once()
  }))
  const latencies: number[] = []
  const start = performance.now()
  const until = start + SECONDS * 1000
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (performance.now() < until) {
      const t = performance.now()
      await once()
      latencies.push(performance.now() - t)
    }
  }))
  const elapsed = (performance.now() - start) / 1000
  latencies.sort((a, b) => a - b)
  return { name, count: latencies.length, rps: latencies.length / elapsed, p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95) }
}

function getter(baseUrl: string, path: string, headers: Record<string, string>) {
  const url = new URL(path, baseUrl)
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY })
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

async function main() {
  const stack = await startStackProcess()
  try {
    const db = new pg.Pool({ connectionString: stack.dbUrl, max: CONCURRENCY })
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

    const results = [
      await measure('SQL direct (pg, as PostgREST runs it)', sql),
      await measure('PostgREST direct', getter(stack.postgrest.url, path, auth)),
      await measure('gateway /rest/v1', getter(stack.url, `/rest/v1${path}`, { ...auth, apikey: stack.anonKey })),
    ]
    await db.end()
    const base = results[1]!
    console.log(`\nRLS-filtered select of 25 of ${USERS * NOTES_PER_USER} rows; ${CONCURRENCY} concurrent clients, ${SECONDS} s each; stack in its own process\n`)
    console.log('| path | requests | req/s | p50 ms | p95 ms | p95 / PostgREST | req/s / PostgREST |')
    console.log('|---|---:|---:|---:|---:|---:|---:|')
    for (const r of results) {
      console.log(`| ${r.name} | ${r.count} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(2)} | ${r.p95.toFixed(2)} | ${(r.p95 / base.p95).toFixed(3)} | ${(r.rps / base.rps).toFixed(3)} |`)
    }
    const overhead = (results[2]!.p95 / base.p95 - 1) * 100
    console.log(`\nGateway adds ${overhead.toFixed(1)}% to PostgREST's p95 (goal: under 10%).`)
  } finally {
    await stack.stop()
  }
}

/** The stack runs in its own process, as under `npm run dev`, so the load generator does not share its event loop. */
async function startStackProcess() {
  const here = import.meta.dirname
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', resolve(here, '..', 'cli.ts'), '--data', 'memory', '--port', '0', '--seed', 'none',
      '--migrations', resolve(here, '..', 'tests', 'fixtures', 'migrations')],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  )
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
    postgrest: { url: field('PostgREST \\(internal\\)') },
    stop: () => new Promise<void>((done) => {
      child.removeAllListeners('exit')
      child.once('exit', () => done())
      child.kill('SIGTERM')
    }),
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
