import { afterEach, describe, expect, it, vi } from 'vitest'
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

  it('compiles every message without errors, including literal @ signs', () => {
    for (const key of keys(i18n.global.getLocaleMessage('id'))) expect(i18n.global.t(key, { agency: 'A', region: 'R', email: 'e', min: 8 })).not.toBe(key)
    expect(i18n.global.t('auth.validation.emailInvalid')).toContain('nama@contoh.id')
  })
})
