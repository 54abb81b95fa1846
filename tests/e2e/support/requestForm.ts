import { expect, type Page } from '@playwright/test'
import { heading, t } from './app.ts'

/** The citizen's form up to the proxy/attachments step, for oneself, a softcopy by email. */
export async function formToAttachments(page: Page, details: string): Promise<void> {
  await page.goto('/permohonan/baru')
  await expect(heading(page)).toHaveText(t('citizen.form.heading'))
  await page.getByLabel(t('citizen.form.details.label'), { exact: true }).fill(details)
  await page.getByLabel(t('citizen.form.details.purposeLabel'), { exact: true }).fill('Bahan kajian kebijakan publik daerah')
  await page.getByRole('button', { name: t('citizen.form.next'), exact: true }).click()
  await page.getByLabel(t('enums.obtainMethod.salinan_softcopy'), { exact: true }).check()
  await page.getByLabel(t('enums.copyMethod.email'), { exact: true }).check()
  await page.getByRole('button', { name: t('citizen.form.next'), exact: true }).click()
  await page.getByLabel(t('citizen.form.proxy.self'), { exact: true }).check()
}

/** From the attachments step to the review, declaration ticked. */
export async function formToReview(page: Page): Promise<void> {
  await page.getByRole('button', { name: t('citizen.form.next'), exact: true }).click()
  await page.getByRole('button', { name: t('citizen.form.next'), exact: true }).click()
  await page.getByLabel(t('citizen.form.review.declaration'), { exact: true }).check()
}

/** The receipt page after a submission: the request id from its address and the number it shows. */
export async function readReceipt(page: Page): Promise<{ id: string; number: string }> {
  await expect(heading(page)).toHaveText(t('citizen.receipt.heading'))
  const id = new URL(page.url()).pathname.match(/^\/permohonan\/([0-9a-f-]{36})\/tanda-terima$/)?.[1]
  const number = (await page.locator('main').textContent())?.match(/PI-\d{4}-\d{5}/)?.[0]
  expect(id, 'the receipt address carries the request id').toBeTruthy()
  expect(number, 'a registration number on the receipt').toBeTruthy()
  return { id: id!, number: number! }
}
