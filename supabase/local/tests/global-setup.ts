import { resolve } from 'node:path'
import type { TestProject } from 'vitest/node'
import { startStack } from '../stack.ts'

const here = import.meta.dirname

/** One embedded stack for the whole stack suite, on a throwaway database (DATABASE_URL's server if set). */
export default async function setup(project: TestProject) {
  const stack = await startStack({
    port: 0,
    data: 'memory',
    migrations: resolve(here, 'fixtures', 'migrations'),
    seed: null,
    config: resolve(here, 'fixtures', 'config.toml'),
    databaseUrl: process.env.DATABASE_URL || undefined,
  })
  project.provide('stack', {
    url: stack.url,
    anonKey: stack.anonKey,
    serviceRoleKey: stack.serviceRoleKey,
    jwtSecret: stack.jwtSecret,
    dbUrl: stack.dbUrl,
    postgrestUrl: stack.postgrest.url,
    postgrestPid: stack.postgrest.pid ?? 0,
    postgresMajor: stack.postgresMajor,
  })
  return () => stack.stop()
}

declare module 'vitest' {
  export interface ProvidedContext {
    stack: {
      url: string
      anonKey: string
      serviceRoleKey: string
      jwtSecret: string
      dbUrl: string
      postgrestUrl: string
      postgrestPid: number
      postgresMajor: number
    }
  }
}
