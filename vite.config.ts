import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'

export default defineConfig({
  plugins: [vue({ features: { optionsAPI: false } })],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  define: {
    // vue-i18n esm-bundler flags: composition API only, so the legacy API is dropped from the bundle, and
    // no global <i18n-t>/<i18n-n>/<i18n-d> components or v-t directive (unused; import them where needed).
    __VUE_I18N_FULL_INSTALL__: false,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
})
