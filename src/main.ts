import '@/styles/tokens.css'
import '@/styles/base.css'
import { createPinia } from 'pinia'
import { createApp, createSSRApp } from 'vue'
import App from '@/App.vue'
import { stageFirstLoad } from '@/composables/useStagedRender'
import { i18n, savedLocale, setLocale } from '@/i18n'
import { createAppRouter } from '@/router'
import { useSessionStore } from '@/stores/session'

/** Lets the browser paint and answer input before the next step of the boot. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

// The boot runs in three tasks instead of one: evaluating the modules, then building the router and
// resolving the first route, then mounting. On a cheap phone each is a long task of its own, and
// together they blocked input for a quarter of a second while the home page, prerendered into the HTML
// (build/prerender.ts), was already on screen.
async function boot() {
  // The home page prerendered into the HTML (build/prerender.ts), when its inline check left it shown.
  const prerendered = document.querySelector<HTMLElement>('#app > [inert]')
  const hydrate = prerendered !== null && getComputedStyle(prerendered).display !== 'none'
  const pinia = createPinia()
  // Both start loading now (supabase-js for a stored session, the saved language's messages).
  useSessionStore(pinia).restoreIfHinted()
  const localeReady = setLocale(savedLocale()).catch(() => undefined)
  await nextTask()

  // The first paint of the app shows the whole first page: the language chosen on an earlier visit
  // (Indonesian if that fails) and the first route resolved, its component and messages loaded and, on
  // signed-in pages, the session restored. Mounting earlier would paint an empty page and header that
  // then shift.
  const router = createAppRouter()
  const app = (hydrate ? createSSRApp : createApp)(App).use(pinia).use(i18n).use(router)
  await Promise.all([localeReady, router.isReady().catch(() => undefined)])
  await nextTask()

  // A prerendered page on screen is hydrated: the app takes over its elements instead of building the
  // same page anew (a hidden one is replaced). Below the fold, the first page then fills in over the
  // next few tasks (useStagedRender).
  stageFirstLoad()
  if (hydrate) {
    app.mount(prerendered)
    prerendered.removeAttribute('inert')
  } else {
    app.mount('#app')
  }
}

void boot()
