/**
 * npm run size [-- --check]: what each route downloads first, in KiB gzip, from the production build.
 *
 * Builds the SPA with a Vite manifest into a temporary folder, reads the route table (src/router.ts,
 * loaded through Vite), and for every route adds up the entry chunk, the route component's chunk and
 * their static imports, with the CSS they pull in. Routes whose guard waits for the session (signed-in,
 * staff and guest-only pages) also count supabase-js, because the guard loads it before the page shows.
 * Citizen and public routes (no staff roles) over the 130 KiB budget are flagged; --check makes that fail.
 * --detail NAME lists the files of the route named NAME, largest first.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { createServer } from 'vite'
import { buildSpa } from '../e2e/support/environment.ts'
import { loadKeys } from '../../supabase/local/config.ts'
import { ROOT } from '../../supabase/local/stack.ts'

const BUDGET_KIB = 130

interface ManifestChunk {
  file: string
  src?: string
  isEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
  css?: string[]
}
type Manifest = Record<string, ManifestChunk>

interface RouteInfo {
  path: string
  name: string
  component: string | null
  staff: boolean
  waitsForSession: boolean
  /** The Indonesian message modules the router loads before showing the page. */
  messages: string[]
}

interface RouteRecordLike {
  path: string
  name?: unknown
  component?: unknown
  children?: RouteRecordLike[]
  meta?: { requiresAuth?: boolean; guestOnly?: boolean; roles?: readonly string[]; titleKey?: string }
}

/** The route table as the app defines it, loaded through Vite so aliases and lazy imports resolve as in the build. */
async function loadRoutes(): Promise<RouteInfo[]> {
  const server = await createServer({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    logLevel: 'error',
    optimizeDeps: { noDiscovery: true, include: [] },
  })
  try {
    const { routes } = (await server.ssrLoadModule('/src/router.ts')) as { routes: RouteRecordLike[] }
    const { messageModulesFor } = (await server.ssrLoadModule('/src/i18n/index.ts')) as {
      messageModulesFor: (titleKey: string) => readonly string[]
    }
    const out: RouteInfo[] = []
    const walk = (records: RouteRecordLike[], prefix: string, inherited: RouteRecordLike['meta']) => {
      for (const record of records) {
        const path = record.path.startsWith('/') ? record.path : `${prefix.replace(/\/$/, '')}/${record.path}`
        const meta = { ...inherited, ...record.meta }
        // `() => import('@/pages/X.vue')` reads, once transformed, `() => __vite_ssr_dynamic_import__("/src/pages/X.vue")`.
        const lazy = typeof record.component === 'function' ? /import__\(["']\/([^"']+)["']\)/.exec(String(record.component)) : null
        if (record.component || !record.children) {
          out.push({
            path,
            name: typeof record.name === 'string' ? record.name : '',
            component: lazy ? lazy[1]! : null,
            staff: (meta.roles?.length ?? 0) > 0,
            waitsForSession: !!(meta.requiresAuth || meta.guestOnly || meta.roles),
            messages: messageModulesFor(meta.titleKey ?? '').map((m) => `src/i18n/id/${m}.ts`),
          })
        }
        if (record.children) walk(record.children, path, meta)
      }
    }
    walk(routes, '', {})
    return out
  } finally {
    await server.close()
  }
}

function closure(manifest: Manifest, keys: string[]): Set<string> {
  const seen = new Set<string>()
  const visit = (key: string) => {
    if (seen.has(key)) return
    const chunk = manifest[key]
    if (!chunk) throw new Error(`manifest has no chunk "${key}"`)
    seen.add(key)
    for (const next of chunk.imports ?? []) visit(next)
  }
  keys.forEach(visit)
  return seen
}

async function main() {
  const check = process.argv.includes('--check')
  const detailAt = process.argv.indexOf('--detail')
  const detail = detailAt > 0 ? process.argv[detailAt + 1] : undefined
  const out = mkdtempSync(join(tmpdir(), 'ppid-size-'))
  try {
    // A production-shaped URL and key: the sizes do not depend on which project the build points at.
    await buildSpa(out, { VITE_SUPABASE_URL: 'https://abcdefghijklmnopqrst.supabase.co', VITE_SUPABASE_ANON_KEY: loadKeys().anonKey }, [
      '--manifest',
    ])
    const manifest = JSON.parse(readFileSync(join(out, '.vite', 'manifest.json'), 'utf8')) as Manifest
    const gz = new Map<string, number>()
    const size = (file: string) => {
      if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(join(out, file))).length)
      return gz.get(file)!
    }
    const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry)
    if (!entry) throw new Error('manifest has no entry chunk')
    const supabase = Object.keys(manifest).find((key) => key.includes('@supabase/supabase-js'))
    const routes = await loadRoutes()

    const kib = (bytes: number) => (bytes / 1024).toFixed(1).padStart(6)
    const rows: string[] = []
    let over = 0
    for (const route of routes) {
      const roots = [entry]
      if (route.component) {
        if (!manifest[route.component]) throw new Error(`${route.path}: ${route.component} is not in the build manifest`)
        roots.push(route.component)
      }
      if (route.waitsForSession && supabase) roots.push(supabase)
      roots.push(...route.messages)
      const chunks = closure(manifest, roots)
      let js = 0
      const css = new Set<string>()
      for (const key of chunks) {
        const chunk = manifest[key]!
        js += size(chunk.file)
        for (const file of chunk.css ?? []) css.add(file)
      }
      const cssBytes = [...css].reduce((sum, file) => sum + size(file), 0)
      if (route.name === detail) {
        const files = [...[...chunks].map((key) => manifest[key]!.file), ...css].sort((a, b) => size(b) - size(a))
        console.log(`${route.path}:\n${files.map((file) => `${kib(size(file))}  ${file}`).join('\n')}\n`)
      }
      const total = js + cssBytes
      const flagged = !route.staff && total / 1024 > BUDGET_KIB
      if (flagged) over += 1
      rows.push(
        `${kib(js)} ${kib(cssBytes)} ${kib(total)}  ${(route.staff ? 'staff' : 'citizen').padEnd(7)} ${route.waitsForSession ? '+sb' : '   '}  ${route.path}${route.name ? ` (${route.name})` : ''}${flagged ? `  ⚠ over ${BUDGET_KIB} KiB` : ''}`,
      )
    }
    console.log(`First load per route, KiB gzip (zlib default level), entry + route chunk + their static imports and CSS + the message modules the router loads for it.`)
    console.log(`+sb: the route's guard waits for the session, so supabase-js loads first too. Budget for citizen routes: ${BUDGET_KIB} KiB.\n`)
    console.log('    JS    CSS  total  side    sb   route')
    for (const row of rows) console.log(row)
    console.log(over ? `\n${over} citizen route(s) over ${BUDGET_KIB} KiB.` : `\nEvery citizen route is within ${BUDGET_KIB} KiB.`)
    if (check && over) process.exitCode = 1
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
}

await main()
