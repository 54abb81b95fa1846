import type { Locator, Page } from '@playwright/test'
import { DEMO, DEMO_PASSWORD, heading, stackRows, t } from './support/app.ts'
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

/** Presses Tab until `target` (any element, with or without an id) has focus. */
async function tabToElement(page: Page, target: Locator, max = 80): Promise<void> {
  await target.waitFor()
  for (let n = 1; n <= max; n++) {
    await page.keyboard.press('Tab')
    if (await target.evaluate((el) => el === el.ownerDocument.activeElement)) return
  }
  throw new Error(`${target} not reached with ${max} presses of Tab`)
}

test.describe('keyboard only', () => {
  test('skip link, then signing in with Tab and Enter', async ({ page, journey }) => {
    await journey.step('skip link first', async () => {
      await page.goto('/masuk')
      // The app paints once the first route is ready (no empty header first); Tab before that has nothing to reach.
      await expect(heading(page)).toHaveText(t('auth.signIn.heading'))
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

  test('the PPID decides a request from the queue with Tab, Enter, Space and arrows only', async ({ page, journey }, info) => {
    // A seeded request in process (README), one per screen size; no other journey touches these.
    const open = await stackRows<{ id: string; registration_no: string }>(
      'requests?select=id,registration_no&status=eq.in_process&registration_no=lte.PI-2026-00031&order=registration_no.asc',
    )
    expect(open.length, 'two seeded requests in process').toBeGreaterThanOrEqual(2)
    const request = open[info.project.name === 'mobile' ? 0 : 1]!

    await journey.step('signed in by keyboard', async () => {
      await page.goto('/masuk?redirect=/petugas/antrian')
      await tabToElement(page, page.getByLabel(t('auth.email'), { exact: true }))
      await page.keyboard.type(DEMO.ppid)
      await page.keyboard.press('Tab')
      await page.keyboard.type(DEMO_PASSWORD)
      await page.keyboard.press('Enter')
      await expect(heading(page)).toHaveText(t('queue.page.title'))
    })

    await journey.step('queue searched by keyboard', async () => {
      await tabToElement(page, page.getByLabel(t('queue.filters.search'), { exact: true }))
      await page.keyboard.type(request.registration_no)
      await page.keyboard.press('Enter')
      await expect(page.getByRole('link', { name: request.registration_no, exact: true })).toBeVisible()
    })

    await journey.step('request opened with Enter', async () => {
      await tabToElement(page, page.getByRole('link', { name: request.registration_no, exact: true }))
      await page.keyboard.press('Enter')
      await expect(heading(page)).toHaveText(t('officer.request.heading', { no: request.registration_no }))
    })

    await journey.step('decision chosen with arrows and Space', async () => {
      const type = page.getByLabel(t('officer.actions.decide.type'), { exact: true })
      await tabToElement(page, type)
      for (let n = 0; n < 12 && (await type.inputValue()) !== 'granted_full'; n++) await page.keyboard.press('ArrowDown')
      await expect(type).toHaveValue('granted_full')
      const soft = page.getByLabel(t('officer.actions.decide.formSoft'), { exact: true })
      await tabToElement(page, soft)
      await page.keyboard.press('Space')
      await expect(soft).toBeChecked()
    }, { axe: true })

    await journey.step('confirmation opened with Enter', async () => {
      await tabToElement(page, page.getByRole('button', { name: t('officer.actions.decide.submit'), exact: true }))
      await page.keyboard.press('Enter')
      const dialog = page.getByRole('dialog')
      await expect(dialog).toBeVisible()
      // Focus moved into the modal dialog; Tab stays inside it.
      await expect(dialog.locator(':focus')).toHaveCount(1)
    }, { axe: true })

    await journey.step('decision confirmed with Space', async () => {
      const dialog = page.getByRole('dialog')
      await tabToElement(page, dialog.getByRole('button', { name: t('officer.actions.confirm'), exact: true }), 4)
      await page.keyboard.press('Space')
      await expect(dialog).toBeHidden()
      await expect(page.getByText(t('officer.actions.decide.done'))).toBeVisible()
      await expect(page.locator(`dt:text-is("${t('officer.request.status')}") + dd`).first()).toHaveText(t('enums.requestStatus.decided'))
    }, { axe: true })
  })
})
