import '@/styles/tokens.css'
import '@/styles/base.css'
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from '@/App.vue'
import { i18n, savedLocale, setLocale } from '@/i18n'
import { createAppRouter } from '@/router'
import { useSessionStore } from '@/stores/session'

const pinia = createPinia()
const app = createApp(App).use(pinia).use(i18n).use(createAppRouter())

useSessionStore(pinia).restoreIfHinted()

// Load the visitor's earlier language choice before the first paint; Indonesian if that fails.
setLocale(savedLocale())
  .catch(() => undefined)
  .then(() => app.mount('#app'))
