import { fileURLToPath } from 'node:url'
import { defineConfig, devices } from '@playwright/test'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))

/** Debian's Chromium (`apt-get install chromium`): Playwright downloads no browser here. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking']

/** Phone first: a cheap Android at 360×740 with touch, then a desktop. */
export const PROJECTS = {
  mobile: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  desktop: { viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 },
} as const

export default defineConfig({
  testDir: here('.'),
  testMatch: '**/*.spec.ts',
  outputDir: here('../../test-results/e2e'),
  globalSetup: here('./global-setup.ts'),
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Two cores: one worker per screen size keeps Chromium, the stack and the server responsive.
  workers: Number(process.env.E2E_WORKERS) || 2,
  // Generous for a loaded 2-core machine; a journey takes well under a minute on an idle one.
  timeout: 300_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['junit', { outputFile: here('../../test-results/e2e/junit.xml') }]] : 'list',
  use: {
    browserName: 'chromium',
    locale: 'id-ID',
    timezoneId: 'Asia/Makassar',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'mobile', use: { ...devices['Pixel 5'], ...PROJECTS.mobile } },
    { name: 'desktop', use: { ...devices['Desktop Chrome'], ...PROJECTS.desktop } },
  ],
})
