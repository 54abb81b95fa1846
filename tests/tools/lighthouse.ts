/**
 * npm run lighthouse: Lighthouse 12 (mobile profile: an emulated phone on slow 4G) with Debian's
 * Chromium against the production build served with a fresh seeded stack: the home page, and the request
 * form as the signed-in demo citizen, each as a first visit: home as a first-time visitor (nothing
 * cached, nothing stored), the form as a signed-in citizen after a deploy (nothing cached, the session
 * stored). Prints the scores; reports go to test-results/lighthouse/.
 * Each page is measured LIGHTHOUSE_RUNS times (default 3) and the median run reported; LIGHTHOUSE_TRACE=1
 * also keeps that run's trace (LIGHTHOUSE_TRACE=cpu: with JavaScript samples, named with
 * LIGHTHOUSE_MINIFY=false); LIGHTHOUSE_PAGES=home or request-form measures one page.
 *
 * Both of Lighthouse's throttling methods are run (LIGHTHOUSE_THROTTLING=simulate or devtools: only one):
 * - simulate, Lighthouse's default: the page loads at full speed and Lantern estimates the slow phone
 *   from that trace. Lantern finds the scripts a first paint waits for by their `EvaluateScript` trace
 *   events, which module scripts do not emit (GoogleChrome/lighthouse#17163), so it places the first
 *   paint before the app's code runs and counts the whole boot as blocking time, although nothing is
 *   on screen until the boot has rendered the page.
 * - devtools: Chromium itself runs the page at 4× CPU slowdown on the slow-4G network, and the metrics
 *   are measured as they happen.
 * The build is served over HTTPS with HTTP/2, as production's static host serves it (a certificate made
 * for the run; LIGHTHOUSE_HTTP=1.1: plain HTTP/1.1, as the tests serve it). Over HTTP/1.1 a browser opens
 * at most six connections a host, so the two dozen files of a deep link's first load queue behind each
 * other for several round trips of the slow network; over HTTP/2 they share one connection. The stack's
 * API stays HTTP/1.1 (production's is HTTP/2 as well).
 * Not a test: nothing is asserted (goal: performance ≥ 0.98, accessibility 1.00).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import lighthouse from 'lighthouse'
import { freePort } from '../../supabase/local/net.ts'
import { ROOT } from '../../supabase/local/stack.ts'
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/config.ts'
import { startEnvironment } from '../e2e/support/environment.ts'
import { localCertificate } from '../e2e/support/tls.ts'
import { signInAs } from './signIn.ts'

interface Target {
  label: string
  path: string
  /** Sign in as this demo account first (the session stays in the browser profile Lighthouse uses). */
  as?: string
}

const TARGETS: Target[] = [
  { label: 'home', path: '/' },
  { label: 'request form', path: process.env.LIGHTHOUSE_FORM_PATH || '/permohonan/baru', as: 'warga1@demo.ppid.test' },
]
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const
/** Lighthouse runs per page (LIGHTHOUSE_RUNS, default 3); the median by performance is reported. */
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3))
const REPORT_DIR = join(ROOT, 'test-results', 'lighthouse')
const METHODS = (['simulate', 'devtools'] as const).filter((m) => [undefined, '', m].includes(process.env.LIGHTHOUSE_THROTTLING))
if (METHODS.length === 0) throw new Error(`LIGHTHOUSE_THROTTLING is simulate, devtools or unset (both), not ${process.env.LIGHTHOUSE_THROTTLING}`)
const HTTP = process.env.LIGHTHOUSE_HTTP || '2'
if (!['2', '1.1'].includes(HTTP)) throw new Error(`LIGHTHOUSE_HTTP is 2 (the default) or 1.1, not ${HTTP}`)

