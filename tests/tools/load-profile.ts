/**
 * A CPU profile of a page load in Chromium at 4× CPU slowdown (as Lighthouse's mobile profile assumes),
 * summarised by self time per function and per script. For finding what blocks the main thread.
 * The build is unminified unless MINIFY=1, so the names read. RUNS loads are summed (default 3); with
 * TRACE=1 one more load is traced and its long main-thread tasks listed with what ran inside them.
 * BLOCKING=N traces N more loads and prints the median of their blocking time: the sum over the main-thread
 * tasks that start after the first contentful paint of what each spends beyond 50 ms, at a real 4×
 * slowdown (and the same over all tasks). It is steadier than Lighthouse's score, but it is not
 * Lighthouse's Total Blocking Time, which is simulated from an unthrottled trace and counts from its own
 * estimate of the first paint: check a change there too. PROFILE_DIR=dir keeps each
 * run's CPU profile there (`load-N.cpuprofile`, for DevTools' Performance panel).
 * RATE=N slows the CPU N times instead of 4 (RATE=1: as Lighthouse's simulated runs record the page).
 * Each load is a first visit, in a fresh browser context (signed in again with --as).
 * Usage: tsx tests/tools/load-profile.ts [path] [--as email]
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Page } from '@playwright/test'
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/config.ts'
import { startEnvironment } from '../e2e/support/environment.ts'
import { signInAs } from './signIn.ts'

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { data?: Record<string, unknown>; name?: string } }

/** The page's main thread: the renderer main thread that ran the most. */
function mainThread(events: TraceEvent[]): TraceEvent[] {
  const busy = new Map<string, number>()
  for (const e of events) if (e.name === 'RunTask' && e.dur) add(busy, `${e.pid}/${e.tid}`, e.dur)
  const names = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}/${e.tid}`)
  const key = names.sort((a, b) => (busy.get(b) ?? 0) - (busy.get(a) ?? 0))[0]
  return events.filter((e) => `${e.pid}/${e.tid}` === key && e.ph === 'X' && e.dur)
}

/** Milliseconds the main thread's tasks (those starting at `from` or later) spent beyond 50 ms each. */
const blockingMs = (main: TraceEvent[], from = 0) =>
  main.filter((e) => e.name === 'RunTask' && e.ts >= from).reduce((sum, e) => sum + Math.max(0, e.dur! / 1000 - 50), 0)

/** When the page first painted content, in trace time (the page's own first contentful paint). */
const firstPaint = (events: TraceEvent[], pid: number) =>
  events.find((e) => e.name === 'firstContentfulPaint' && e.pid === pid)?.ts ?? Infinity

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

/** The main thread's tasks over 50 ms (slowed), each with what ran inside it. */
function printLongTasks(events: TraceEvent[]) {
  const main = mainThread(events)
  if (main.length === 0) return void console.log('no renderer main thread in the trace')
  const start = events.find((e) => e.name === 'navigationStart' && e.pid === main[0]!.pid)?.ts ?? main[0]!.ts
  const tasks = main.filter((e) => e.name === 'RunTask' && e.dur! > 50_000)
  for (const task of tasks) {
    const inside = main.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur! && e.name !== 'RunTask')
    const totals = new Map<string, number>()
    for (const e of inside) {
      const url = String(e.args?.data?.url ?? '').split('/').pop()
      const key = `${e.name}${url ? ` ${url}` : ''}${e.args?.data?.functionName ? ` ${String(e.args.data.functionName)}` : ''}`
      add(totals, key, e.dur!)
    }
    const top = [...totals].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${(v / 1000).toFixed(0)} ${k}`)
    console.log(`task @${((task.ts - start) / 1000).toFixed(0)} ms, ${(task.dur! / 1000).toFixed(0)} ms: ${top.join(' | ')}`)
  }
}

const add = (totals: Map<string, number>, key: string, amount: number) => totals.set(key, (totals.get(key) ?? 0) + amount)
const fileOf = (url: string) => url.split('/').pop() || '(native)'
const frameKey = (frame: Node['callFrame']) => `${frame.functionName || '(anon)'} ${fileOf(frame.url)}:${frame.lineNumber}`

