import '@/styles/tokens.css'
import '@/styles/base.css'
import { createPinia } from 'pinia'
import { createApp, createSSRApp } from 'vue'
import App from '@/App.vue'
import { stageFirstLoad } from '@/composables/useStagedRender'
import { i18n, savedLocale, setLocale } from '@/i18n'
import { nextTask } from '@/lib/nextTask'
import { createAppRouter } from '@/router'
import { useSessionStore } from '@/stores/session'

// The boot runs in several tasks instead of one: evaluating the modules, setting up the stores, building
// the router, resolving the first route, making the app, then mounting. On a cheap phone each is a task
// of its own, under the 50 ms that counts as blocking, and the browser can paint and answer input in
// between; together they blocked input for a quarter of a second while the page, prerendered into the
// HTML (build/prerender.ts), was already on screen.
async function boot() {
  // The page prerendered into the HTML that its inline check left shown, if any: the home page to a
  // first-time visitor, the request form to a signed-in citizen. The check names it on the root element.
  const shownName = document.documentElement.dataset.prerendered
  const prerendered = shownName ? document.querySelector<HTMLElement>(`#app > [inert][data-prerendered="${shownName}"]`) : null
  const address = location.pathname + location.search + location.hash
  await nextTask()

  const pinia = createPinia()
  const session = useSessionStore(pinia)
  // Both start loading now (supabase-js for a stored session, the saved language's messages).
  session.restoreIfHinted()
  const localeReady = setLocale(savedLocale()).catch(() => undefined)
  await nextTask()

  // The first paint of the app shows the whole first page: the language chosen on an earlier visit
  // (Indonesian if that fails) and the first route resolved, its component and messages loaded and, on
  // signed-in pages, the session restored. Mounting earlier would paint an empty page and header that
  // then shift. The router makes its first navigation here rather than when the app installs it, so
  // that the app is made knowing where it landed.
  const router = createAppRouter()
  await nextTask()
  const landed = router.push(router.options.history.location).catch(() => undefined)
  await Promise.all([localeReady, landed, router.isReady().catch(() => undefined)])
  await nextTask()
  const app = (prerendered ? createSSRApp : createApp)(App).use(pinia).use(i18n).use(router)
  await nextTask()

  // A prerendered page on screen is hydrated when the app's first render is that very page: the app
  // takes over its elements instead of building them anew. Not when the guard sent the visitor
  // elsewhere (a stored session that turned out expired), nor when a staff member's roles arrived
  // before the mount (the prerendered menu is a citizen's): the app then replaces it (with the
  // prerendered pages gone, a production build's SSR app mounts afresh, without a word). Below the
  // fold, the first page then fills in over the next few tasks (useStagedRender).
  stageFirstLoad()
  if (prerendered && router.currentRoute.value.fullPath === address && session.roles.length === 0) {
    for (const other of document.querySelectorAll('#app > [inert]')) if (other !== prerendered) other.remove()
    app.mount(prerendered)
    prerendered.removeAttribute('inert')
  } else {
    const root = document.getElementById('app')!
    root.replaceChildren()
    app.mount(root)
  }
}

void boot()
