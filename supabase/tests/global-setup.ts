import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { TestProject } from 'vitest/node'
import { startStack } from '../local/stack.ts'

/**
 * The project's config.toml with the sign-in limit raised: every test actor signs in from 127.0.0.1,
 * and the suite needs far more than 30 sign-ins in five minutes. Everything else stays as configured.
 */
function testConfig(): { file: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'db-tests-'))
  const original = readFileSync(resolve(import.meta.dirname, '..', 'config.toml'), 'utf8')
  const raised = original.replace(/^sign_in_sign_ups = \d+$/m, 'sign_in_sign_ups = 100000')
  if (raised === original) throw new Error('supabase/config.toml: sign_in_sign_ups not found')
  const file = join(dir, 'config.toml')
  writeFileSync(file, raised)
  return { file, dir }
}

/** One stack with the project's real migrations (no seed) for the database tests. */
export default async function setup(project: TestProject) {
  const config = testConfig()
  const stack = await startStack({
    port: 0,
    data: 'memory',
    config: config.file,
    migrations: resolve(import.meta.dirname, '..', 'migrations'),
    seed: null,
    databaseUrl: process.env.DATABASE_URL || undefined,
  })
  project.provide('db', {
    url: stack.url,
    anonKey: stack.anonKey,
    serviceRoleKey: stack.serviceRoleKey,
    jwtSecret: stack.jwtSecret,
    dbUrl: stack.dbUrl,
    postgresMajor: stack.postgresMajor,
  })
  return async () => {
    await stack.stop()
    rmSync(config.dir, { recursive: true, force: true })
  }
}
