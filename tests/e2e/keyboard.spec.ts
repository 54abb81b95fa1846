import { DEMO, DEMO_PASSWORD, heading, t } from './support/app.ts'
import { expect, test } from './support/fixtures.ts'

/** Presses Tab until `target` has focus, failing after `max` presses; returns how many it took. */
async function tabTo(page: import('@playwright/test').Page, target: import('@playwright/test').Locator, max = 30) {
  const id = await target.getAttribute('id')
  for (let n = 1; n <= max; n++) {
    await page.keyboard.press('Tab')
    if (id && (await page.evaluate('document.activeElement && document.activeElement.id')) === id) return n
  }
  throw new Error(`${target} not reached with ${max} presses of Tab`)
}

test.describe('keyboard only', () => {
  test('skip link, then signing in with Tab and Enter', async ({ page, journey }) => {
    await journey.step('skip link first', async () => {
      await page.goto('/masuk')
      await page.keyboard.press('Tab')
      const skip = page.getByRole('link', { name: t('app.skipLink') })
      await expect(skip).toBeFocused()
      await expect(skip).toBeInViewport()
      await page.keyboard.press('Enter')
      await expect(page.locator('main#main')).toBeFocused()
    })

    const email = page.getByLabel(t('auth.email'), { exact: true })
    const password = page.getByLabel(t('auth.password'), { exact: true })
    await journey.step('empty form submitted with Enter', async () => {
      // From the skipped-to main, the form's first field comes within a few stops.
      expect(await tabTo(page, email, 3)).toBe(1)
      await page.keyboard.press('Enter')
      await expect(email).toBeFocused()
      await expect(email).toHaveAccessibleDescription(t('auth.validation.emailRequired'))
    }, { axe: true })

    await journey.step('signed in by keyboard', async () => {
      await page.keyboard.type(DEMO.warga2)
      await page.keyboard.press('Tab')
      await expect(password).toBeFocused()
      await page.keyboard.type(DEMO_PASSWORD)
      await page.keyboard.press('Enter')
      await expect(page.getByText(t('nav.signedInAs', { email: DEMO.warga2 }))).toBeVisible()
      await expect(heading(page)).toBeVisible()
    })
  })
})
