import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { statSync } from 'node:fs'
import { DEMO, expectFitsScreen, heading, signIn, t } from './support/app.ts'
import { expect, test, type Journey } from './support/fixtures.ts'
import { expectInert, expectShownAsText, FILES, hostile, IMG, SCRIPT } from './support/hostile.ts'
import { pdfText } from './support/pdf.ts'
import { formToAttachments, formToReview, readReceipt } from './support/requestForm.ts'

/**
 * The officers' side on the demo seed: the petugas asks a citizen to complete a request, the citizen
 * reads why, the PPID accepts, extends and decides another request and issues the written notice as a
 * PDF with an answer document; warga1 reads the timeline, downloads the answer and objects, and the
 * Atasan PPID upholds that objection and decides a seeded one. The two requests are filed fresh by warga1 (each
 * screen size its own), and each screen size takes its own seeded objection, so both sizes can run
 * against one seeded stack.
 */
test.describe.configure({ mode: 'serial' })

interface Filed { id: string; number: string }
const filed = { completion: { id: '', number: '' } as Filed, decision: { id: '', number: '' } as Filed, objection: '' }
const completionReason = `Mohon lampirkan surat pengantar dari kampus ${IMG}`
/** Free text with script and HTML that must stay text on both sides and in the notice PDF. */
const decisionDetails = (project: string) => hostile(`Rekap realisasi anggaran jalan kecamatan 2026 (uji ${project}, keputusan)`)
const decisionNote = hostile('Rekap terlampir dalam berkas jawaban')
const answer = FILES.pdf('jawaban-rekap-anggaran.pdf')

/** The value of a `<dt>`/`<dd>` pair of the officer pages' summaries. */
const described = (page: Page, term: string) => page.locator(`dt:text-is("${term}") + dd`).first()

/** Files a request through the citizen's form (warga1's profile is complete in the seed) and reads the receipt. */
async function fileRequest(page: Page, journey: Journey, details: string): Promise<Filed> {
  return journey.step(`request filed: ${details.slice(0, 30)}`, async () => {
    await formToAttachments(page, details)
    await formToReview(page)
    await page.getByRole('button', { name: t('citizen.form.submit'), exact: true }).click()
    return readReceipt(page)
  })
}

/**
 * Submits one action of the workspace and accepts its confirmation `<dialog>`. The page must fit the
 * screen and the dialog's buttons must be on it: at 360 px a page wider than the screen (a long unit
 * name in a `<select>`) once centred the modal in the wider layout, with "Ya, lanjutkan" off screen.
 */
