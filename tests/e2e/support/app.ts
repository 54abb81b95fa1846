import { expect, type Page } from '@playwright/test'
import { DEMO, DEMO_PASSWORD } from '../../../supabase/tests/demo-accounts.ts'

// The SPA's Indonesian messages, loaded at run time (the module belongs to the app's TypeScript project,
// not the Node one that typechecks the journeys).
// The first-load messages plus the modules that load with their pages, merged as the app merges them.
const I18N = '../../../src/i18n'
const load = async (file: string) => ((await import(`${I18N}/${file}`)) as { default: Record<string, unknown> }).default
function merge(into: Record<string, unknown>, from: Record<string, unknown>): Record<string, unknown> {
  for (const [k, v] of Object.entries(from)) {
    const current = into[k]
    into[k] = current && typeof current === 'object' && v && typeof v === 'object'
      ? merge({ ...(current as Record<string, unknown>) }, v as Record<string, unknown>) : v
  }
  return into
}
const id: Record<string, unknown> = { ...(await load('id.ts')) }
const { MESSAGE_MODULES } = (await import(`${I18N}/modules.ts`)) as { MESSAGE_MODULES: readonly string[] }
for (const side of MESSAGE_MODULES) merge(id, { [side]: await load(`id/${side}.ts`) })
const en = await load('en.ts')

export { DEMO, DEMO_PASSWORD }

/**
 * A message of the Indonesian UI by its key, with `{name}` parameters filled in and vue-i18n's literal
 * escapes (`{'@'}`) resolved, so the journeys follow the copy instead of repeating it.
 */
export function t(key: string, params: Record<string, string | number> = {}): string {
  return fill(id, 'src/i18n/id.ts or src/i18n/id/*.ts', key, params)
}

/** The same for the English UI (first-load messages only). */
export function tEnglish(key: string, params: Record<string, string | number> = {}): string {
  return fill(en, 'src/i18n/en.ts', key, params)
}

function fill(messages: Record<string, unknown>, where: string, key: string, params: Record<string, string | number>): string {
  let node: unknown = messages
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part]
  if (typeof node !== 'string') throw new Error(`no message "${key}" in ${where}`)
  return node.replace(/\{\s*(?:'([^']*)'|(\w+))\s*\}/g, (_, literal: string | undefined, name: string | undefined) => {
    if (literal !== undefined) return literal
    if (!(name! in params)) throw new Error(`message "${key}" needs {${name}}`)
    return String(params[name!])
  })
}

/** Whether a message key exists (a module of another side may not have landed yet). */
export function hasMessage(key: string): boolean {
  let node: unknown = id
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part]
  return typeof node === 'string'
}

export function stackUrl(): string {
  const url = process.env.E2E_STACK_URL
  if (!url) throw new Error('E2E_STACK_URL is not set: run through playwright.config.ts')
  return url
}

/** A fresh address per run, project and purpose, so journeys never meet each other's accounts. */
export function uniqueEmail(tag: string, project: string): string {
  return `e2e-${tag}-${project}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@warga.test`
}

interface MailMessage {
  to: string
  subject: string
  text: string
  link?: string
  sentAt: string
}

/** The newest email to `to` in the stack's development mailbox (/mailbox/api/messages), waiting for it to arrive. */
export async function latestMail(to: string, timeoutMs = 10_000): Promise<MailMessage> {
  let found: MailMessage | undefined
  await expect
    .poll(
      async () => {
        const res = await fetch(`${stackUrl()}/mailbox/api/messages?to=${encodeURIComponent(to)}`)
        const messages = (await res.json()) as MailMessage[]
        found = messages[0]
        return messages.length
      },
      { message: `an email to ${to} in the development mailbox`, timeout: timeoutMs },
    )
    .toBeGreaterThan(0)
  return found!
}

/** Signs in through the sign-in page and waits until the header shows the account. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, path = '/masuk'): Promise<void> {
  await page.goto(path)
  await page.getByLabel(t('auth.email'), { exact: true }).fill(email)
  await page.getByLabel(t('auth.password'), { exact: true }).fill(password)
  await page.getByRole('button', { name: t('auth.signIn.submit'), exact: true }).click()
  await expect(page.getByText(t('nav.signedInAs', { email }))).toBeVisible()
  // The sign-in page then moves on by itself (to its redirect or home): a click before that lands
  // would be overtaken by it.
  await page.waitForURL((url) => url.pathname !== '/masuk')
}

/** The main heading of the page (one <h1> per page). */
export function heading(page: Page) {
  return page.getByRole('heading', { level: 1 })
}

/**
 * An account as a citizen would make it (sign-up through the stack's Auth, then the link from the
 * mailbox), for journeys whose subject is not the sign-up itself.
 */
export async function createConfirmedAccount(email: string, password: string): Promise<void> {
  const apikey = process.env.E2E_ANON_KEY!
  const res = await fetch(`${stackUrl()}/auth/v1/signup`, {
    method: 'POST',
    headers: { apikey, 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!res.ok) throw new Error(`sign-up of ${email}: ${res.status} ${await res.text()}`)
  const mail = await latestMail(email)
  const confirm = await fetch(mail.link!, { redirect: 'manual' })
  const location = confirm.headers.get('location') ?? ''
  if (confirm.status !== 303 || !location.includes('access_token=')) throw new Error(`confirming ${email}: ${confirm.status} ${location}`)
}

/**
 * The page is no wider than the screen: at 360 px a wider page makes the phone's layout viewport wider
 * than what is shown, and a modal `<dialog>` centred in it lands partly off screen.
 */
export async function expectFitsScreen(page: Page, where: string): Promise<void> {
  const widths = (await page.evaluate(
    '({ page: document.documentElement.scrollWidth, layout: window.innerWidth, screen: document.documentElement.clientWidth })',
  )) as { page: number; layout: number; screen: number }
  expect(widths, `no horizontal overflow on ${where}`).toEqual({ page: widths.screen, layout: widths.screen, screen: widths.screen })
}

/** Rows straight from the stack's REST API with the service role (checks behind the UI's back). */
export async function stackRows<T = Record<string, unknown>>(pathAndQuery: string): Promise<T[]> {
  const key = process.env.E2E_SERVICE_ROLE_KEY!
  const res = await fetch(`${stackUrl()}/rest/v1/${pathAndQuery}`, { headers: { apikey: key, authorization: `Bearer ${key}` } })
  if (!res.ok) throw new Error(`GET /rest/v1/${pathAndQuery}: ${res.status} ${await res.text()}`)
  return (await res.json()) as T[]
}
