import { DEMO, heading, latestMail, signIn, t, tEnglish, uniqueEmail } from './support/app.ts'
import { expect, test } from './support/fixtures.ts'

test.describe('account', () => {
  test('a citizen signs up, confirms through the development mailbox and signs in', async ({ page, journey }, info) => {
    const email = uniqueEmail('signup', info.project.name)
    const password = 'Rahasia2026'

    await journey.step('home page', async () => {
      await page.goto('/')
      await expect(heading(page)).toHaveText(t('home.heading'))
      await expect(page).toHaveTitle(`${t('home.title')} – ${t('app.name')}`)
    })

    // The production build ships the messages of both languages compiled (build/messages.ts).
    await journey.step('home page in English and back', async () => {
      const language = page.getByLabel(t('nav.language'))
      await language.selectOption('en')
      await expect(heading(page)).toHaveText(tEnglish('home.heading'))
      await expect(page.getByRole('contentinfo')).toContainText(tEnglish('footer.legal'))
      await language.selectOption('id')
      await expect(heading(page)).toHaveText(t('home.heading'))
    })

    await journey.step('sign-up form with mistakes', async () => {
      await page.getByRole('link', { name: t('home.signUp') }).click()
      await expect(heading(page)).toHaveText(t('auth.signUp.heading'))
      await expect(heading(page)).toBeFocused()
      await page.getByLabel(t('auth.email'), { exact: true }).fill('bukan-email')
      await page.getByLabel(t('auth.password'), { exact: true }).fill('pendek')
      await page.getByLabel(t('auth.confirmPassword'), { exact: true }).fill('lain')
      await page.getByRole('button', { name: t('auth.signUp.submit'), exact: true }).click()
      const emailField = page.getByLabel(t('auth.email'), { exact: true })
      await expect(emailField).toBeFocused()
      await expect(emailField).toHaveAttribute('aria-invalid', 'true')
      await expect(emailField).toHaveAccessibleDescription(t('auth.validation.emailInvalid'), { ignoreCase: false })
      await expect(page.getByText(t('auth.checkFields'))).toBeVisible()
    })

    await journey.step('sign-up sent', async () => {
      await page.getByLabel(t('auth.email'), { exact: true }).fill(email)
      await page.getByLabel(t('auth.password'), { exact: true }).fill(password)
      await page.getByLabel(t('auth.confirmPassword'), { exact: true }).fill(password)
      await page.getByRole('button', { name: t('auth.signUp.submit'), exact: true }).click()
      await expect(page.getByRole('heading', { name: t('auth.signUp.checkEmailHeading') })).toBeFocused()
      await expect(page.getByText(t('auth.signUp.checkEmail', { email }))).toBeVisible()
    }, { axe: true })

    await journey.step('sign-in refused before confirmation', async () => {
      await page.getByRole('link', { name: t('auth.signUp.signInLink') }).click()
      await page.getByLabel(t('auth.email'), { exact: true }).fill(email)
      await page.getByLabel(t('auth.password'), { exact: true }).fill(password)
      await page.getByRole('button', { name: t('auth.signIn.submit'), exact: true }).click()
      await expect(page.getByLabel(t('auth.email'), { exact: true })).toHaveAccessibleDescription(
        t('auth.errors.email_not_confirmed'),
      )
    })

    const mail = await latestMail(email)
    expect(mail.link, 'the confirmation email carries a link').toBeTruthy()

    await journey.step('confirmation link signs in', async () => {
      await page.goto(mail.link!)
      await expect(page).toHaveURL((url) => url.origin === new URL(info.project.use.baseURL ?? page.url()).origin && url.pathname === '/')
      await expect(page.getByText(t('nav.signedInAs', { email }))).toBeVisible()
      // The tokens of the link do not stay in the address bar.
      await expect(page).not.toHaveURL(/access_token/)
    })

    await journey.step('signed out', async () => {
      await page.getByRole('button', { name: t('nav.signOut') }).click()
      await expect(page.getByRole('navigation').getByRole('link', { name: t('nav.signIn'), exact: true })).toBeVisible()
      await expect(page.getByText(t('nav.signedInAs', { email }))).toHaveCount(0)
    })

    await journey.step('wrong password', async () => {
      await page.goto('/masuk')
      await page.getByLabel(t('auth.email'), { exact: true }).fill(email)
      await page.getByLabel(t('auth.password'), { exact: true }).fill('SalahSekali1')
      await page.getByRole('button', { name: t('auth.signIn.submit'), exact: true }).click()
      await expect(page.getByText(t('auth.errors.invalid_credentials'))).toBeVisible()
    })

    await journey.step('signed in with the password', async () => {
      await signIn(page, email, password)
      await expect(heading(page)).toHaveText(t('home.heading'))
    })
  })

  test('every demo staff account signs in', async ({ page, journey }) => {
    for (const email of [DEMO.petugas, DEMO.ppid, DEMO.atasan, DEMO.admin]) {
      await journey.step(`signed in as ${email.split('@')[0]}`, async () => {
        await signIn(page, email)
      })
      await page.getByRole('button', { name: t('nav.signOut') }).click()
      await expect(page.getByText(t('nav.signedInAs', { email }))).toHaveCount(0)
    }
  })

  test('unknown addresses get the not-found page', async ({ page, journey }) => {
    await journey.step('not found', async () => {
      await page.goto('/tidak-ada-halaman-ini')
      await expect(heading(page)).toHaveText(t('notFound.heading'))
      await expect(page).toHaveTitle(`${t('notFound.title')} – ${t('app.name')}`)
    })
    await journey.step('back home', async () => {
      await page.getByRole('link', { name: t('notFound.home') }).click()
      await expect(heading(page)).toHaveText(t('home.heading'))
      await expect(heading(page)).toBeFocused()
    })
  })
})