async function confirmAction(page: Page, submitLabel: string): Promise<void> {
  await expectFitsScreen(page, `the page behind "${submitLabel}"`)
  await page.getByRole('button', { name: submitLabel, exact: true }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  const confirm = dialog.getByRole('button', { name: t('officer.actions.confirm'), exact: true })
  await expect(confirm).toBeInViewport({ ratio: 1 })
  await expect(dialog.getByRole('button', { name: t('officer.actions.cancel'), exact: true })).toBeInViewport({ ratio: 1 })
  await confirm.click()
  await expect(dialog).toBeHidden()
}

test.describe('officer and supervisor', () => {
  test('warga1 files two requests', async ({ page, journey }, info) => {
    await signIn(page, DEMO.warga1)
    filed.completion = await fileRequest(page, journey, `Daftar penerima beasiswa daerah 2026 (uji ${info.project.name}, kelengkapan)`)
    filed.decision = await fileRequest(page, journey, decisionDetails(info.project.name))
  })

  test('the petugas finds a submitted request in the queue and asks for completion', async ({ page, journey }) => {
    await signIn(page, DEMO.petugas)

    await journey.step('dashboard', async () => {
      await page.goto('/petugas')
      await expect(heading(page)).toHaveText(t('queue.dashboard.title'))
    })

    await journey.step('queue searched', async () => {
      await page.getByRole('link', { name: t('queue.dashboard.openQueue') }).click()
      await expect(heading(page)).toHaveText(t('queue.page.title'))
      await page.getByLabel(t('queue.filters.search'), { exact: true }).fill(filed.completion.number)
      await page.getByRole('button', { name: t('queue.filters.apply'), exact: true }).click()
      await expect(page.getByRole('link', { name: filed.completion.number, exact: true })).toBeVisible()
      await expect(page.getByRole('link', { name: filed.decision.number, exact: true })).toHaveCount(0)
    })

    await journey.step('workspace', async () => {
      await page.getByRole('link', { name: filed.completion.number, exact: true }).click()
      await expect(heading(page)).toHaveText(t('officer.request.heading', { no: filed.completion.number }))
      await expect(page).toHaveURL(new RegExp(`/petugas/permohonan/${filed.completion.id}$`))
      await expect(described(page, t('officer.request.status'))).toHaveText(t('enums.requestStatus.submitted'))
    })

    await journey.step('completion confirmation', async () => {
      await page.getByLabel(t('officer.actions.completion.reason'), { exact: true }).fill(completionReason)
      await expectFitsScreen(page, 'the workspace')
      await page.getByRole('button', { name: t('officer.actions.completion.submit'), exact: true }).click()
      await expect(page.getByRole('dialog')).toContainText(t('officer.actions.completion.consequence', { no: filed.completion.number }))
      await expect(page.getByRole('dialog').getByRole('button', { name: t('officer.actions.confirm'), exact: true })).toBeInViewport({ ratio: 1 })
    }, { axe: true })

    await journey.step('completion asked', async () => {
      await page.getByRole('dialog').getByRole('button', { name: t('officer.actions.confirm'), exact: true }).click()
      await expect(page.getByText(t('officer.actions.completion.done'))).toBeVisible()
      await expect(described(page, t('officer.request.status'))).toHaveText(t('enums.requestStatus.needs_completion'))
      await expectShownAsText(page, completionReason, 'officer timeline')
    }, { axe: true })
  })

  test('the citizen reads the completion request on the request page', async ({ page, journey }) => {
    // A test of its own is a browser context of its own: no officer session here.
    await signIn(page, DEMO.warga1)
    await journey.step('request page with the completion request', async () => {
      await page.goto(`/permohonan/${filed.completion.id}`)
      await expect(page.getByText(t('enums.requestStatus.needs_completion')).first()).toBeVisible()
      await expect(page.getByText(t('citizen.timeline.kinds.completion_requested')).first()).toBeVisible()
      await expectShownAsText(page, completionReason, 'citizen request page')
    })
  })

  test('the PPID accepts, extends and decides a request with an answer document, then issues the written notice', async ({ page, journey }, info) => {
    const letterNo = `489/${info.project.name === 'mobile' ? '101' : '102'}/Diskominfo-PLIP/XI/2026`
    const extendReason = hostile('Data rekap masih dikumpulkan dari kecamatan')
    await signIn(page, DEMO.ppid)

    await journey.step('workspace of the new request', async () => {
      await page.goto(`/petugas/permohonan/${filed.decision.id}`)
      await expect(heading(page)).toHaveText(t('officer.request.heading', { no: filed.decision.number }))
      await expect(described(page, t('officer.request.status'))).toHaveText(t('enums.requestStatus.submitted'))
      await expectShownAsText(page, decisionDetails(info.project.name), 'officer workspace')
    })

    await journey.step('accepted', async () => {
      await confirmAction(page, t('officer.actions.accept.submit'))
      await expect(page.getByText(t('officer.actions.accept.done'))).toBeVisible()
      await expect(described(page, t('officer.request.status'))).toHaveText(t('enums.requestStatus.in_process'))
    }, { axe: true })

    await journey.step('extended', async () => {
      await page.getByLabel(t('officer.actions.extend.reason'), { exact: true }).fill(extendReason)
      await confirmAction(page, t('officer.actions.extend.submit'))
      await expect(page.getByText(t('officer.actions.extend.done'))).toBeVisible()
      await expect(described(page, t('officer.request.status'))).toHaveText(t('enums.requestStatus.extended'))
      await expect(described(page, t('officer.request.dueFinal'))).not.toBeEmpty()
      await expectShownAsText(page, extendReason, 'officer timeline after the extension')
    }, { axe: true })

    await journey.step('decided, granted in full', async () => {
      await page.getByLabel(t('officer.actions.decide.type'), { exact: true }).selectOption({ label: t('enums.decisionType.granted_full') })
      await page.getByLabel(t('officer.actions.decide.formSoft'), { exact: true }).check()
      await page.getByLabel(t('officer.actions.decide.note'), { exact: true }).fill(decisionNote)
      await confirmAction(page, t('officer.actions.decide.submit'))
      await expect(page.getByText(t('officer.actions.decide.done'))).toBeVisible()
      await expect(described(page, t('officer.request.status'))).toHaveText(t('enums.requestStatus.decided'))
      await expect(described(page, t('officer.request.decision'))).toHaveText(t('enums.decisionType.granted_full'))
      await expectShownAsText(page, decisionNote, 'officer summary after the decision')
    }, { axe: true })

    await journey.step('answer document uploaded', async () => {
      await page.getByLabel(t('officer.actions.upload.kind'), { exact: true }).selectOption({ label: t('officer.files.kind.response') })
      await page.getByLabel(t('officer.actions.upload.file'), { exact: true }).setInputFiles(answer)
      await confirmAction(page, t('officer.actions.upload.submit'))
      await expect(page.getByText(t('officer.actions.upload.done'))).toBeVisible()
      await expect(page.getByText(answer.name).first()).toBeVisible()
    }, { axe: true })

    await journey.step('written notice generated', async () => {
      // The letters panel reads the request when it mounts: reload to see the decision.
      await page.reload()
      await expect(described(page, t('officer.request.status'))).toHaveText(t('enums.requestStatus.decided'))
      const letters = page.getByRole('region', { name: t('admin.letters.heading') })
      await letters.getByLabel(t('admin.letters.types.notice'), { exact: true }).check()
      await letters.getByLabel(t('admin.letters.letterNo'), { exact: true }).fill(letterNo)
      await letters.getByRole('button', { name: t('admin.letters.generate'), exact: true }).click()
      await expect(letters.getByText(t('admin.letters.stored', { number: letterNo }))).toBeVisible({ timeout: 30_000 })
    }, { axe: true })

    const download = await journey.step('written notice downloaded', async () => {
      const letters = page.getByRole('region', { name: t('admin.letters.heading') })
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        letters.getByRole('button', { name: `${t('admin.letters.download')}: ${t('admin.letters.types.notice')} ${letterNo}`, exact: true }).click(),
      ])
      return file
    }, { axe: false })
    const text = await pdfText(readFileSync((await download.path())!))
    expect(text, 'the notice PDF carries the number the officer typed').toContain(letterNo)
    expect(text, 'the notice PDF names the request').toContain(filed.decision.number)
    // The request's details and the decision note are printed as the literal characters typed.
    expect(text, 'the notice PDF prints the script tag as text').toContain(SCRIPT)
    expect(text, 'the notice PDF prints the img tag as text').toContain(IMG)
    expect(text, 'the notice PDF carries the decision note').toContain(decisionNote)
  })

  test('the citizen reads the timeline, downloads the answer and objects', async ({ page, journey }) => {
    const casePosition = hostile('Rekap yang diberikan tidak memuat rincian per kecamatan seperti yang diminta')
    await signIn(page, DEMO.warga1)

    await journey.step('request page after the decision', async () => {
      await page.goto(`/permohonan/${filed.decision.id}`)
      await expect(page.getByText(t('enums.requestStatus.decided')).first()).toBeVisible()
      const timeline = page.getByRole('region', { name: t('citizen.detail.timeline') })
      await expect(timeline.getByText(t('citizen.timeline.kinds.decided')).first()).toBeVisible()
      await expect(timeline.getByText(t('citizen.timeline.kinds.document')).first()).toBeVisible()
      await expectShownAsText(page, decisionDetails(test.info().project.name), 'citizen request page')
      await expectShownAsText(page, decisionNote, 'citizen request page')
    })

    const download = await journey.step('answer downloaded', async () => {
      const documents = page.getByRole('region', { name: t('citizen.detail.documents') })
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        documents.getByRole('button', { name: t('citizen.documents.download', { name: answer.name }), exact: true }).click(),
      ])
      return file
    }, { axe: false })
    expect(download.suggestedFilename(), 'the answer keeps the name the officer uploaded').toBe(answer.name)
    expect(statSync((await download.path())!).size, 'the answer arrives whole').toBe(answer.buffer.length)

    await journey.step('objection form', async () => {
      await page.locator('summary', { hasText: t('citizen.objection.show') }).click()
      await page.getByLabel(t('enums.objectionGround.d'), { exact: true }).check()
      await page.getByLabel(t('citizen.objection.casePosition'), { exact: true }).fill(casePosition)
    }, { axe: true })

    await journey.step('objection filed', async () => {
      await page.getByRole('button', { name: t('citizen.objection.submit'), exact: true }).click()
      await expect(heading(page)).toHaveText(/^Keberatan KB-\d{4}-\d{5}$/)
      filed.objection = (await heading(page).textContent())!.match(/KB-\d{4}-\d{5}/)![0]
      await expectShownAsText(page, casePosition, 'citizen objection page')
    })
  })

  test('the Atasan PPID upholds the citizen\'s objection and the request is open again', async ({ page, journey }) => {
    const response = hostile('Rincian per kecamatan akan disusun dan diberikan')
    await signIn(page, DEMO.atasan)

    await journey.step('new objection opened', async () => {
      await page.goto('/petugas/keberatan')
      await page.getByRole('link', { name: filed.objection, exact: true }).click()
      await expect(heading(page)).toHaveText(t('officer.objection.heading', { no: filed.objection }))
      await expect(described(page, t('officer.objections.status'))).toHaveText(t('enums.objectionStatus.submitted'))
    })

    await journey.step('forwarded for review', async () => {
      await confirmAction(page, t('officer.objection.review.submit'))
      await expect(described(page, t('officer.objections.status'))).toHaveText(t('enums.objectionStatus.in_review'))
    }, { axe: true })

    await journey.step('objection upheld', async () => {
      await page.getByLabel(t('officer.objection.decide.upheld'), { exact: true }).check()
      await page.getByLabel(t('officer.objection.decide.response'), { exact: true }).fill(response)
      await confirmAction(page, t('officer.objection.decide.submit'))
      await expect(page.getByText(t('officer.objection.decide.done'))).toBeVisible()
      await expect(described(page, t('officer.objections.status'))).toHaveText(t('enums.objectionStatus.upheld'))
      await expectShownAsText(page, response, 'objection after the decision')
    }, { axe: true })

    await journey.step('request open again', async () => {
      await page.goto(`/petugas/permohonan/${filed.decision.id}`)
      await expect(described(page, t('officer.request.status'))).toHaveText(t('enums.requestStatus.in_process'))
    })
  })

  test('the Atasan PPID decides an objection', async ({ page, journey }, info) => {
    // Each screen size its own seeded objection (README): desktop KB-2026-00002, in review (ground c);
    // mobile KB-2026-00003, submitted, which the Atasan PPID forwards for review first.
    const forwardFirst = info.project.name === 'mobile'
    const number = forwardFirst ? 'KB-2026-00003' : 'KB-2026-00002'
    const start = forwardFirst ? 'submitted' : 'in_review'
    const response = hostile('Informasi yang diminta memuat data pribadi pihak ketiga')
    const reasons = hostile('Pengecualian Pasal 17 tetap berlaku setelah uji konsekuensi ulang')
    await signIn(page, DEMO.atasan)

    await journey.step('objections list', async () => {
      await page.goto('/petugas/keberatan')
      await expect(heading(page)).toHaveText(t('officer.objections.heading'))
      await expect(page.getByRole('row').filter({ hasText: number })).toContainText(t(`enums.objectionStatus.${start}`))
    })

    await journey.step('objection opened', async () => {
      await page.getByRole('link', { name: number, exact: true }).click()
      await expect(heading(page)).toHaveText(t('officer.objection.heading', { no: number }))
      await expect(described(page, t('officer.objections.status'))).toHaveText(t(`enums.objectionStatus.${start}`))
    })

    if (forwardFirst) {
      await journey.step('objection forwarded for review', async () => {
        await confirmAction(page, t('officer.objection.review.submit'))
        await expect(page.getByText(t('officer.objection.review.done'))).toBeVisible()
        await expect(described(page, t('officer.objections.status'))).toHaveText(t('enums.objectionStatus.in_review'))
      }, { axe: true })
    }

    await journey.step('rejection without reasons refused', async () => {
      await page.getByLabel(t('officer.objection.decide.rejected'), { exact: true }).check()
      await page.getByLabel(t('officer.objection.decide.response'), { exact: true }).fill(response)
      await page.getByRole('button', { name: t('officer.objection.decide.submit'), exact: true }).click()
      await expect(page.getByRole('dialog')).toBeHidden()
      await expect(page.getByLabel(t('officer.objection.decide.reasons'), { exact: true })).toBeFocused()
    }, { axe: true })

    await journey.step('objection rejected with reasons', async () => {
      await page.getByLabel(t('officer.objection.decide.reasons'), { exact: true }).fill(reasons)
      await confirmAction(page, t('officer.objection.decide.submit'))
      await expect(page.getByText(t('officer.objection.decide.done'))).toBeVisible()
      await expect(described(page, t('officer.objections.status'))).toHaveText(t('enums.objectionStatus.rejected'))
      await expectShownAsText(page, reasons, 'objection after the decision')
      await expectShownAsText(page, response, 'objection after the decision')
    }, { axe: true })

    await journey.step('objection kept after reload', async () => {
      await page.reload()
      await expect(described(page, t('officer.objections.status'))).toHaveText(t('enums.objectionStatus.rejected'))
      await expectInert(page, 'objection after reload')
    }, { axe: false })
  })
})
