import { heading, t } from './support/app.ts'
import { expect, seriousViolations, test } from './support/fixtures.ts'
import { expectInert } from './support/hostile.ts'

// The journeys' guards must be able to fail: each is shown catching what it is there for.
test.describe('guards', () => {
  test('axe reports a serious violation put into a real page', async ({ page }) => {
    await page.goto('/')
    await expect(heading(page)).toHaveText(t('home.heading'))
    await page.waitForLoadState('networkidle')
    expect(await seriousViolations(page)).toEqual([])
    await page.evaluate(`(() => { const b = document.createElement('button'); b.style.cssText = 'width:44px;height:44px'; document.querySelector('main').append(b) })()`)
    expect((await seriousViolations(page)).join('\n')).toContain('button-name')
  })

  test('a dialog fails the test', async ({ page }) => {
    test.fail(true, 'the no-dialog guard must fail a test in which alert() ran')
    await page.goto('/')
    await expect(heading(page)).toHaveText(t('home.heading'))
    await page.waitForLoadState('networkidle')
    await page.evaluate(`setTimeout(() => alert('guard check'), 0)`)
    await page.waitForTimeout(200)
  })

  test('markup that became an element fails the inertness check', async ({ page }) => {
    test.fail(true, 'expectInert must fail once user text has turned into an <img src=x>')
    await page.goto('/')
    await expect(heading(page)).toHaveText(t('home.heading'))
    await page.waitForLoadState('networkidle')
    await expectInert(page, 'home before')
    await page.evaluate(`(() => { const img = document.createElement('img'); img.setAttribute('src', 'x'); img.alt = ''; document.querySelector('main').append(img) })()`)
    await expectInert(page, 'home after')
  })
})
