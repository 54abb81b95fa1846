import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseAst, type Plugin } from 'vite'
import { LOCALE_STORAGE_KEY, LOCALES, messageModulesFor, type Locale } from '../src/i18n/modules.ts'

/** A route of the route table whose page loads lazily. */
export interface LazyRoute {
  path: string
  /** The page module, as written in the route (`@/pages/citizen/RequestNewPage.vue`). */
  page: string
  /** The guard waits for the session (signed-in, staff and guest-only pages), so supabase-js loads first. */
  session: boolean
  titleKey: string
}

interface Node {
  type: string
  [key: string]: unknown
}

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && typeof (value as Node).type === 'string'
const keyOf = (property: Node) => (isNode(property.key) ? ((property.key.name ?? property.key.value) as string | undefined) : undefined)
const propertiesOf = (object: Node) => (object.properties as Node[]).filter((p) => p.type === 'Property')

/** The routes a route module (TypeScript) declares as `{ path: '…', component: () => import('…'), meta: {…} }`. */
export function lazyRoutesIn(code: string, file: string): LazyRoute[] {
  const routes: LazyRoute[] = []
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit)
    if (!isNode(node)) return
    if (node.type === 'ObjectExpression') {
      const props = new Map(propertiesOf(node).map((p) => [keyOf(p), p.value as Node]))
      const path = props.get('path')
      const component = props.get('component')
      const loaded = component?.type === 'ArrowFunctionExpression' && isNode(component.body) && component.body.type === 'ImportExpression' ? component.body : null
      if (path?.type === 'Literal' && typeof path.value === 'string' && loaded && isNode(loaded.source) && typeof loaded.source.value === 'string') {
        const meta = props.get('meta')
        const metaProps = new Map(meta?.type === 'ObjectExpression' ? propertiesOf(meta).map((p) => [keyOf(p), p.value as Node]) : [])
        // requiresAuth: false waits for nothing; any other value of these three makes the guard wait.
        const waits = ['requiresAuth', 'guestOnly', 'roles'].some((k) => metaProps.has(k) && !(metaProps.get(k)!.type === 'Literal' && metaProps.get(k)!.value === false))
        const titleKey = metaProps.get('titleKey')
        routes.push({ path: path.value, page: loaded.source.value, session: waits, titleKey: titleKey?.type === 'Literal' ? String(titleKey.value) : '' })
      }
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'type') visit(value)
  }
  visit(parseAst(code, { lang: 'ts' }, file))
  return routes
}

/** The files of the route table under `root`: src/router.ts and the modules of src/routes. */
export function routeFiles(root: string): string[] {
  const modules = readdirSync(resolve(root, 'src', 'routes')).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  return ['src/router.ts', ...modules.map((f) => `src/routes/${f}`)]
}

/**
 * The regular expression vue-router matches a path like this with (case-insensitive, optional trailing
 * slash), or null for a path it cannot say for sure (custom parameter patterns, optional or repeated
 * parameters): such a route is simply not preloaded.
 */
export function pathPattern(path: string): string | null {
  const segments = path.split('/').filter(Boolean)
  const parts: string[] = []
  for (const segment of segments) {
    if (/^:\w+$/.test(segment)) parts.push('[^/]+')
    else if (/^[\w.~-]+$/.test(segment)) parts.push(segment.replace(/[.~-]/g, '\\$&'))
    else return null
  }
  return `^/${parts.join('/')}/?$`
}

/** The part of an output chunk this plugin reads. */
export interface BuiltChunk {
  type: 'chunk'
  fileName: string
  facadeModuleId: string | null
  isEntry: boolean
  imports: string[]
  viteMetadata?: { importedCss: Set<string> }
}
export type Bundle = Record<string, BuiltChunk | { type: 'asset'; fileName: string }>

/**
 * `files` are the build's file names (`assets/…`), to be read after `base`. For each route: its path
 * pattern, the indexes of the files to preload, then per locale (in LOCALES order) those of its messages.
 */
export type PreloadTable = { base: string; files: string[]; routes: [pattern: string, files: number[], ...messages: number[][]][] }

/**
 * What each lazy route downloads before its page can show, beyond what the HTML already loads: its
 * page's chunk with the chunks it imports statically and their CSS, supabase-js when the guard waits
 * for the session, and the page's message modules in each locale. Routes are ordered most specific
 * first (fewer parameters, then more segments), as vue-router ranks a static segment above a parameter.
 */
