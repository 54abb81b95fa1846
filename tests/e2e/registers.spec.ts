import { readFileSync } from 'node:fs'
import ExcelJS from 'exceljs'
import { DEMO, heading, signIn, t } from './support/app.ts'
import { expect, test } from './support/fixtures.ts'
import { pdfText } from './support/pdf.ts'

test.describe('registers and report', () => {
  test('an officer downloads both registers as CSV (and XLSX) and prints the annual report', async ({ page, journey }) => {
    await journey.step('officer signed in', async () => {
      await signIn(page, DEMO.petugas)
    }, { axe: false })

    await journey.step('request register 2025', async () => {
      await page.getByRole('link', { name: t('reports.nav.register') }).click()
      await expect(heading(page)).toHaveText(t('reports.register.heading'))
      await page.getByLabel(t('reports.period.preset'), { exact: true }).selectOption('year')
      await page.getByLabel(t('reports.period.year'), { exact: true }).fill('2025')
      await page.getByRole('button', { name: t('reports.period.apply') }).click()
      await expect(page.getByRole('rowheader', { name: 'PI-2025-00001', exact: true })).toBeVisible()
    })

    await journey.step('request register CSV', async () => {
      const downloading = page.waitForEvent('download')
      await page.getByRole('button', { name: t('reports.register.export', { format: 'CSV' }) }).click()
      const download = await downloading
      expect(download.suggestedFilename()).toBe(`${t('reports.register.fileName', { kind: 'permohonan', from: '2025-01-01', to: '2025-12-31' })}.csv`)
      const csv = readFileSync(await download.path(), 'utf8')
      expect(csv.charCodeAt(0), 'UTF-8 BOM for Excel').toBe(0xfeff)
      const lines = csv.slice(1).trim().split(/\r?\n/)
      expect(lines[0]).toContain(t('reports.register.columns.registrationNo'))
      const numbers = csv.match(/PI-2025-\d{5}/g) ?? []
      expect(new Set(numbers).size).toBe(25)
      await expect(page.getByText(t('reports.register.exported', { format: 'CSV', count: lines.length - 1 }))).toBeVisible()
    }, { axe: true })

    await journey.step('request register XLSX', async () => {
      const downloading = page.waitForEvent('download')
      await page.getByRole('button', { name: t('reports.register.export', { format: 'XLSX' }) }).click()
      const download = await downloading
      expect(download.suggestedFilename()).toBe(`${t('reports.register.fileName', { kind: 'permohonan', from: '2025-01-01', to: '2025-12-31' })}.xlsx`)
      const book = new ExcelJS.Workbook()
      await book.xlsx.readFile(await download.path())
      const sheet = book.worksheets[0]!
      expect(sheet.getRow(1).getCell(1).value).toBe(t('reports.register.columns.registrationNo'))
      expect(sheet.rowCount).toBe(26)
      await expect(page.getByText(t('reports.register.exported', { format: 'XLSX', count: 25 }))).toBeVisible()
    })

    await journey.step('objection register CSV', async () => {
      await page.getByRole('button', { name: t('reports.register.objections') }).click()
      await expect(page.getByRole('rowheader', { name: 'KB-2025-00001', exact: true })).toBeVisible()
      const downloading = page.waitForEvent('download')
      await page.getByRole('button', { name: t('reports.register.export', { format: 'CSV' }) }).click()
      const csv = readFileSync(await (await downloading).path(), 'utf8')
      expect(csv).toContain(t('reports.register.columns.objectionNo'))
      expect(csv).toContain('KB-2025-00001')
      expect(csv).toContain('KB-2025-00002')
    }, { axe: true })

    await journey.step('annual report 2025', async () => {
      await page.getByRole('link', { name: t('reports.nav.report') }).click()
      await expect(heading(page)).toHaveText(t('reports.report.heading'))
      await page.getByLabel(t('reports.period.preset'), { exact: true }).selectOption('year')
      await page.getByLabel(t('reports.period.year'), { exact: true }).fill('2025')
      await page.getByRole('button', { name: t('reports.period.apply') }).click()
      await expect(page.getByRole('heading', { name: t('reports.report.summaryHeading') })).toBeVisible()
      await expect(page.getByRole('table', { name: t('reports.report.tables.byMonth') })).toBeVisible()
    })

    await journey.step('report printed to PDF', async () => {
      // The browser's print dialog is outside the page; count the calls, then print as Chromium would.
      await page.evaluate(`window.__prints = 0; window.print = () => { window.__prints += 1 }`)
      await page.getByRole('button', { name: t('reports.print'), exact: true }).click()
      expect(await page.evaluate('window.__prints')).toBe(1)
      await page.emulateMedia({ media: 'print' })
      const text = await pdfText(await page.pdf({ format: 'A4' }))
      await page.emulateMedia({ media: 'screen' })
      expect(text).toContain(t('reports.report.heading'))
      expect(text).toContain(t('reports.report.summary.requests'))
      expect(text).toContain(t('reports.report.tables.byGround'))
      expect(text).not.toContain(t('reports.print'))
    }, { axe: false })
  })
})
