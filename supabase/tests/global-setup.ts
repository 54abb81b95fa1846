import { resolve } from 'node:path'
import type { TestProject } from 'vitest/node'
import { startStack } from '../local/stack.ts'

/** One stack with the project's real migrations (no seed) for the database tests. */
export default async function setup(project: TestProject) {
  const stack = await startStack({
    port: 0,
    data: 'memory',
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
  return () => stack.stop()
}

declare module 'vitest' {
  export interface ProvidedContext {
    db: { url: string; anonKey: string; serviceRoleKey: string; jwtSecret: string; dbUrl: string; postgresMajor: number }
  }
}
