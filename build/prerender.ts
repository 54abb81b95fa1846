import { mkdtempSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build, type Plugin, type ResolvedConfig } from 'vite'
import type { PrerenderedFor, PrerenderedPage } from '../src/prerendered.ts'
import { appPreloadTable, inlineScriptBeforeStylesheet, stylesheetsOf, type Bundle } from './routePreload.ts'

/**
 * The inline check, run in the head before the first paint: it shows the prerendered page that is
 * exactly what this visitor's first paint of the app will be, if any, and hides the others until the
 * app replaces them. A page shows on its own address with no query or fragment (an auth redirect), in
 * Indonesian; the home page only signed out and with no other agency name cached, the request form only
 * with a stored session that has an email. Anyone else (a deep link elsewhere, a returning English
 * reader) never sees a page that then changes. The page shown is named on the root element
 * (`data-prerendered`) for the app, which so finds it without computing styles. The stylesheets of a shown page beyond the entry's (a
 * lazy page's) are added render-blocking, as the page must not paint unstyled and then move; the app's
 * preload helper finds them there later.
 */
export function prerenderCheck(f: PrerenderedFor, pages: readonly (PrerenderedPage & { stylesheets?: string[] })[]): string {
  const j = JSON.stringify
  const table = j(pages.map((p) => ({ n: p.name, p: p.path, s: p.signedIn, a: p.showsAgencyName, c: p.stylesheets ?? [] })))
  return `(function(){var p='';try{var s=localStorage,l=s.getItem(${j(f.localeKey)}),a=s.getItem(${j(f.agencyKey)}),u=s.getItem(${j(f.authKey)}),x=location,P=${table};` +
    `if(!x.search&&!x.hash&&(!l||l===${j(f.locale)}))for(var i=0;i<P.length;i++){var g=P[i];` +
    `if(x.pathname===g.p&&(g.s?typeof JSON.parse(u).user.email==='string':!u)&&(!g.a||!a||JSON.parse(a).name===${j(f.agencyName)})){p=g.n;` +
    `for(var k=0;k<g.c.length;k++){var c=document.createElement('link');c.rel='stylesheet';c.crossOrigin='';c.setAttribute('blocking','render');c.href=g.c[k];document.head.appendChild(c)}break}}}catch(e){}` +
    `if(p)document.documentElement.setAttribute('data-prerendered',p);` +
    `var c=document.createElement('style');c.textContent='#app>[inert]'+(p?':not([data-prerendered="'+p+'"])':'')+'{display:none}';document.head.appendChild(c)})()`
}

/**
 * Run at the end of a signed-in page, before the first paint: puts the stored session's email where the
 * page has the placeholder, in the text node that reads exactly `line` (the header's "signed in as"),
 * then removes itself, leaving the page as the app renders it, to be hydrated.
 */
export function emailFill(f: PrerenderedFor, line: string): string {
  const j = JSON.stringify
  return `(function(){var s=document.currentScript;try{var e=JSON.parse(localStorage.getItem(${j(f.authKey)})).user.email,` +
    `w=document.createTreeWalker(s.parentNode,4),n;` +
    `while((n=w.nextNode()))if(n.nodeValue.trim()===${j(line)})n.nodeValue=n.nodeValue.replace(${j(f.emailPlaceholder)},e)}catch(e){}s.remove()})()`
}

/**
 * `index.html` with the rendered pages in the app's element, each inert (nothing on it works until the
 * app has taken it over) and named for the check, the check in the head, and after a signed-in page
 * the script that fills in its email.
 */
export function withPrerender(html: string, pages: readonly { name: string; html: string; fill?: string }[], check: string): string {
  const app = '<div id="app"></div>'
  if (!html.includes(app)) throw new Error(`ppid:prerender: index.html has no ${app}`)
  const rendered = pages.map((p) => `<div inert data-prerendered="${p.name}">${p.html}${p.fill ? `<script>${p.fill}</script>` : ''}</div>`)
  return inlineScriptBeforeStylesheet(html, check).replace(app, `<div id="app">${rendered.join('')}</div>`)
}

/**
 * Production builds put the first paint of the home page (a first-time visitor's) and of the request
 * form (a signed-in citizen's) into `index.html`: on a slow phone the page then shows as soon as the
 * HTML and the stylesheet are in, about a second before the app's JavaScript has arrived and run. The
 * pages are rendered by Vue's server renderer from a second, server-side build of `src/prerender.ts`
 * with the same plugins, so their markup and scoped styles are the app's own. The app then hydrates the
 * page (src/main.ts), taking over its elements rather than building them anew.
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
            renderPages(): Promise<PrerenderedPage[]>
            signedInLine: string
            prerenderedFor: PrerenderedFor
          }
          const pages = await entry.renderPages()
          const fill = emailFill(entry.prerenderedFor, entry.signedInLine)
          for (const page of pages.filter((p) => p.signedIn)) {
            if (!page.html.includes(`>${entry.signedInLine}<`)) throw new Error(`ppid:prerender: ${page.path} has no "${entry.signedInLine}" for the email`)
          }
          const table = appPreloadTable(root, ctx.bundle as Bundle, config.base)
          const styled = pages.map((p) => ({ ...p, stylesheets: stylesheetsOf(table, p.path), fill: p.signedIn ? fill : undefined }))
          return withPrerender(html, styled, prerenderCheck(entry.prerenderedFor, styled))
        } finally {
          rmSync(outDir, { recursive: true, force: true })
        }
      },
    },
  }
}