export function preloadTable(
  routes: LazyRoute[],
  bundle: Bundle,
  moduleOf: (route: LazyRoute) => string,
  base: string,
  srcDir: string,
  warn: (message: string) => void = () => undefined,
): PreloadTable {
  const chunks = Object.values(bundle).filter((c): c is BuiltChunk => c.type === 'chunk')
  const byFacade = new Map(chunks.map((c) => [c.facadeModuleId, c]))
  const byFile = new Map(chunks.map((c) => [c.fileName, c]))
  const closure = (roots: BuiltChunk[]) => {
    const seen = new Set<BuiltChunk>()
    const visit = (chunk: BuiltChunk) => {
      if (seen.has(chunk)) return
      seen.add(chunk)
      for (const file of chunk.imports) visit(byFile.get(file)!)
    }
    roots.forEach(visit)
    return seen
  }
  const inHtml = closure(chunks.filter((c) => c.isEntry))
  const filesOf = (roots: BuiltChunk[]) =>
    [...closure(roots)].filter((c) => !inHtml.has(c)).flatMap((c) => [c.fileName, ...(c.viteMetadata?.importedCss ?? [])])
  const supabase = chunks.find((c) => c.facadeModuleId?.includes('/node_modules/@supabase/supabase-js/'))
  const files: string[] = []
  const index = (names: string[]) =>
    [...new Set(names)].map((name) => {
      const at = files.indexOf(name)
      return at >= 0 ? at : files.push(name) - 1
    })
  const ranked = routes
    .map((route) => ({ route, pattern: pathPattern(route.path), page: byFacade.get(moduleOf(route)) }))
    .filter((r): r is { route: LazyRoute; pattern: string; page: BuiltChunk } => {
      if (r.pattern !== null && !r.page) warn(`route ${r.route.path}: no chunk starts at ${r.route.page}, so it is not preloaded`)
      return r.pattern !== null && r.page !== undefined
    })
    .sort((a, b) => (a.route.path.match(/:/g)?.length ?? 0) - (b.route.path.match(/:/g)?.length ?? 0) || b.route.path.split('/').length - a.route.path.split('/').length)
  return {
    base,
    files,
    routes: ranked.map(({ route, pattern, page }) => {
      const messages = LOCALES.map((locale: Locale) =>
        index(filesOf(messageModulesFor(route.titleKey).flatMap((m) => byFacade.get(resolve(srcDir, 'i18n', locale, `${m}.ts`)) ?? []))),
      )
      return [pattern, index(filesOf(route.session && supabase ? [page, supabase] : [page])), ...messages]
    }),
  }
}

/**
 * The inline script that starts the current route's downloads while the entry still loads. A chunk gets
 * the modulepreload link Vite's preload helper would add later, so the helper adds none. A CSS file is
 * only fetched (`preload`): the helper still adds its stylesheet and waits for it before the page
 * renders, so nothing shows unstyled. Both are CORS requests like the helper's, so the browser reuses
 * them. Any failure leaves the app to load as before.
 */
export function preloadScript(table: PreloadTable): string {
  const locales = JSON.stringify(LOCALES)
  return `(function(t){try{var l=0;try{l=Math.max(0,${locales}.indexOf(localStorage.getItem(${JSON.stringify(LOCALE_STORAGE_KEY)})))}catch(e){}` +
    `for(var i=0;i<t.routes.length;i++){var r=t.routes[i];if(!new RegExp(r[0],'i').test(location.pathname))continue;` +
    `var f=r[1].concat(r[2+l]);for(var j=0;j<f.length;j++){var h=t.files[f[j]],k=document.createElement('link');` +
    `if(/\\.css$/.test(h)){k.rel='preload';k.as='style'}else k.rel='modulepreload';k.crossOrigin='';k.href=t.base+h;document.head.appendChild(k)}return}}catch(e){}})(${JSON.stringify(table)})`
}

/**
 * `html` with an inline script just before its first stylesheet (or the end of the head): one placed
 * after a stylesheet would wait for it to load before running.
 */
export function inlineScriptBeforeStylesheet(html: string, code: string): string {
  const at = html.search(/<link rel="stylesheet"|<\/head>/)
  return `${html.slice(0, at)}<script>${code}</script>\n    ${html.slice(at)}`
}

/** The preload table of the app under `root`, from its own route files. */
export function appPreloadTable(root: string, bundle: Bundle, base: string, warn?: (message: string) => void): PreloadTable {
  const src = resolve(root, 'src')
  const routes = routeFiles(root).flatMap((file) => lazyRoutesIn(readFileSync(resolve(root, file), 'utf8'), file))
  const moduleOf = (route: LazyRoute) => {
    if (!route.page.startsWith('@/')) throw new Error(`route ${route.path}: write the page as @/…, not ${route.page}`)
    return resolve(src, route.page.slice(2))
  }
  return preloadTable(routes, bundle, moduleOf, base, src, warn)
}

/** The stylesheets (`base` + file) the page at `path` loads beyond the entry's, from the table. */
export function stylesheetsOf(table: PreloadTable, path: string): string[] {
  const route = table.routes.find(([pattern]) => new RegExp(pattern, 'i').test(path))
  return (route?.[1] ?? []).map((i) => table.files[i]!).filter((file) => file.endsWith('.css')).map((file) => table.base + file)
}

/**
 * Production builds start a deep link's own downloads (its page, supabase-js, its messages) from the
 * HTML, beside the entry's, instead of after the entry has loaded and the router has run. On the slow
 * 4G Lighthouse assumes that is one round of requests less before the page shows (the request form's
 * came a second after the entry's). The route table is read from the app's own route files.
 */
export function routePreload(root: string): Plugin {
  let base = '/'
  let warn = (message: string) => console.warn(message)
  return {
    name: 'ppid:route-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base
      warn = (message) => config.logger.warn(`ppid:route-preload: ${message}`)
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return
        // After the entry's own script and modulepreloads, so those are requested first.
        return inlineScriptBeforeStylesheet(html, preloadScript(appPreloadTable(root, ctx.bundle as Bundle, base, warn)))
      },
    },
  }
}
