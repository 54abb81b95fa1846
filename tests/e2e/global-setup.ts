import { rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { startEnvironment } from './support/environment.ts'

/**
 * One fresh environment per run: an in-memory stack with the demo seed, the production build of the
 * SPA against it, and a static server. Workers read the addresses from the environment variables.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const verbose = !!process.env.E2E_VERBOSE
  // Playwright empties its own output folder; the step screenshots beside it start afresh too.
  rmSync(fileURLToPath(new URL('../../test-results/screenshots', import.meta.url)), { recursive: true, force: true })
  const env = await startEnvironment({
    appPort: Number(process.env.E2E_APP_PORT) || 0,
    stackPort: Number(process.env.E2E_STACK_PORT) || 0,
    log: (line) => {
      if (verbose || /^(stack|SPA) |failed|error/i.test(line)) process.stdout.write(`[e2e] ${line}`)
    },
  })
  process.env.E2E_APP_URL = env.appUrl
  process.env.E2E_STACK_URL = env.stack.url
  process.env.E2E_ANON_KEY = env.stack.anonKey
  process.env.E2E_SERVICE_ROLE_KEY = env.stack.serviceRoleKey
  process.env.E2E_DB_URL = env.stack.dbUrl
  process.stdout.write(`[e2e] app ${env.appUrl}, stack ${env.stack.url}\n`)
  return () => env.stop()
}
