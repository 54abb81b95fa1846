// Plain data without imports: the build (build/routePreload.ts) reads it too, to preload a page's messages.

export const LOCALES = ['id', 'en'] as const
export type Locale = (typeof LOCALES)[number]

/** Where the chosen UI language is remembered. */
export const LOCALE_STORAGE_KEY = 'ppid-locale'

/** Message modules that load with the pages that use them, keyed like their messages (`citizen.*`). */
export const MESSAGE_MODULES = ['account', 'citizen', 'officer', 'queue', 'reports', 'admin'] as const
export type MessageModule = (typeof MESSAGE_MODULES)[number]

/** Which modules a page of each side uses (the officer's workspace shows the letters panel of `admin`). */
const MODULES_OF: Record<MessageModule, readonly MessageModule[]> = {
  account: ['account'],
  citizen: ['citizen'],
  officer: ['officer', 'queue', 'admin'],
  queue: ['queue', 'officer'],
  reports: ['reports'],
  admin: ['admin'],
}

/** The message modules a page needs, by its title key (`citizen.form.title` → citizen). */
export function messageModulesFor(titleKey: string): readonly MessageModule[] {
  const side = titleKey.split('.')[0] as MessageModule
  return (MESSAGE_MODULES as readonly string[]).includes(side) ? MODULES_OF[side] : []
}
