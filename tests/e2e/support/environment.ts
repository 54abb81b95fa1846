import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { freePort } from '../../../supabase/local/net.ts'
import { loadKeys } from '../../../supabase/local/config.ts'
import { ROOT, startStack, type Stack } from '../../../supabase/local/stack.ts'
import { serveStatic, type StaticServer, type TlsCredentials } from './static-server.ts'

export interface Environment {
  /** The SPA, built for production and served with a fallback to index.html. */
  appUrl: string
  stack: Stack
  stop(): Promise<void>
}

export interface EnvironmentOptions {
  /** Port of the served SPA; 0 or unset picks a free one. */
  appPort?: number
  /** Gateway port of the stack; 0 or unset picks a free one. */
  stackPort?: number
  log?: (line: string) => void
  /** Extra `vite build` arguments (a profile reads better with `--minify false`). */
  buildArgs?: string[]
  /** Serve the SPA over HTTPS and HTTP/2 with this certificate (see `localCertificate`). */
  tls?: TlsCredentials
}

/**
 * The project's config.toml for a browser run: the served SPA is the site URL and an allowed redirect
 * (the confirmation link lands there), sign-ins and verifications from 127.0.0.1 are not throttled (every
 * journey signs in from that one address), and the demo files' folders are absolute because the copy
 * lives in a temporary folder. Everything else stays as configured.
 */
function browserConfig(dir: string, appUrl: string): string {
  const original = readFileSync(resolve(ROOT, 'supabase', 'config.toml'), 'utf8')
  const replacements: [RegExp, string][] = [
    [/^site_url = .*$/m, `site_url = "${appUrl}"`],
    [/^additional_redirect_urls = \[/m, `additional_redirect_urls = ["${appUrl}/**", `],
    [/^sign_in_sign_ups = \d+$/m, 'sign_in_sign_ups = 100000'],
    [/^token_verifications = \d+$/m, 'token_verifications = 100000'],
    [/^objects_path = "\.\//gm, `objects_path = "${resolve(ROOT, 'supabase')}/`],
  ]
  let text = original
  for (const [pattern, replacement] of replacements) {
    if (!pattern.test(text)) throw new Error(`supabase/config.toml: ${pattern} not found`)
    text = text.replace(pattern, replacement)
  }
  const file = join(dir, 'config.toml')
  writeFileSync(file, text)
  return file
}

/** `vite build` of the SPA against the given stack, into `outDir`. */
export function buildSpa(outDir: string, env: Record<string, string>, extraArgs: string[] = []): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [resolve(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error', ...extraArgs],
      { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] },
    )
    child.on('error', fail)
    child.on('exit', (code, signal) =>
      code === 0 ? done() : fail(new Error(`vite build failed (${signal ?? `exit code ${code}`})`)),
    )
  })
}

/**
 * A fresh in-memory stack with the migrations and the demo seed, the production build of the SPA
 * pointing at it, and a static server for the build. `stop()` ends all three and removes the build.
 */
export async function startEnvironment(opts: EnvironmentOptions = {}): Promise<Environment> {
  const log = opts.log ?? (() => undefined)
  const work = mkdtempSync(join(tmpdir(), 'ppid-e2e-'))
  const cleanups: (() => Promise<void>)[] = [async () => rmSync(work, { recursive: true, force: true })]
  const stopAll = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch((e: unknown) => log(`stop: ${String(e)}\n`))
  }
  try {
    const appPort = opts.appPort || (await freePort())
    const stackPort = opts.stackPort || (await freePort())
    const appUrl = `${opts.tls ? 'https' : 'http'}://127.0.0.1:${appPort}`
    const dist = join(work, 'dist')
    const started = Date.now()
    // The build needs only the stack's URL and anon key, so both start at once.
    const building = buildSpa(dist, { VITE_SUPABASE_URL: `http://127.0.0.1:${stackPort}`, VITE_SUPABASE_ANON_KEY: loadKeys().anonKey }, opts.buildArgs)
      .then(() => log(`SPA built in ${Date.now() - started} ms\n`))
    const starting = startStack({
      port: stackPort,
      data: 'memory',
      config: browserConfig(work, appUrl),
      seed: resolve(ROOT, 'supabase', 'seed.sql'),
      databaseUrl: process.env.DATABASE_URL || undefined,
      log,
    })
    const [stackResult, buildResult] = await Promise.allSettled([starting, building])
    if (stackResult.status === 'fulfilled') cleanups.push(() => stackResult.value.stop())
    if (stackResult.status === 'rejected') throw stackResult.reason
    if (buildResult.status === 'rejected') throw buildResult.reason
    const stack = stackResult.value
    log(`stack ${stack.url} ready\n`)

    const server: StaticServer = await serveStatic(dist, appPort, opts.tls)
    cleanups.push(() => server.close())
    return { appUrl: server.url, stack, stop: stopAll }
  } catch (error) {
    await stopAll()
    throw error
  }
}
