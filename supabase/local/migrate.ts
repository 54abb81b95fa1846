import { createHash } from 'node:crypto'
import { readFile, readdir } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'

/** Passwords of the stack's internal login roles; the cluster listens on 127.0.0.1 only. */
export const INTERNAL_PASSWORDS = {
  authenticator_password: process.env.AUTHENTICATOR_PASSWORD ?? 'authenticator-local',
  auth_admin_password: process.env.AUTH_ADMIN_PASSWORD ?? 'auth-admin-local',
  storage_admin_password: process.env.STORAGE_ADMIN_PASSWORD ?? 'storage-admin-local',
}

const BOOTSTRAP = ['bootstrap.sql', 'storage.sql'].map((f) => fileURLToPath(new URL(`./sql/${f}`, import.meta.url)))

export async function bootstrap(client: pg.Client): Promise<void> {
  let sql = (await Promise.all(BOOTSTRAP.map((file) => readFile(file, 'utf8')))).join('\n')
  for (const [name, value] of Object.entries(INTERNAL_PASSWORDS)) {
    sql = sql.replaceAll(`:'${name}'`, client.escapeLiteral(value))
  }
  // Roles are shared by every database of a cluster: two stacks bootstrapping at once must not race.
  await client.query('select pg_advisory_lock(727001)')
  try {
    await client.query(sql)
  } finally {
    await client.query('select pg_advisory_unlock(727001)')
  }
}

export interface Migration {
  version: string
  name: string
  file: string
}

/** Migration files named as the Supabase CLI names them: `<version>_<name>.sql`, in version order. */
export async function listMigrations(dir: string): Promise<Migration[]> {
  const files = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[]
    throw error
  })
  return files
    .map((file) => /^(\d+)_(.+)\.sql$/.exec(file))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ version: m[1]!, name: m[2]!, file: join(dir, m[0]) }))
    .sort((a, b) => (a.version < b.version ? -1 : a.version > b.version ? 1 : 0))
}

/** Applies the migrations not yet recorded, each in its own transaction; returns their versions. */
export async function applyMigrations(client: pg.Client, dir: string): Promise<string[]> {
  const { rows } = await client.query<{ version: string }>('select version from supabase_migrations.schema_migrations')
  const done = new Set(rows.map((r) => r.version))
  const applied: string[] = []
  for (const migration of await listMigrations(dir)) {
    if (done.has(migration.version)) continue
    const sql = await readFile(migration.file, 'utf8')
    await client.query('begin')
    try {
      await client.query(sql)
      await client.query(
        'insert into supabase_migrations.schema_migrations (version, name, statements) values ($1, $2, $3)',
        [migration.version, migration.name, [sql]],
      )
      await client.query('commit')
    } catch (error) {
      await client.query('rollback')
      throw new Error(`migration ${basename(migration.file)} failed: ${(error as Error).message}`, { cause: error })
    }
    applied.push(migration.version)
  }
  return applied
}

/** Runs a seed file once per database, recorded by path and hash as `supabase db push --include-seed` does. */
export async function applySeed(client: pg.Client, file: string, recordAs: string): Promise<'applied' | 'skipped'> {
  const sql = await readFile(file, 'utf8')
  const hash = createHash('sha256').update(sql).digest('hex')
  const { rowCount } = await client.query('select 1 from supabase_migrations.seed_files where path = $1', [recordAs])
  if (rowCount) return 'skipped'
  await client.query('begin')
  try {
    await client.query(sql)
    await client.query('insert into supabase_migrations.seed_files (path, hash) values ($1, $2)', [recordAs, hash])
    await client.query('commit')
  } catch (error) {
    await client.query('rollback')
    throw new Error(`seed ${recordAs} failed: ${(error as Error).message}`, { cause: error })
  }
  return 'applied'
}
