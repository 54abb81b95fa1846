// The production build ships every message compiled (build/messages.ts); they must read exactly as the
// runtime compiler, which dev and the other tests use, makes them read.
import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import { compileMessage } from '../../build/messageAst.ts'
import { i18n, setLocale, type Locale } from '@/i18n'

type Tree = { [key: string]: string | Tree }

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  )
}

function compiled(tree: Tree, path = ''): Record<string, object> {
  return Object.fromEntries(Object.entries(tree).map(([key, value]) =>
    [key, typeof value === 'string' ? compileMessage(value, `${path}${key}`) : compiled(value, `${path}${key}.`)]))
}

describe('precompiled messages', () => {
  it.each(['id', 'en'] as Locale[])('translate exactly as the runtime compiler does, every message in %s', async (locale) => {
    await setLocale(locale)
    const source = i18n.global.getLocaleMessage(locale) as unknown as Tree
    await setLocale('id')
    const options = { legacy: false as const, locale, missingWarn: false, fallbackWarn: false }
    const fromStrings = createI18n({ ...options, messages: { [locale]: source } }).global
    const fromAst = createI18n({ ...options, messages: { [locale]: compiled(source) } }).global

    const all = leaves(source)
    expect(all.length).toBeGreaterThan(800)
    for (const [key, message] of all) {
      // A fresh object per call: vue-i18n writes the plural count into the one it is given.
      const named = () => Object.fromEntries([...message.matchAll(/\{(\w+)\}/g)].map(([, name]) => [name, `‹${name}›`]))
      for (const plural of message.includes('|') ? [0, 1, 2, 5] : [1]) {
        expect(fromAst.t(key, named(), plural), key).toBe(fromStrings.t(key, named(), plural))
      }
    }
  })
})
