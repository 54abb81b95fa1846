import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig, type Plugin } from 'vite'
import { entryChunk } from './build/entryChunk.ts'
import { precompiledMessages } from './build/messages.ts'
import { prerender } from './build/prerender.ts'
import { routePreload } from './build/routePreload.ts'

/**
 * Production builds take pieces out of supabase-js's first load (see the files for the details):
 * Realtime, which the app does not use (it polls), about 15 KiB gzip; the storage client, which loads on
 * the first storage call instead, about 7 KiB; and from auth-js the admin API (service role only; the
 * user's own sign-out it carries stays) and the WebAuthn ceremonies (no passkeys here), about 4 KiB.
 * Dev server and tests use the packages as they are.
 */
function leanSupabase(): Plugin {
  const own = (file: string) => fileURLToPath(new URL(`./src/lib/${file}`, import.meta.url))
  const replacements: Record<string, string> = {
    '@supabase/realtime-js': own('supabaseRealtimeOff.ts'),
    '@supabase/storage-js': own('supabaseStorageLazy.ts'),
  }
  // auth-js's own modules import these by relative path.
  const authJsModules: Record<string, string> = {
    './GoTrueAdminApi': own('supabaseAuthAdminOff.ts'),
    './lib/webauthn': own('supabaseWebAuthnOff.ts'),
  }
  return {
    name: 'ppid:lean-supabase',
    apply: 'build',
    enforce: 'pre',
    resolveId(id, importer) {
      if (importer?.includes('/@supabase/auth-js/') && authJsModules[id]) return authJsModules[id]
      const replacement = replacements[id]
      // The replacement's own import of the real package resolves as usual.
      return replacement && importer !== replacement ? replacement : undefined
    },
  }
}

export default defineConfig({
  plugins: [
    vue({ features: { optionsAPI: false } }),
    leanSupabase(),
    precompiledMessages(),
    routePreload(fileURLToPath(new URL('.', import.meta.url))),
    prerender(fileURLToPath(new URL('.', import.meta.url))),
  ],
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
  build: {
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: entryChunk(fileURLToPath(new URL('./src/main.ts', import.meta.url))) }],
        },
      },
    },
  },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
})
