import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig, type Plugin } from 'vite'

/**
 * Production builds leave Realtime out of supabase-js (about 15 KiB gzip on every signed-in page): the
 * app polls instead. Dev server and tests keep the real package. See src/lib/supabaseRealtimeOff.ts.
 */
function noRealtime(): Plugin {
  const replacement = fileURLToPath(new URL('./src/lib/supabaseRealtimeOff.ts', import.meta.url))
  return {
    name: 'ppid:no-realtime',
    apply: 'build',
    enforce: 'pre',
    resolveId: (id) => (id === '@supabase/realtime-js' ? replacement : undefined),
  }
}

export default defineConfig({
  plugins: [vue({ features: { optionsAPI: false } }), noRealtime()],
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
