import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { AxeBuilder } from '@axe-core/playwright'
import { test as base, expect, type Page, type TestInfo } from '@playwright/test'

export { expect }

/** Screenshots, one per journey step: test-results/screenshots/<project>/<journey>/<nn-step>.png (a CI artifact). */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../../test-results/screenshots', import.meta.url))

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

const slug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .slice(0, 60) || 'step'

/** Serious and critical axe-core violations on the page as it is now, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

/** Runs axe-core on the page; a serious or critical violation fails the test (softly, so the journey goes on and reports every page). */
export async function checkAccessibility(page: Page, where: string): Promise<void> {
  expect.soft(await seriousViolations(page), `axe (serious/critical) on ${where} (${page.url()})`).toEqual([])
}

export interface Journey {
  /**
   * One step of a journey: runs `body` as a Playwright step, then takes the step's screenshot, runs axe
   * on the page it ended on, and checks that no dialog fired. axe runs on the first step that ends on
   * each address of the journey; `axe: true` runs it again for a new state of the same page (an opened
   * form, errors shown), `axe: false` never.
   */
  step<T>(name: string, body: () => Promise<T>, opts?: { axe?: boolean }): Promise<T>
  /** Dialogs (alert, confirm, prompt, beforeunload) seen so far; any of them fails the test. */
  readonly dialogs: readonly string[]
}

function journeyFor(page: Page, info: TestInfo, dialogs: string[]): Journey {
  let n = 0
  const checked = new Set<string>()
  const dir = `${SCREENSHOT_DIR}/${info.project.name}/${slug(info.titlePath.slice(1).join(' '))}`
  return {
    dialogs,
    async step(name, body, opts = {}) {
      return base.step(name, async () => {
        const t0 = Date.now()
        const result = await body()
        n += 1
        mkdirSync(dir, { recursive: true })
        const t1 = Date.now()
        await page.screenshot({ path: `${dir}/${String(n).padStart(2, '0')}-${slug(name)}.png`, fullPage: true })
        const t2 = Date.now()
        const address = new URL(page.url()).pathname
        if (opts.axe === true || (opts.axe === undefined && !checked.has(address))) {
          checked.add(address)
          await checkAccessibility(page, name)
        }
        if (process.env.E2E_TIMING) console.log(`${name}: body ${t1 - t0} ms, screenshot ${t2 - t1} ms, axe ${Date.now() - t2} ms`)
        expect(dialogs, `no dialog may fire (step "${name}")`).toEqual([])
        return result
      })
    },
  }
}

export const test = base.extend<{ journey: Journey; dialogs: string[]; newActor: () => Promise<Page> }>({
  // The address of the served build is known only after the global setup has run.
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a function needs from its first parameter
  baseURL: async ({}, use) => {
    const url = process.env.E2E_APP_URL
    if (!url) throw new Error('E2E_APP_URL is not set: run through playwright.config.ts (its global setup serves the build)')
    await use(url)
  },
  // Every page of the context is watched: a dialog is a failure (user text ran as code, or the UI used alert()/confirm()).
  dialogs: [
    async ({ context }, use, info) => {
      const seen: string[] = []
      // Uncaught errors and console errors go into the report, to explain a failing step.
      const log: string[] = []
      context.on('weberror', (error) => log.push(`uncaught: ${error.error().message}`))
      context.on('response', (response) => {
        if (response.status() >= 400) log.push(`HTTP ${response.status()} ${response.request().method()} ${response.url()}`)
      })
      context.on('console', (message) => {
        if (message.type() === 'error') log.push(`console: ${message.text()}`)
      })
      context.on('dialog', (dialog) => {
        seen.push(`${dialog.type()}: ${dialog.message()}`)
        void dialog.dismiss().catch(() => undefined)
      })
      await use(seen)
      if (log.length) await info.attach('browser-errors.txt', { body: log.join('\n'), contentType: 'text/plain' })
      if (log.length && process.env.E2E_VERBOSE) console.log(log.join('\n'))
      expect(seen, 'no dialog may fire').toEqual([])
    },
    { auto: true },
  ],
  // Another person in the same journey: a page in a browser context of its own (same screen, no shared
  // session), watched for dialogs like the main one.
  newActor: async ({ browser, dialogs, baseURL }, use, info) => {
    const contexts: import('@playwright/test').BrowserContext[] = []
    const { viewport, isMobile, hasTouch, deviceScaleFactor, userAgent, locale, timezoneId } = info.project.use
    await use(async () => {
      const context = await browser.newContext({ viewport, isMobile, hasTouch, deviceScaleFactor, userAgent, locale, timezoneId, baseURL })
      contexts.push(context)
      context.on('dialog', (dialog) => {
        dialogs.push(`${dialog.type()}: ${dialog.message()}`)
        void dialog.dismiss().catch(() => undefined)
      })
      return context.newPage()
    })
    for (const context of contexts) await context.close()
  },
  journey: async ({ page, dialogs }, use, info) => {
    await use(journeyFor(page, info, dialogs))
  },
})
