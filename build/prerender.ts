import { mkdtempSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build, type Plugin, type ResolvedConfig } from 'vite'
import { inlineScriptBeforeStylesheet } from './routePreload.ts'

/** Whom the prerendered page is right for: see `prerenderedFor` in src/prerender.ts. */
export interface PrerenderedFor {
  locale: string
  localeKey: string
  authKey: string
  agencyKey: string
  agencyName: string
}

/**
 * The inline check, run in the head before the first paint: the prerendered home page stays only for the
 * visitor it shows, on `/` with no query or fragment (an auth redirect), Indonesian, signed out, and
 * no other agency name cached. For anyone else it is hidden until the app replaces it, so a deep
 * link, a returning English reader or a signed-in citizen never sees a page that then changes.
 */
export function prerenderCheck(f: PrerenderedFor): string {
  const j = JSON.stringify
  return `(function(){try{var s=localStorage,l=s.getItem(${j(f.localeKey)}),a=s.getItem(${j(f.agencyKey)});` +
    `if(location.pathname==='/'&&!location.search&&!location.hash&&(!l||l===${j(f.locale)})&&!s.getItem(${j(f.authKey)})` +
    `&&(!a||JSON.parse(a).name===${j(f.agencyName)}))return}catch(e){}` +
    `var c=document.createElement('style');c.textContent='#app>[inert]{display:none}';document.head.appendChild(c)})()`
}

/** `index.html` with the rendered page in the app's element, inert (nothing on it works until the app has hydrated it), and the check in the head. */
export function withPrerender(html: string, page: string, check: string): string {
  const app = '<div id="app"></div>'
  if (!html.includes(app)) throw new Error(`ppid:prerender: index.html has no ${app}`)
  return inlineScriptBeforeStylesheet(html, check).replace(app, `<div id="app"><div inert>${page}</div></div>`)
}

/**
 * Production builds put the home page, as a first-time visitor first sees it, into `index.html`: on a
 * slow phone it then paints as soon as the HTML and the stylesheet are in, about a second before the
 * app's JavaScript has arrived and run. The page is rendered by Vue's server renderer from a second,
 * server-side build of `src/prerender.ts` with the same plugins, so its markup and scoped styles are the
 * app's own. The app then hydrates it (src/main.ts): it takes over these elements rather than building
 * the page again.
 */
export function prerender(root: string): Plugin {
  let config: ResolvedConfig
  return {
    name: 'ppid:prerender',
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
    configResolved(resolved) {
      config = resolved
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        if (!ctx.bundle) return
        // Inside the project, so that the build's imports of vue and the rest resolve from node_modules.
        const outDir = mkdtempSync(join(root, 'node_modules', '.ppid-prerender-'))
        try {
          await build({
            root,
            configFile: config.configFile,
            mode: config.mode,
            logLevel: 'warn',
            build: { ssr: resolve(root, 'src/prerender.ts'), outDir, emptyOutDir: true, copyPublicDir: false, minify: false },
          })
          const entry = (await import(pathToFileURL(join(outDir, 'prerender.js')).href)) as {
            renderHome(): Promise<string>
            prerenderedFor: PrerenderedFor
          }
          return withPrerender(html, await entry.renderHome(), prerenderCheck(entry.prerenderedFor))
        } finally {
          rmSync(outDir, { recursive: true, force: true })
        }
      },
    },
  }
}
