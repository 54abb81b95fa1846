import '@/styles/tokens.css'
import '@/styles/base.css'
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from '@/App.vue'
import { stageFirstLoad } from '@/composables/useStagedRender'
import { i18n, savedLocale, setLocale } from '@/i18n'
import { createAppRouter } from '@/router'
import { useSessionStore } from '@/stores/session'

const pinia = createPinia()
const router = createAppRouter()
const app = createApp(App).use(pinia).use(i18n).use(router)

useSessionStore(pinia).restoreIfHinted()

// The first paint shows the whole first page: the language chosen on an earlier visit (Indonesian if
// that fails) and the first route resolved, its component and messages loaded and, on signed-in pages,
// the session restored. Mounting earlier would paint an empty page and header that then shift.
// Below the fold, the first page then fills in over the next few tasks (useStagedRender).
Promise.all([setLocale(savedLocale()).catch(() => undefined), router.isReady().catch(() => undefined)]).then(() => {
  stageFirstLoad()
  app.mount('#app')
})