async function main() {
  const certificate = HTTP === '2' ? await localCertificate() : undefined
  const env = await startEnvironment({
    log: (line) => (/failed|error/i.test(line) ? process.stderr.write(line) : undefined),
    tls: certificate,
    // Unminified, the samples of LIGHTHOUSE_TRACE=cpu name their functions (the scores are then not the build's).
    buildArgs: process.env.LIGHTHOUSE_MINIFY === 'false' ? ['--minify', 'false'] : [],
  })
  const profile = mkdtempSync(join(tmpdir(), 'ppid-lighthouse-'))
  const port = await freePort()
  // A persistent context is the browser's default profile, which Lighthouse's own tab shares (so the session does).
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`, ...(certificate ? [certificate.chromiumArg] : [])],
  })
  const lines: string[] = []
  try {
    mkdirSync(REPORT_DIR, { recursive: true })
    const page = browser.pages()[0] ?? (await browser.newPage())
    const cdp = await browser.newCDPSession(page)
    const only = process.env.LIGHTHOUSE_PAGES?.split(',')
    for (const target of TARGETS.filter((t) => !only || only.includes(t.label.replace(/\W+/g, '-')))) {
      const url = `${env.appUrl}${target.path}`
      if (target.as) await signInAs(page, env.appUrl, target.as)
      // Lighthouse must measure the page meant, not a redirect to sign-in or the not-found page.
      await page.goto(url)
      await page.waitForLoadState('networkidle')
      const landed = new URL(page.url()).pathname
      const h1 = (await page.locator('main h1').first().textContent())?.trim() ?? ''
      if (landed !== target.path || /tidak ditemukan/i.test(h1)) {
        lines.push(`${target.label.padEnd(13)} ${target.path}: not measured (landed on ${landed}, "${h1}")`)
        continue
      }
      for (const method of METHODS) {
        // The scores move from run to run on a shared machine: the run with the median performance is reported.
        const results: NonNullable<Awaited<ReturnType<typeof lighthouse>>>[] = []
        for (let run = 0; run < RUNS; run += 1) {
          // Every run is a first visit. Lighthouse clears the HTTP cache and, by default, only some of the
          // site's storage: for home all of it (the check before left the agency's settings in
          // localStorage), for a signed-in page, whose session lives there, the HTTP cache only, here.
          if (target.as) await cdp.send('Network.clearBrowserCache')
          const result = await lighthouse(url, {
            port,
            output: ['json', 'html'],
            logLevel: 'error',
            onlyCategories: [...CATEGORIES],
            disableStorageReset: Boolean(target.as),
            clearStorageTypes: ['file_systems', 'shader_cache', 'service_workers', 'cache_storage', 'local_storage', 'indexeddb', 'cookies'],
            throttlingMethod: method,
            // JavaScript samples in the kept trace, to see what runs in each long task (it slows the page a little).
            ...(process.env.LIGHTHOUSE_TRACE === 'cpu' ? { additionalTraceCategories: 'disabled-by-default-v8.cpu_profiler' } : {}),
          })
          if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
          results.push(result)
        }
        const performance = (r: (typeof results)[number]) => r.lhr.categories.performance?.score ?? 0
        const result = [...results].sort((a, b) => performance(a) - performance(b))[Math.floor(results.length / 2)]!
        const [json, html] = result.report as string[]
        const file = `${target.label.replace(/\W+/g, '-')}${method === 'simulate' ? '' : `.${method}`}`
        writeFileSync(join(REPORT_DIR, `${file}.json`), json!)
        writeFileSync(join(REPORT_DIR, `${file}.html`), html!)
        // The run's own trace, for DevTools (simulate: unthrottled, as Lantern read it).
        if (process.env.LIGHTHOUSE_TRACE) writeFileSync(join(REPORT_DIR, `${file}.trace.json`), JSON.stringify(result.artifacts.Trace))
        const { categories, audits, environment } = result.lhr
        const score = (id: string) => categories[id]?.score?.toFixed(2) ?? '—'
        // What the page's own files came over, as Chromium reported it (h2 or http/1.1).
        const requests = (audits['network-requests']?.details as { items?: { url: string; protocol?: string }[] } | undefined)?.items ?? []
        const protocols = [...new Set(requests.filter((r) => r.url.startsWith(env.appUrl)).map((r) => r.protocol))].join(', ')
        const metric = (id: string) => audits[id]?.displayValue ?? '—'
        lines.push(
          `${target.label.padEnd(13)} ${method.padEnd(9)} performance ${score('performance')}  accessibility ${score('accessibility')}  best-practices ${score('best-practices')}` +
            `  | FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}, SI ${metric('speed-index')}` +
            `  (${protocols}; benchmark index ${environment.benchmarkIndex})`,
        )
        if (results.length > 1) lines.push(`${' '.repeat(24)}median of ${results.length} runs; performance ${results.map((r) => performance(r).toFixed(2)).join(', ')}`)
        for (const id of CATEGORIES) {
          const failing = categories[id]?.auditRefs
            .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
            .map((ref) => `${ref.id} (${audits[ref.id]?.score})`)
          if (id !== 'performance' && failing?.length) lines.push(`${' '.repeat(24)}${id} below 1: ${failing.join(', ')}`)
        }
      }
    }
  } finally {
    await browser.close()
    rmSync(profile, { recursive: true, force: true })
    await env.stop()
  }
  console.log(`\nLighthouse 12.2.3, mobile profile, ${CHROMIUM}; the build over ${HTTP === '2' ? 'HTTPS, HTTP/2' : 'HTTP/1.1'}; throttling simulated (Lighthouse's default) and applied by DevTools (see the top of tests/tools/lighthouse.ts); reports in test-results/lighthouse/\n`)
  for (const line of lines) console.log(line)
}

await main()
