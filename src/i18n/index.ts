import { markRaw, toRaw } from 'vue'
import { createI18n } from 'vue-i18n'
import id, { type MessageSchema } from './id'
import { LOCALE_STORAGE_KEY as STORAGE_KEY, LOCALES, MESSAGE_MODULES, messageModulesFor, type Locale, type MessageModule } from './modules'

export { LOCALES, MESSAGE_MODULES, messageModulesFor, type Locale, type MessageModule } from './modules'

export const i18n = createI18n<[MessageSchema], Locale, false>({
  legacy: false,
  locale: 'id',
  fallbackLocale: 'id',
  messages: { id: markRaw(id) } as Record<Locale, MessageSchema>,
})

type Messages = Record<string, unknown>
const isGroup = (value: unknown): value is Messages => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Adds messages to a locale, merged two levels deep (a side's module beside its menu labels in
 * `<side>.nav`), as one new plain object. vue-i18n's own mergeLocaleMessage deep-copies every message,
 * and a compiled message (build/messages.ts) is a small tree: loading the citizen module that way took
 * about 60 ms of the request form's load at 4× CPU slowdown. Marked raw, the messages are not wrapped in
 * reactive proxies that every t() walks through; replacing the locale's object is what re-renders.
 */
function addMessages(locale: Locale, incoming: Messages): void {
  const next: Messages = { ...toRaw(i18n.global.getLocaleMessage(locale) as Messages) }
  for (const [key, value] of Object.entries(incoming)) {
    const here = next[key]
    next[key] = isGroup(here) && isGroup(value) ? { ...here, ...value } : value
  }
  i18n.global.setLocaleMessage(locale, markRaw(next) as MessageSchema)
}

export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value)
}

const loaders: Record<Locale, () => Promise<{ default: MessageSchema }>> = {
  id: () => Promise.resolve({ default: id }),
  en: () => import('./en'),
}

type ModuleLoader = () => Promise<{ default: object }>
const moduleLoaders: Record<Locale, Record<MessageModule, ModuleLoader>> = {
  id: {
    account: () => import('./id/account'),
    citizen: () => import('./id/citizen'),
    officer: () => import('./id/officer'),
    queue: () => import('./id/queue'),
    reports: () => import('./id/reports'),
    admin: () => import('./id/admin'),
  },
  en: {
    account: () => import('./en/account'),
    citizen: () => import('./en/citizen'),
    officer: () => import('./en/officer'),
    queue: () => import('./en/queue'),
    reports: () => import('./en/reports'),
    admin: () => import('./en/admin'),
  },
}

const loaded: Record<Locale, Set<MessageModule>> = { id: new Set(), en: new Set() }

async function loadModules(locale: Locale, modules: Iterable<MessageModule>): Promise<void> {
  await Promise.all([...modules].filter((m) => !loaded[locale].has(m)).map(async (m) => {
    const messages = (await moduleLoaders[locale][m]()).default
    // Merged beside the menu labels (`<module>.nav`) that came with the first load.
    addMessages(locale, { [m]: messages })
    loaded[locale].add(m)
  }))
}

/** Loads the messages of the side a page belongs to, in the current locale. */
export function loadMessagesFor(titleKey: string): Promise<void> {
  return loadModules(i18n.global.locale.value, messageModulesFor(titleKey))
}

/** For tests and tools that render any page: every module, already loaded (no dynamic import). */
export function preloadAllMessages(locale: Locale, modules: Record<MessageModule, object>): void {
  addMessages(locale, modules as Messages)
  for (const m of MESSAGE_MODULES) loaded[locale].add(m)
}

/** Switches the UI language, loading its messages on first use, and keeps <html lang> in step. */
export async function setLocale(locale: Locale): Promise<void> {
  const { global } = i18n
  // Merged, not set: modules a test or an earlier page merged into this locale stay.
  if (!('app' in global.getLocaleMessage(locale))) {
    addMessages(locale, (await loaders[locale]()).default)
  }
  // The pages already open in the old language need their modules in the new one too.
  await loadModules(locale, loaded[global.locale.value as Locale])
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
