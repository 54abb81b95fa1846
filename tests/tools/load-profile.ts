/**
 * A CPU profile of a page load in Chromium at 4× CPU slowdown (as Lighthouse's mobile profile assumes),
 * summarised by self time per function and per script. For finding what blocks the main thread.
 * The build is unminified unless MINIFY=1, so the names read. RUNS loads are summed (default 3); with
 * TRACE=1 one more load is traced and its long main-thread tasks listed with what ran inside them.
 * Usage: tsx tests/tools/load-profile.ts [path] [--as email]
 */
import { chromium } from '@playwright/test'
import { CHROMIUM, CHROMIUM_ARGS } from '../e2e/config.ts'
import { startEnvironment } from '../e2e/support/environment.ts'
import { signInAs } from './signIn.ts'

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { data?: Record<string, unknown>; name?: string } }

/** The main thread's tasks over 50 ms (slowed), each with what ran inside it. */
function printLongTasks(events: TraceEvent[]) {
  const threadName = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' &&
    events.some((t) => t.pid === e.pid && t.tid === e.tid && t.name === 'RunTask' && t.dur! > 50_000))
  if (!threadName) {
    console.log('no renderer main thread with long tasks', events.filter((e) => e.name === 'thread_name').map((e) => `${e.pid}/${e.tid} ${e.args?.name}`))
    return
  }
  const main = events.filter((e) => e.pid === threadName.pid && e.tid === threadName.tid && e.ph === 'X' && e.dur)
  const start = events.find((e) => e.name === 'navigationStart' && e.pid === threadName.pid)?.ts ?? main[0]!.ts
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
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true })
  const page = await context.newPage()
  if (as) await signInAs(page, env.appUrl, as)
  /** A blank page at 4× CPU slowdown, for the next load to start from. */
  const slowBlankPage = async () => {
    await page.goto('about:blank')
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    return cdp
  }
  if (process.env.TRACE) {
    const cdp = await slowBlankPage()
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'loading'] })
    await page.goto(`${env.appUrl}${path}`)
    await page.waitForLoadState('networkidle')
    const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents
    printLongTasks(events)
    await cdp.detach()
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
    await page.waitForLoadState('networkidle')
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] } }
    await cdp.detach()
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
  console.log(`${path}: JS self time per load ${(total / runs).toFixed(1)} ms at 4× slowdown (${runs} runs)\n\nby script:\n${top(byUrl, 15)}\n\nby function (self):\n${top(byFn, 30)}\n\nby function (inclusive):\n${top(inclusive, 50)}`)
} finally {
  await browser.close()
  await env.stop()
}
