import { createI18n } from 'vue-i18n'
import id, { type MessageSchema } from './id'

export const LOCALES = ['id', 'en'] as const
export type Locale = (typeof LOCALES)[number]

const STORAGE_KEY = 'ppid-locale'

export const i18n = createI18n<[MessageSchema], Locale, false>({
  legacy: false,
  locale: 'id',
  fallbackLocale: 'id',
  messages: { id } as Record<Locale, MessageSchema>,
})

export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value)
}

const loaders: Record<Locale, () => Promise<{ default: MessageSchema }>> = {
  id: () => Promise.resolve({ default: id }),
  en: () => import('./en'),
}

/** Switches the UI language, loading its messages on first use, and keeps <html lang> in step. */
export async function setLocale(locale: Locale): Promise<void> {
  const { global } = i18n
  if (!global.availableLocales.includes(locale)) {
    global.setLocaleMessage(locale, (await loaders[locale]()).default)
  }
  global.locale.value = locale
  document.documentElement.lang = locale
  try {
    localStorage.setItem(STORAGE_KEY, locale)
  } catch {
    // Private mode may refuse storage; the choice then lasts for this visit only.
  }
}

/** The locale chosen on an earlier visit, or Indonesian. */
export function savedLocale(): Locale {
  try {
    const stored = localStorage.getItem(STORAGE_KEY)
    if (isLocale(stored)) return stored
  } catch {
    // Fall through to the default.
  }
  return 'id'
}
