import { createConfirmedAccount, DEMO, heading, signIn, t, uniqueEmail } from './support/app.ts'
import { expect, test } from './support/fixtures.ts'

test.describe('administration', () => {
  test('an admin adds a holiday and grants a staff role, which the new officer then uses', async ({ page, journey, newActor }, info) => {
    // Each screen size adds its own day, so the two runs never collide.
    const day = info.project.name === 'mobile' ? '2027-09-27' : '2027-09-28'
    const holiday = `Hari Jadi Kota Tenggarong (uji ${info.project.name})`
    const staffEmail = uniqueEmail('staff', info.project.name)
    await createConfirmedAccount(staffEmail, 'Petugas2026baru')

    await journey.step('admin signed in', async () => {
      await signIn(page, DEMO.admin)
    })

    await journey.step('holidays page', async () => {
      await page.getByRole('link', { name: t('admin.nav.holidays') }).click()
      await expect(heading(page)).toHaveText(t('admin.holidays.title'))
      await page.getByLabel(t('admin.holidays.year'), { exact: true }).selectOption('2027')
      await expect(page.getByRole('heading', { name: t('admin.holidays.listHeading', { year: 2027 }) })).toBeVisible()
    })

    await journey.step('holiday added', async () => {
      await page.getByLabel(t('admin.holidays.date'), { exact: true }).fill(day)
      await page.getByLabel(t('admin.holidays.name'), { exact: true }).fill(holiday)
      await page.getByLabel(t('admin.holidays.kind'), { exact: true }).selectOption({ label: t('enums.holidayKind.lokal') })
      await page.getByRole('button', { name: t('admin.holidays.add'), exact: true }).click()
      await expect(page.getByText(t('admin.holidays.added'))).toBeVisible()
      await expect(page.getByRole('row').filter({ hasText: holiday })).toBeVisible()
    }, { axe: true })

    await journey.step('holiday kept after reload', async () => {
      await page.reload()
      await expect(page.getByRole('heading', { name: t('admin.holidays.listHeading', { year: 2026 }) })).toBeVisible()
      await page.getByLabel(t('admin.holidays.year'), { exact: true }).selectOption('2027')
      await expect(page.getByRole('heading', { name: t('admin.holidays.listHeading', { year: 2027 }) })).toBeVisible()
      await expect(page.getByRole('row').filter({ hasText: holiday })).toContainText(t('enums.holidayKind.lokal'))
    }, { axe: false })

    await journey.step('staff page, account found', async () => {
      await page.getByRole('link', { name: t('admin.nav.staff') }).click()
      await expect(heading(page)).toHaveText(t('admin.staff.title'))
      await page.getByLabel(t('admin.staff.email'), { exact: true }).fill(staffEmail)
      await page.getByRole('button', { name: t('admin.staff.find'), exact: true }).click()
      await expect(page.getByRole('heading', { name: t('admin.staff.manageAccount', { email: staffEmail }) })).toBeVisible()
    }, { axe: true })

    await journey.step('role granted', async () => {
      await page.getByLabel(t('admin.staff.grantLabel'), { exact: true }).selectOption({ label: t('enums.staffRole.petugas') })
      await page.getByRole('button', { name: t('admin.staff.grant'), exact: true }).click()
      await expect(page.getByText(t('admin.staff.granted', { role: t('enums.staffRole.petugas'), email: staffEmail }))).toBeVisible()
      await expect(page.getByRole('button', { name: t('admin.staff.revoke', { role: t('enums.staffRole.petugas') }) })).toBeVisible()
    }, { axe: true })

    // The new officer, in a browser of their own, now has the officer's menu.
    const officer = await newActor()
    await signIn(officer, staffEmail, 'Petugas2026baru')
    await officer.getByRole('link', { name: t('queue.nav.queue') }).click()
    await expect(heading(officer)).toHaveText(t('queue.page.title'))
  })
})
