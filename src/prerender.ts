/**
 * The build's server-side entry (build/prerender.ts): the home page as a first-time visitor's first
 * paint shows it (signed out, Indonesian, the staged sections not yet in), rendered into index.html so
 * that a slow phone paints it before the app's JavaScript has arrived. The app then hydrates it.
 */
import { createPinia } from 'pinia'
import { createSSRApp } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { renderToString } from 'vue/server-renderer'
import { AGENCY_CACHE_KEY } from '@/api/agency'
import App from '@/App.vue'
import { stageFirstLoad } from '@/composables/useStagedRender'
import { agency } from '@/config/agency'
import { i18n } from '@/i18n'
import { LOCALE_STORAGE_KEY } from '@/i18n/modules'
import { AUTH_STORAGE_KEY } from '@/lib/supabase'
import { routes } from '@/router'

export async function renderHome(): Promise<string> {
  // The app's route table without its guards: the home page needs no session and no message module.
  const router = createRouter({ history: createMemoryHistory(), routes })
  const app = createSSRApp(App).use(createPinia()).use(i18n).use(router)
  await router.push('/')
  await router.isReady()
  stageFirstLoad()
  return renderToString(app)
}

/** What the page's inline check reads to tell whether the visitor would see exactly this page. */
export const prerenderedFor = {
  locale: 'id',
  localeKey: LOCALE_STORAGE_KEY,
  authKey: AUTH_STORAGE_KEY,
  agencyKey: AGENCY_CACHE_KEY,
  agencyName: agency.name,
}
