import { writeFileSync } from 'node:fs'
import type { Page, Request } from '@playwright/test'
import { DEMO, heading, signIn, stackRows, t } from './support/app.ts'
import { expect, test, type Journey } from './support/fixtures.ts'
import { FILES } from './support/hostile.ts'
import { formToAttachments, formToReview, readReceipt } from './support/requestForm.ts'

/**
 * Network faults on the citizen's side: the connection drops while the request is being submitted
 * (after the server stored it, before its answer arrived), and a large attachment's TUS upload is cut
 * off mid-way and resumed. warga1's profile is complete in the seed; each test's text is unique to the
 * run and the screen size, so the stack can be asked how many requests and files it holds.
 */
const MiB = 1024 * 1024

/** The form's submit button: "Kirim permohonan", or "Kirim ulang" after a failed attempt. */
const submitButton = (page: Page) =>
  page.getByRole('button', { name: new RegExp(`^(${t('citizen.form.submit')}|${t('citizen.form.retrySubmit')})$`) })

async function submitted(page: Page, journey: Journey): Promise<{ id: string; number: string }> {
  return journey.step('receipt', async () => {
    await submitButton(page).click()
    return readReceipt(page)
  })
}

test.describe('network faults', () => {
  test('offline while submitting: submitted again once online, exactly one request exists', async ({ page, context, journey }, info) => {
    const details = `Daftar rumah ibadah penerima hibah 2026 (uji jaringan ${info.project.name} ${Date.now()})`
    await signIn(page, DEMO.warga1)

    await journey.step('review before submitting', async () => {
      await formToAttachments(page, details)
      await formToReview(page)
    })

    await journey.step('connection lost during the submit', async () => {
      // The request reaches the server and is stored; the answer never comes back, and the device is offline.
      await page.route('**/rest/v1/rpc/submit_request', async (route) => {
        await route.fetch()
        await context.setOffline(true)
        await route.abort('internetdisconnected')
      }, { times: 1 })
      await submitButton(page).click()
      await expect(page.getByText(t('citizen.errors.network'))).toBeVisible()
      await expect(heading(page)).toHaveText(t('citizen.form.heading'))
    }, { axe: true })

    await journey.step('still offline, submitted again', async () => {
      await submitButton(page).click()
      await expect(page.getByText(t('citizen.errors.network'))).toBeVisible()
      await expect(heading(page)).toHaveText(t('citizen.form.heading'))
    }, { axe: false })

    await context.setOffline(false)
    const receipt = await submitted(page, journey)

    await journey.step('one request in my list', async () => {
      await page.goto('/permohonan')
      await expect(heading(page)).toHaveText(t('citizen.list.heading'))
      await expect(page.getByText(receipt.number, { exact: true })).toHaveCount(1)
    })
    const rows = await stackRows<{ id: string; registration_no: string }>(
      `requests?select=id,registration_no&details=eq.${encodeURIComponent(details)}`,
    )
    expect(rows, 'exactly one request stored, with the number on the receipt').toEqual([{ id: receipt.id, registration_no: receipt.number }])
  })

  test('a large attachment over TUS survives a dropped chunk and is attached once', async ({ page, journey }, info) => {
    const details = `Dokumen AMDAL pelabuhan Samboja beserta lampiran peta (uji unggahan ${info.project.name} ${Date.now()})`
    const file = FILES.largePdf(13, `peta-amdal-${info.project.name}.pdf`)
    // From a path: Chromium reads it from disk instead of 13 MiB going through the protocol.
    const path = info.outputPath(file.name)
    writeFileSync(path, file.buffer)
    const sent: string[] = []
    let cut = false
    let resumedAt = -1
    await signIn(page, DEMO.warga1)
    await journey.step('attachments step', async () => formToAttachments(page, details))

    const field = page.getByLabel(`${t('citizen.form.proxy.supporting')} ${t('citizen.common.optional')}`, { exact: true }).first()
    await journey.step('upload cut off after the first chunk', async () => {
      // The first 6 MiB go with the creating POST; the first PATCH (the second chunk) loses the connection,
      // and so does every retry until the citizen is back online.
      await page.route('**/storage/v1/upload/resumable**', async (route, request: Request) => {
        sent.push(request.method())
        if (request.method() === 'PATCH' && !cut && !sent.slice(0, -1).includes('PATCH')) cut = true
        if (cut) return route.abort('internetdisconnected')
        const response = await route.fetch()
        if (request.method() === 'HEAD' && resumedAt < 0) resumedAt = Number(response.headers()['upload-offset'] ?? -1)
        return route.fulfill({ response })
      })
      await field.setInputFiles(path)
      // tus-js-client retries on its own (0, 1, 3, 5 s) before it gives up and the field offers to retry.
      await expect(page.getByText(t('account.upload.errors.network'))).toBeVisible({ timeout: 30_000 })
      await expect(page.getByRole('button', { name: t('account.upload.retry'), exact: true })).toBeVisible()
    }, { axe: true })

    await journey.step('upload resumed and finished', async () => {
      cut = false
      await page.getByRole('button', { name: t('account.upload.retry'), exact: true }).click()
      // A finished upload leaves the field as a line with the file's name (and a fresh field below).
      await expect(page.getByText(`${t('citizen.form.proxy.supporting')}: ${file.name}`)).toBeVisible({ timeout: 60_000 })
      expect(sent.filter((m) => m === 'POST'), 'the upload was created once, not started over').toHaveLength(1)
      expect(resumedAt, 'the resumed upload continued after the first chunk').toBeGreaterThanOrEqual(6 * MiB)
    }, { axe: true })

    await page.unroute('**/storage/v1/upload/resumable**')
    await journey.step('review lists the attachment once', async () => {
      await formToReview(page)
      await expect(page.getByText(file.name)).toHaveCount(1)
    }, { axe: true })

    const receipt = await submitted(page, journey)
    const files = await stackRows<{ original_name: string; size_bytes: number }>(
      `files?select=original_name,size_bytes&request_id=eq.${receipt.id}`,
    )
    expect(files, 'the large file attached once, whole').toEqual([{ original_name: file.name, size_bytes: file.buffer.length }])
  })
})
