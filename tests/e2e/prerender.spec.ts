import type { Page } from '@playwright/test'
import { LOCALE_STORAGE_KEY } from '../../src/i18n/modules.ts'
import { DEMO, heading, signIn, t } from './support/app.ts'
import { expect, test } from './support/fixtures.ts'

/**
 * The home page prerendered into index.html (build/prerender.ts): it shows before the app's JavaScript
 * has arrived, only to the visitor it is right for, and the app takes it over (hydrates it) unchanged.
 */

/** Holds back the app's JavaScript until the returned function is called, as a slow network would. */
async function holdScripts(page: Page): Promise<() => void> {
  let release!: () => void
  const released = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/assets/*.js', async (route) => {
    await released
    await route.continue()
  })
  return release
}

const prerendered = (page: Page) => page.locator('#app > [inert]')

test.describe('prerendered home page', () => {
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
    await expect(prerendered(page)).toHaveCount(0)
    await expect(heading(page)).toHaveText(t('home.heading'))
    expect(await page.locator('#main').count()).toBe(1)
    // The same page in the same place: nothing moves when the app takes over.
    expect(await heading(page).boundingBox()).toEqual(box)
    // Vue reports a page that did not match the app's own first render ("Hydration completed but
    // contains mismatches"), even in a production build.
    expect(errors).toEqual([])
    await page.locator('main').getByRole('link', { name: t('home.signIn'), exact: true }).click()
    await expect(heading(page)).toHaveText(t('auth.signIn.heading'))
  })

  test('is hidden on another address, for an English reader and for a signed-in citizen', async ({ page }) => {
    const hiddenOn = async (path: string) => {
      await page.goto(path, { waitUntil: 'commit' })
      await expect(prerendered(page)).toHaveCount(1)
      await expect(prerendered(page)).toBeHidden()
    }
    const locale = JSON.stringify(LOCALE_STORAGE_KEY)
    const release = await holdScripts(page)
    await hiddenOn('/cek-status')
    await page.evaluate(`localStorage.setItem(${locale}, 'en')`)
    await hiddenOn('/')
    await page.evaluate(`localStorage.removeItem(${locale})`)
    await page.goto('/', { waitUntil: 'commit' })
    await expect(prerendered(page)).toBeVisible()
    release()
    await expect(prerendered(page)).toHaveCount(0)

    await page.unrouteAll()
    await signIn(page, DEMO.warga1)
    const releaseAgain = await holdScripts(page)
    await hiddenOn('/')
    releaseAgain()
    await expect(heading(page)).toHaveText(t('home.heading'))
    await expect(page.getByText(t('nav.signedInAs', { email: DEMO.warga1 }))).toBeVisible()
  })
})
