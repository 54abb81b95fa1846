import { heading, latestMail, signIn, t, uniqueEmail } from './support/app.ts'
import { expect, test } from './support/fixtures.ts'
import { expectInert, expectShownAsText, FILES, hostile } from './support/hostile.ts'

/**
 * One request from sign-up to the supervisor's decision on the objection, each actor in its own
 * browser context, in order. Every free-text field carries script and HTML (support/hostile.ts) that
 * must stay text on the citizen's pages, the officer's pages and in the letters.
 */
test.describe.configure({ mode: 'serial' })

const citizen = {
  email: '',
  password: 'Warga2026aman',
  name: hostile('Rina Kartika'),
  address: hostile('Jl. Mulawarman No. 7, Tenggarong'),
  occupation: hostile('Peneliti'),
  nik: '6402034507900001',
  phone: '081234567890',
  number: '',
  secret: '',
}

test.describe('request lifecycle', () => {
  test('a citizen signs up, confirms by email and completes the profile with a KTP', async ({ page, journey }, info) => {
    citizen.email = uniqueEmail('lifecycle', info.project.name)

    await journey.step('sign-up', async () => {
      await page.goto('/daftar')
      await page.getByLabel(t('auth.email'), { exact: true }).fill(citizen.email)
      await page.getByLabel(t('auth.password'), { exact: true }).fill(citizen.password)
      await page.getByLabel(t('auth.confirmPassword'), { exact: true }).fill(citizen.password)
      await page.getByRole('button', { name: t('auth.signUp.submit'), exact: true }).click()
      await expect(page.getByRole('heading', { name: t('auth.signUp.checkEmailHeading') })).toBeVisible()
    })

    const mail = await latestMail(citizen.email)
    await journey.step('confirmed from the mailbox', async () => {
      await page.goto(mail.link!)
      await expect(page.getByText(t('nav.signedInAs', { email: citizen.email }))).toBeVisible()
    })

    await journey.step('empty profile', async () => {
      await page.getByRole('link', { name: t('account.nav.profile') }).click()
      await expect(heading(page)).toHaveText(t('account.profile.heading'))
      await expect(page.getByText(t('account.profile.identity.saveFirst'))).toBeVisible()
    })

    await journey.step('profile mistakes', async () => {
      await page.getByLabel(t('account.profile.nik'), { exact: true }).fill('6402034507900000')
      await page.getByLabel(t('account.profile.phone'), { exact: true }).fill('12345')
      await page.getByRole('button', { name: t('account.profile.save') }).click()
      await expect(page.getByLabel(t('account.profile.fullName'), { exact: true })).toBeFocused()
      await expect(page.getByLabel(t('account.profile.nik'), { exact: true })).toHaveAccessibleDescription(
        new RegExp(t('account.profile.validation.nikStructure').slice(0, 20)),
      )
    }, { axe: true })

    await journey.step('profile saved', async () => {
      await page.getByLabel(t('account.profile.fullName'), { exact: true }).fill(citizen.name)
      await page.getByLabel(t('account.profile.nik'), { exact: true }).fill(citizen.nik)
      await page.getByLabel(t('account.profile.address'), { exact: true }).fill(citizen.address)
      await page.getByLabel(t('account.profile.occupation'), { exact: true }).fill(citizen.occupation)
      await page.getByLabel(t('account.profile.phone'), { exact: true }).fill(citizen.phone)
      await page.getByRole('button', { name: t('account.profile.save') }).click()
      await expect(page.getByText(t('account.profile.saved'))).toBeVisible()
      await expect(page.getByText(t('account.profile.nikSaved', { nik: '6402••••••••0001' }))).toBeVisible()
    }, { axe: true })

    await journey.step('KTP uploaded', async () => {
      await page.getByLabel(t('account.profile.identity.label'), { exact: true }).setInputFiles(FILES.ktp())
      await expect(page.getByText(t('account.profile.identity.linked'))).toBeVisible()
    }, { axe: true })

    await journey.step('profile after reload', async () => {
      await page.reload()
      await expect(page.getByText(t('account.profile.complete'))).toBeVisible()
      await expect(page.getByLabel(t('account.profile.fullName'), { exact: true })).toHaveValue(citizen.name)
      await expect(page.getByLabel(t('account.profile.address'), { exact: true })).toHaveValue(citizen.address)
      // The header greets by email; the name with its markup is only ever a value or text.
      await expectInert(page, 'profile')
    })
  })

  test('the citizen files a request and gets a receipt', async ({ page, journey }) => {
    const details = hostile('Salinan DPA Dinas Pendidikan 2026')
    const purpose = hostile('Penelitian anggaran pendidikan')
    await signIn(page, citizen.email, citizen.password)

    await journey.step('request form, details', async () => {
      await page.goto('/permohonan/baru')
      await expect(heading(page)).toHaveText(t('citizen.form.heading'))
      await page.getByLabel(t('citizen.form.details.label'), { exact: true }).fill(details)
      await page.getByLabel(t('citizen.form.details.purposeLabel'), { exact: true }).fill(purpose)
    })

    await journey.step('how to obtain', async () => {
      await page.getByRole('button', { name: t('citizen.form.next'), exact: true }).click()
      await page.getByLabel(t('enums.obtainMethod.salinan_softcopy'), { exact: true }).check()
      await page.getByLabel(t('enums.copyMethod.email'), { exact: true }).check()
    }, { axe: true })

    await journey.step('proxy and attachments', async () => {
      await page.getByRole('button', { name: t('citizen.form.next'), exact: true }).click()
      await page.getByLabel(t('citizen.form.proxy.self'), { exact: true }).check()
    }, { axe: true })

    await journey.step('accessibility needs', async () => {
      await page.getByRole('button', { name: t('citizen.form.next'), exact: true }).click()
      await expect(page.getByText(t('citizen.form.access.hint'))).toBeVisible()
    }, { axe: true })

    await journey.step('review', async () => {
      await page.getByRole('button', { name: t('citizen.form.next'), exact: true }).click()
      await expectShownAsText(page, details, 'review')
      await page.getByLabel(t('citizen.form.review.declaration'), { exact: true }).check()
    }, { axe: true })

    await journey.step('receipt', async () => {
      await page.getByRole('button', { name: t('citizen.form.submit'), exact: true }).click()
      await expect(heading(page)).toHaveText(t('citizen.receipt.heading'))
      const number = (await page.locator('main').textContent())?.match(/PI-\d{4}-\d{5}/)?.[0]
      expect(number, 'a registration number on the receipt').toBeTruthy()
      citizen.number = number!
      citizen.secret = ((await page.locator('.request-receipt-page__secret code').textContent()) ?? '').trim()
      expect(citizen.secret.length, 'the status-check secret shown once').toBeGreaterThanOrEqual(16)
      await expect(page.getByText(/Batas waktu jawaban: \w+, \d{1,2} \w+ \d{4}/).first()).toBeVisible()
    })

    await journey.step('my requests', async () => {
      await page.goto('/permohonan')
      await expect(heading(page)).toHaveText(t('citizen.list.heading'))
      await expect(page.getByText(citizen.number)).toBeVisible()
      await expectInert(page, 'my requests')
    })
  })

  test('anyone checks the status with the number and the secret, without an account', async ({ page, journey }) => {
    await journey.step('status check form', async () => {
      await page.goto('/')
      await page.getByRole('navigation').getByRole('link', { name: t('account.nav.lookup') }).click()
      await expect(heading(page)).toHaveText(t('account.lookup.heading'))
    })

    await journey.step('wrong secret', async () => {
      await page.getByLabel(t('account.lookup.number'), { exact: true }).fill(citizen.number)
      await page.getByLabel(t('account.lookup.secret'), { exact: true }).fill('bukan-kode-yang-benar-123456')
      await page.getByRole('button', { name: t('account.lookup.submit'), exact: true }).click()
      await expect(page.getByText(t('account.lookup.notFound'))).toBeVisible()
    }, { axe: true })

    await journey.step('status shown', async () => {
      await page.getByLabel(t('account.lookup.secret'), { exact: true }).fill(citizen.secret)
      await page.getByRole('button', { name: t('account.lookup.submit'), exact: true }).click()
      await expect(page.getByRole('heading', { name: t('account.lookup.resultHeading', { number: citizen.number }) })).toBeVisible()
      await expect(page.getByText(t('account.lookup.dueNotice'))).toBeVisible()
      await expectInert(page, 'status check')
    }, { axe: true })
  })
})
