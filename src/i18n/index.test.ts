import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, isReactive, nextTick } from 'vue'
import { i18n, savedLocale, setLocale } from '@/i18n'

function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  )
}

afterEach(async () => {
  await setLocale('id')
  localStorage.clear()
})

describe('i18n', () => {
  it('starts in Indonesian with Indonesian as the fallback', () => {
    expect(i18n.global.locale.value).toBe('id')
    expect(i18n.global.fallbackLocale.value).toBe('id')
    expect(i18n.global.t('nav.signIn')).toBe('Masuk')
  })

  it('loads English on demand, updates <html lang> and remembers the choice', async () => {
    await setLocale('en')

    expect(i18n.global.t('nav.signIn')).toBe('Sign in')
    expect(document.documentElement.lang).toBe('en')
    expect(savedLocale()).toBe('en')

    await setLocale('id')
    expect(document.documentElement.lang).toBe('id')
    expect(i18n.global.t('nav.signIn')).toBe('Masuk')
  })

  it('falls back to Indonesian for an unknown stored locale', () => {
    localStorage.setItem('ppid-locale', 'fr')
    expect(savedLocale()).toBe('id')
  })

  it('has the same keys in both languages, page modules included', async () => {
    await setLocale('en')
    expect(keys(i18n.global.getLocaleMessage('en')).sort()).toEqual(keys(i18n.global.getLocaleMessage('id')).sort())
  })

  it('loads a side\'s messages with its first page, in the current language, and keeps the menu labels', async () => {
    vi.resetModules()
    const fresh = await import('@/i18n')
    const { t, te } = fresh.i18n.global
    expect(t('citizen.nav.myRequests')).toBe('Permohonan saya')
    expect(te('citizen.form.title')).toBe(false)
    expect(te('officer.request.title')).toBe(false)

    await fresh.loadMessagesFor('citizen.form.title')
    expect(te('citizen.form.title')).toBe(true)
    expect(t('citizen.nav.myRequests')).toBe('Permohonan saya')
    expect(te('officer.request.title')).toBe(false)

    await fresh.loadMessagesFor('officer.request.title')
    expect(te('admin.letters.heading')).toBe(true)
    await fresh.loadMessagesFor('home.title')

    await fresh.setLocale('en')
    expect(t('citizen.nav.myRequests')).toBe('My requests')
    expect(te('citizen.form.title', 'en')).toBe(true)
    expect(te('reports.report.title', 'en')).toBe(false)
    await fresh.setLocale('id')
  })

  it('keeps the home page\'s, the upload field\'s and the menu\'s account messages in the first load, the account pages\' with their pages', async () => {
    vi.resetModules()
    const fresh = await import('@/i18n')
    const { te, t } = fresh.i18n.global
    expect([te('account.home.startHeading'), te('account.upload.cancel'), te('account.nav.profile')]).toEqual([true, true, true])
    expect([te('account.lookup.title'), te('account.password.forgotTitle'), te('account.profile.title')]).toEqual([false, false, false])

    await fresh.loadMessagesFor('account.profile.title')

    expect([te('account.lookup.title'), te('account.password.forgotTitle'), te('account.profile.title')]).toEqual([true, true, true])
    expect(t('account.home.startHeading')).toBe('Ajukan atau cek permohonan')
    expect(t('account.nav.profile')).toBe('Profil saya')
    expect(t('account.upload.cancel')).toBe('Hentikan unggahan')
  })

  it('keeps messages out of Vue\'s reactive proxies, yet re-renders a page when its module arrives', async () => {
    vi.resetModules()
    const fresh = await import('@/i18n')
    const Title = defineComponent({ setup: () => () => h('p', fresh.i18n.global.te('citizen.form.title') ? fresh.i18n.global.t('citizen.form.title') : '…') })
    const wrapper = mount(Title, { global: { plugins: [fresh.i18n] } })
    expect(wrapper.text()).toBe('…')

    await fresh.loadMessagesFor('citizen.form.title')
    await nextTick()

    expect(wrapper.text()).toBe(fresh.i18n.global.t('citizen.form.title'))
    expect(wrapper.text()).not.toBe('…')
    const messages = fresh.i18n.global.getLocaleMessage('id') as Record<string, object>
    expect([isReactive(messages), isReactive(messages.citizen)]).toEqual([false, false])
    wrapper.unmount()
  })

  it('compiles every message without errors, including literal @ signs', () => {
    for (const key of keys(i18n.global.getLocaleMessage('id'))) expect(i18n.global.t(key, { agency: 'A', region: 'R', email: 'e', min: 8 })).not.toBe(key)
    expect(i18n.global.t('auth.validation.emailInvalid')).toContain('nama@contoh.id')
  })
})
