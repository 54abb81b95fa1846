import type { Page } from '@playwright/test'
import { agency } from '../../src/config/agency.ts'
import { LOCALE_STORAGE_KEY } from '../../src/i18n/modules.ts'
import { DEMO, heading, signIn, t } from './support/app.ts'
import { expect, test } from './support/fixtures.ts'

/**
 * The pages prerendered into index.html (build/prerender.ts): each shows before the app's JavaScript has
 * arrived, only to the visitor it is right for, and the app takes it over (hydrates it) unchanged.
 */

/** Holds back the requests to `url` until the returned function is called, as a slow network would. */
async function hold(page: Page, url: string): Promise<() => void> {
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route(url, async (route) => {
    await released
    await route.continue()
  })
  return release
}

/** Holds back the app's JavaScript. */
const holdScripts = (page: Page) => hold(page, '**/assets/*.js')

const prerendered = (page: Page, name = 'home') => page.locator(`#app > [inert][data-prerendered="${name}"]`)
const anyPrerendered = (page: Page) => page.locator('#app > [inert]')

test.describe('prerendered pages', () => {
  test('shows before the scripts have loaded, inert, and the app takes it over as the same page', async ({ page }) => {
    const errors: string[] = []
    page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())))
    const release = await holdScripts(page)
    await page.goto('/', { waitUntil: 'commit' })
    await expect(prerendered(page).locator('h1')).toBeVisible()
    await expect(prerendered(page).locator('h1')).toHaveText(t('home.heading'))
    await expect(prerendered(page).locator('main a[href="/masuk"]')).toHaveText(t('home.signIn'))
    // Nothing on it answers yet: links and the language switch only work once the app is there.
    await expect(prerendered(page).locator('#language-switch')).toHaveCount(1)
    const box = await prerendered(page).locator('h1').boundingBox()

    release()
    await expect(anyPrerendered(page)).toHaveCount(0)
    await expect(heading(page)).toHaveText(t('home.heading'))
    expect(await page.locator('#main').count()).toBe(1)
    // The same page in the same place: nothing moves when the app takes over.
    expect(await heading(page).boundingBox()).toEqual(box)
    // Vue reports a page that did not match the app's own first render ("Hydration completed but
    // contains mismatches"), even in a production build.
    expect(errors).toEqual([])
    await page.locator('main').getByRole('link', { name: t('home.signIn'), exact: true }).click()
    await expect(heading(page)).toHaveText(t('auth.signIn.heading'))

    // A repeat visit, with the agency's settings cached by the first: the build's agency name is the
    // seeded one, so the check still shows the page.
    expect(await page.evaluate('JSON.stringify(localStorage)')).toContain(JSON.stringify(agency.name).slice(1, -1))
    const releaseAgain = await holdScripts(page)
    await page.goto('/', { waitUntil: 'commit' })
    await expect(prerendered(page).locator('h1')).toBeVisible()
    releaseAgain()
    await expect(anyPrerendered(page)).toHaveCount(0)
    expect(errors).toEqual([])
  })

  test('none shows on another address, for an English reader, or on the wrong side of sign-in', async ({ page }) => {
    const hiddenOn = async (path: string) => {
      await page.goto(path, { waitUntil: 'commit' })
      await expect(anyPrerendered(page)).toHaveCount(2)
      await expect(page.locator('#app > [inert]:visible')).toHaveCount(0)
    }
    const locale = JSON.stringify(LOCALE_STORAGE_KEY)
    const release = await holdScripts(page)
    await hiddenOn('/cek-status')
    await hiddenOn('/permohonan/baru')
    await page.evaluate(`localStorage.setItem(${locale}, 'en')`)
    await hiddenOn('/')
    await page.evaluate(`localStorage.removeItem(${locale})`)
    await page.goto('/', { waitUntil: 'commit' })
    await expect(prerendered(page)).toBeVisible()
    release()
    await expect(anyPrerendered(page)).toHaveCount(0)

    await page.unrouteAll()
    await signIn(page, DEMO.warga1)
    const releaseAgain = await holdScripts(page)
    await hiddenOn('/')
    await page.evaluate(`localStorage.setItem(${locale}, 'en')`)
    await hiddenOn('/permohonan/baru')
    await page.evaluate(`localStorage.removeItem(${locale})`)
    await page.goto('/', { waitUntil: 'commit' })
    releaseAgain()
    await expect(heading(page)).toHaveText(t('home.heading'))
    await expect(page.getByText(t('nav.signedInAs', { email: DEMO.warga1 }))).toBeVisible()
  })

  test("the request form shows to a signed-in citizen with their email, and the app takes it over in the same place", async ({ page }) => {
    const errors: string[] = []
    page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())))
    await signIn(page, DEMO.warga1)
    const release = await holdScripts(page)
    await page.goto('/permohonan/baru', { waitUntil: 'commit' })
    const form = prerendered(page, 'request-form')
    await expect(form.locator('h1')).toBeVisible()
    await expect(form.locator('h1')).toHaveText(t('citizen.form.heading'))
    await expect(form.getByText(t('nav.signedInAs', { email: DEMO.warga1 }), { exact: true })).toBeVisible()
    await expect(form.getByText(t('citizen.form.checking'))).toBeVisible()
    await expect(prerendered(page)).toBeHidden()
    const box = await form.locator('h1').boundingBox()
    await form.locator('h1').evaluate((h1) => h1.setAttribute('data-was-prerendered', ''))

    // The unread badge, which can move the menu onto another line, is held back too: it comes after the
    // app's first paint, prerendered or not.
    const releaseBadge = await hold(page, '**/rest/v1/notifications?*')
    release()
    await expect(anyPrerendered(page)).toHaveCount(0)
    await expect(heading(page)).toHaveText(t('citizen.form.heading'))
    // Hydrated: the very element that was prerendered, in the same place.
    await expect(heading(page)).toHaveAttribute('data-was-prerendered', '')
    expect(await heading(page).boundingBox()).toEqual(box)
    await expect(page.locator('main form')).toBeVisible()
    await expect(page.getByText(t('nav.signedInAs', { email: DEMO.warga1 }), { exact: true })).toHaveCount(1)
    expect(await page.locator('#main').count()).toBe(1)
    releaseBadge()
    await expect(page.locator('.the-header__badge')).toBeVisible()
    expect(errors).toEqual([])
  })

  test('a stored session that no longer works shows the form first, then the sign-in page in its place', async ({ page }) => {
    await signIn(page, DEMO.warga1)
    // The stored session as one looks after its refresh token was revoked and its access token ran out.
    await page.evaluate(`for (const key of Object.keys(localStorage)) {
      const value = localStorage.getItem(key)
      const stored = value.startsWith('{') ? JSON.parse(value) : null
      if (stored && stored.refresh_token) localStorage.setItem(key, JSON.stringify({ ...stored, access_token: 'expired', refresh_token: 'revoked', expires_at: 1 }))
    }`)
    const errors: string[] = []
    page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())))
    const release = await holdScripts(page)
    await page.goto('/permohonan/baru', { waitUntil: 'commit' })
    await expect(prerendered(page, 'request-form').locator('h1')).toBeVisible()
    await prerendered(page, 'request-form').locator('h1').evaluate((h1) => h1.setAttribute('data-was-prerendered', ''))
    release()
    await expect(heading(page)).toHaveText(t('auth.signIn.heading'))
    await expect(anyPrerendered(page)).toHaveCount(0)
    expect(await page.locator('#main').count()).toBe(1)
    // Replaced, not hydrated as a page it is not: no element of the form is left, and Vue reported no
    // mismatch (the refused refresh may log its failed request).
    await expect(page.locator('[data-was-prerendered]')).toHaveCount(0)
    expect(errors.filter((e) => /hydrat/i.test(e))).toEqual([])
  })
})
