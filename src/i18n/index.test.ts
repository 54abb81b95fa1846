import { afterEach, describe, expect, it } from 'vitest'
import { i18n, savedLocale, setLocale } from '@/i18n'
import en from '@/i18n/en'
import id from '@/i18n/id'

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

  it('has the same keys in both languages', () => {
    expect(keys(en).sort()).toEqual(keys(id).sort())
  })

  it('compiles every message without errors, including literal @ signs', () => {
    for (const key of keys(id)) expect(i18n.global.t(key, { agency: 'A', region: 'R', email: 'e', min: 8 })).not.toBe(key)
    expect(i18n.global.t('auth.validation.emailInvalid')).toContain('nama@contoh.id')
  })
})
