import type { Page } from '@playwright/test'
import { DEMO_PASSWORD } from '../../supabase/tests/demo-accounts.ts'

/** Signs the page in as a demo account through the built app's sign-in form (the session stays in the browser). */
export async function signInAs(page: Page, appUrl: string, email: string): Promise<void> {
  await page.goto(`${appUrl}/masuk`)
  await page.locator('input[type=email]').fill(email)
  await page.locator('input[type=password]').fill(DEMO_PASSWORD)
  await page.locator('form button[type=submit]').click()
  await page.waitForURL((u) => u.pathname !== '/masuk')
}