const path = process.argv[2] ?? '/'
const asIndex = process.argv.indexOf('--as')
const as = asIndex > 0 ? process.argv[asIndex + 1] : undefined
const runs = Number(process.env.RUNS ?? 3)

const env = await startEnvironment({ log: () => undefined, buildArgs: process.env.MINIFY ? [] : ['--minify', 'false'] })
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
try {
  let page!: Page
  /**
   * A blank page at 4× CPU slowdown in a fresh browser context, for the next load to start from: each
   * load is a first visit, as in Lighthouse (which clears the origin's storage), signed in if asked.
   */
  const slowBlankPage = async () => {
    await page?.context().close()
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true })
    page = await context.newPage()
    if (as) await signInAs(page, env.appUrl, as)
    await page.goto('about:blank')
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.RATE ?? 4) })
    return cdp
  }
  /**
   * The network has been quiet for half a second, and then the page a second and a half longer: network
   * quiet alone can come before the app's first render. Not polled in the page: Playwright's injected
   * script would run on its main thread, inside what is measured.
   */
  const settled = async () => {
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(1500)
  }
  /** Fails a load after which the app had not taken over the page (the measure would miss its boot). */
  const checkMounted = async () => {
    const mounted = await page.evaluate("!!document.querySelector('#app > :not([inert])') && !document.querySelector('#app > [inert]')")
    if (!mounted) throw new Error(`${path}: the app had not mounted when the measure ended`)
  }
  const tracedLoad = async () => {
    const cdp = await slowBlankPage()
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'loading'] })
    await page.goto(`${env.appUrl}${path}`)
    await settled()
    const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents
    await checkMounted()
    await cdp.detach()
    return events
  }
  if (process.env.TRACE) printLongTasks(await tracedLoad())
  if (process.env.BLOCKING) {
    const afterPaint: number[] = []
    const all: number[] = []
    for (let run = 0; run < Number(process.env.BLOCKING); run++) {
      const events = await tracedLoad()
      const main = mainThread(events)
      afterPaint.push(blockingMs(main, firstPaint(events, main[0]!.pid)))
      all.push(blockingMs(main))
    }
    const list = (values: number[]) => values.map((x) => x.toFixed(0)).join(', ')
    console.log(`${path}: blocking time at 4× slowdown after the first contentful paint, median of ${afterPaint.length}: ${median(afterPaint).toFixed(0)} ms (${list(afterPaint)}); over the whole load ${median(all).toFixed(0)} ms (${list(all)})`)
  }
  const byFn = new Map<string, number>()
  const byUrl = new Map<string, number>()
  const inclusive = new Map<string, number>()
  let total = 0
  for (let run = 0; run < runs; run++) {
    const cdp = await slowBlankPage()
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
    await cdp.send('Profiler.start')
    await page.goto(`${env.appUrl}${path}`)
    await settled()
    await checkMounted()
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] } }
    await cdp.detach()
    if (process.env.PROFILE_DIR) {
      mkdirSync(process.env.PROFILE_DIR, { recursive: true })
      writeFileSync(join(process.env.PROFILE_DIR, `load-${run}.cpuprofile`), JSON.stringify(profile))
    }
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]))
    const parent = new Map<number, number>()
    for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id)
    profile.samples.forEach((id, i) => {
      const n = nodes.get(id)!
      const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000
      const { functionName } = n.callFrame
      if (functionName === '(idle)' || functionName === '(program)') return add(byFn, functionName, dt)
      total += dt
      add(byFn, frameKey(n.callFrame), dt)
      add(byUrl, fileOf(n.callFrame.url), dt)
      // Inclusive time of the functions on the stack, each counted once per sample.
      const seen = new Set<string>()
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const key = frameKey(nodes.get(at)!.callFrame)
        if (!seen.has(key)) add(inclusive, key, dt)
        seen.add(key)
      }
    })
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${(v / runs).toFixed(1).padStart(7)} ms  ${k}`).join('\n')
  if (runs > 0) console.log(`${path}: JS self time per load ${(total / runs).toFixed(1)} ms at 4× slowdown (${runs} runs)\n\nby script:\n${top(byUrl, 15)}\n\nby function (self):\n${top(byFn, 30)}\n\nby function (inclusive):\n${top(inclusive, 50)}`)
} finally {
  await browser.close()
  await env.stop()
}
