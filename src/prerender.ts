/**
 * The build's server-side entry (build/prerender.ts): the first paint of the pages a slow phone most
 * often opens cold, rendered into index.html so that it shows before the app's JavaScript has arrived.
 * - The home page as a first-time visitor sees it (signed out, Indonesian, the staged sections not yet
 *   in).
 * - The request form as a signed-in citizen first sees it (the citizen's menu, the heading while the
 *   profile is checked), with the header's email left as a placeholder that the page fills in from the
 *   stored session.
 * The app then hydrates the page (src/main.ts).
 */
import { createPinia, type Pinia } from 'pinia'
import { createSSRApp } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { renderToString } from 'vue/server-renderer'
import { AGENCY_CACHE_KEY } from '@/api/agency'
import type { Session } from '@/api/auth'
import App from '@/App.vue'
import { stageFirstLoad } from '@/composables/useStagedRender'
import { agency } from '@/config/agency'
import { i18n, loadMessagesFor } from '@/i18n'
import { LOCALE_STORAGE_KEY } from '@/i18n/modules'
import { AUTH_STORAGE_KEY } from '@/lib/supabase'
import type { PrerenderedFor, PrerenderedPage } from '@/prerendered'
import { routes } from '@/router'
import { useSessionStore } from '@/stores/session'

/** Stands for the signed-in user's email in a prerendered page, until the page's own script fills it in. */
export const EMAIL_PLACEHOLDER = '…'

/** The header's "signed in as" line in a prerendered page, the text the page's script looks for. */
export const signedInLine = i18n.global.t('nav.signedInAs', { email: EMAIL_PLACEHOLDER })

async function render(path: string, setUp?: (pinia: Pinia) => void): Promise<string> {
  const pinia = createPinia()
  setUp?.(pinia)
  // The app's route table without its guards: the session and messages are set up here instead.
  const router = createRouter({ history: createMemoryHistory(), routes })
  const app = createSSRApp(App).use(pinia).use(i18n).use(router)
  await router.push(path)
  await router.isReady()
  stageFirstLoad()
  return renderToString(app)
}

const HOME_PATH = '/'
const FORM_PATH = '/permohonan/baru'

export function renderHome(): Promise<string> {
  return render(HOME_PATH)
}

export async function renderRequestForm(): Promise<string> {
  await loadMessagesFor('citizen.form.title')
  return render(FORM_PATH, (pinia) => {
    // No id: nothing keyed by the user (the draft, the unread count) is read or fetched.
    useSessionStore(pinia).session = { user: { id: '', email: EMAIL_PLACEHOLDER } } as Session
  })
}

export async function renderPages(): Promise<PrerenderedPage[]> {
  return [
    { name: 'home', path: HOME_PATH, html: await renderHome(), signedIn: false, showsAgencyName: true },
    { name: 'request-form', path: FORM_PATH, html: await renderRequestForm(), signedIn: true, showsAgencyName: false },
  ]
}

export const prerenderedFor: PrerenderedFor = {
  locale: 'id',
  localeKey: LOCALE_STORAGE_KEY,
  authKey: AUTH_STORAGE_KEY,
  agencyKey: AGENCY_CACHE_KEY,
  agencyName: agency.name,
  emailPlaceholder: EMAIL_PLACEHOLDER,
}
