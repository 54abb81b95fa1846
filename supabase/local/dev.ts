import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import { loadKeys } from './config.ts'
import { verifyPendingFiles } from '../jobs/verify-files.ts'
import { ROOT, startStack, type Stack } from './stack.ts'

/**
 * `npm run dev`: the embedded stack (unless one already answers on 54321) and Vite together, so a
 * newcomer clicks through the app with seeded demo accounts a minute after cloning.
 */
const PORT = 54321
const extraArgs = process.argv.slice(2)

async function stackAlreadyRunning(): Promise<boolean> {
  const key = loadKeys().anonKey
  return fetch(`http://127.0.0.1:${PORT}/auth/v1/health`, { headers: { apikey: key }, signal: AbortSignal.timeout(1000) })
    .then((r) => r.ok, () => false)
}

async function main() {
  let stack: Stack | undefined
  if (await stackAlreadyRunning()) {
    console.log(`Using the stack already running on http://127.0.0.1:${PORT}`)
  } else {
    console.log('Starting the embedded Supabase stack (first start initialises the database)…')
    stack = await startStack({
      port: PORT,
      databaseUrl: process.env.DATABASE_URL || undefined,
      watchMigrations: true,
      log: (line) => {
        if (/applied|seeded|restarting|failed|error/i.test(line)) process.stdout.write(`[stack] ${line}`)
      },
    })
    console.log(`Stack: ${stack.url}  ·  mailbox: ${stack.url}/mailbox  ·  Postgres: ${stack.dbUrl}`)
  }
  // The magic-byte check that production runs on a schedule runs here every few seconds.
  const keys = loadKeys()
  const verifier = setInterval(() => {
    verifyPendingFiles(`http://127.0.0.1:${PORT}`, keys.serviceRoleKey).catch((error: unknown) =>
      console.error(`[verify-files] ${error instanceof Error ? error.message : String(error)}`))
  }, 5000)
  const vite = spawn(resolve(ROOT, 'node_modules', '.bin', 'vite'), extraArgs, { stdio: 'inherit', cwd: ROOT })
  let stopping = false
  const stop = async (code: number) => {
    if (stopping) return
    stopping = true
    clearInterval(verifier)
    if (vite.exitCode === null) vite.kill('SIGTERM')
    await stack?.stop()
    process.exit(code)
  }
  vite.on('exit', (code) => void stop(code ?? 0))
  process.on('SIGINT', () => void stop(0))
  process.on('SIGTERM', () => void stop(0))
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
