import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { lazyRoutesIn, pathPattern, preloadScript, preloadTable, routeFiles, stylesheetsOf, type Bundle, type BuiltChunk, type LazyRoute } from './routePreload.ts'

interface AppRoute {
  path: string
  component?: object
  meta?: { requiresAuth?: boolean; guestOnly?: boolean; roles?: readonly string[] }
}

describe('lazyRoutesIn', () => {
  it('reads path, page, session wait and title of each lazily loaded route, in TypeScript', () => {
    const code = `
      import type { RouteRecordRaw } from 'vue-router'
      import HomePage from '@/pages/public/HomePage.vue'
      export const routes: RouteRecordRaw[] = [
        { path: '/', component: HomePage, meta: { titleKey: 'home.title' } },
        { path: '/a', component: () => import('@/pages/A.vue'), meta: { titleKey: 'citizen.a', requiresAuth: true } },
        { path: '/b/:id', name: 'b', component: () => import('@/pages/B.vue'), meta: { titleKey: 'officer.b', roles: ['ppid'] as const } },
        { path: '/c', component: () => import('@/pages/C.vue'), meta: { titleKey: 'auth.c', guestOnly: true } },
        { path: '/d', component: () => import('@/pages/D.vue'), meta: { titleKey: 'x.d', requiresAuth: false } },
        { path: '/e', component: () => import('@/pages/E.vue') },
      ]`
    expect(lazyRoutesIn(code, 'routes.ts')).toEqual([
      { path: '/a', page: '@/pages/A.vue', session: true, titleKey: 'citizen.a' },
      { path: '/b/:id', page: '@/pages/B.vue', session: true, titleKey: 'officer.b' },
      { path: '/c', page: '@/pages/C.vue', session: true, titleKey: 'auth.c' },
      { path: '/d', page: '@/pages/D.vue', session: false, titleKey: 'x.d' },
      { path: '/e', page: '@/pages/E.vue', session: false, titleKey: '' },
    ])
  })

  it("finds every lazy route of the app's own table, with the same session wait as its meta", async () => {
    const parsed = routeFiles('.').flatMap((file) => lazyRoutesIn(readFileSync(file, 'utf8'), file))
    // The app's own table, as the browser gets it (a computed specifier keeps the app's code out of the
    // Node type check; Vitest resolves it with the app's aliases).
    const app = '../src/router.ts'
    const { routes } = (await import(app)) as { routes: AppRoute[] }
    const lazy = routes.filter((r) => typeof r.component === 'function' && !('__name' in r.component))
    expect(lazy.length).toBeGreaterThan(20)
    expect(parsed.map((r) => r.path).sort()).toEqual(lazy.map((r) => r.path).sort())
    for (const route of lazy) {
      const meta = route.meta ?? {}
      expect(parsed.find((r) => r.path === route.path)?.session, route.path).toBe(Boolean(meta.requiresAuth || meta.guestOnly || meta.roles))
    }
  })
})

describe('pathPattern', () => {
  const matches = (path: string, url: string) => new RegExp(pathPattern(path)!, 'i').test(url)

  it('matches as vue-router does: parameters one segment each, an optional trailing slash', () => {
    expect(matches('/permohonan/:id', '/permohonan/abc-123')).toBe(true)
    expect(matches('/permohonan/:id', '/permohonan/abc/tanda-terima')).toBe(false)
    expect(matches('/permohonan/:id/tanda-terima', '/permohonan/abc/tanda-terima/')).toBe(true)
    expect(matches('/cek-status', '/cek-status')).toBe(true)
    expect(matches('/cek-status', '/cekXstatus')).toBe(false)
    expect(matches('/petugas', '/petugas/antrian')).toBe(false)
  })

  it('declines paths it cannot match for sure', () => {
    expect(pathPattern('/:pathMatch(.*)*')).toBeNull()
    expect(pathPattern('/a/:id?')).toBeNull()
    expect(pathPattern('/a/:id(\\d+)')).toBeNull()
  })
})

const chunk = (fileName: string, facadeModuleId: string | null, imports: string[] = [], css: string[] = [], isEntry = false): BuiltChunk => ({
  type: 'chunk',
  fileName,
  facadeModuleId,
  isEntry,
  imports,
  viteMetadata: { importedCss: new Set(css) },
})

describe('preloadTable', () => {
  const bundle: Bundle = Object.fromEntries(
    [
      chunk('assets/entry.js', '/app/src/main.ts', ['assets/index.js'], ['assets/index.css'], true),
      chunk('assets/index.js', null),
      chunk('assets/Form.js', '/app/src/pages/Form.vue', ['assets/index.js', 'assets/field.js'], ['assets/Form.css']),
      chunk('assets/field.js', null, ['assets/index.js'], ['assets/field.css']),
      chunk('assets/Detail.js', '/app/src/pages/Detail.vue', ['assets/field.js']),
      chunk('assets/sb.js', '/app/node_modules/@supabase/supabase-js/dist/index.mjs', ['assets/sb-deps.js']),
      chunk('assets/sb-deps.js', null),
      chunk('assets/citizen-id.js', '/app/src/i18n/id/citizen.ts'),
      chunk('assets/citizen-en.js', '/app/src/i18n/en/citizen.ts'),
    ].map((c) => [c.fileName, c]),
  )
  const routes: LazyRoute[] = [
    { path: '/permohonan/:id', page: '@/pages/Detail.vue', session: false, titleKey: 'x.detail' },
    { path: '/permohonan/baru', page: '@/pages/Form.vue', session: true, titleKey: 'citizen.form.title' },
    { path: '/gone', page: '@/pages/NotBuilt.vue', session: false, titleKey: '' },
  ]
  const warnings: string[] = []
  const table = preloadTable(routes, bundle, (r) => r.page.replace('@/', '/app/src/'), '/base/', '/app/src', (m) => warnings.push(m))
  const named = (indexes: number[]) => indexes.map((i) => table.files[i])

  it("lists a route's page chunk, its imports and their CSS, minus what the HTML loads already", () => {
    const form = table.routes.find(([pattern]) => pattern.includes('baru'))!
    expect(named(form[1])).toEqual(['assets/Form.js', 'assets/Form.css', 'assets/field.js', 'assets/field.css', 'assets/sb.js', 'assets/sb-deps.js'])
    expect(table.base).toBe('/base/')
  })

  it('adds supabase-js only where the guard waits for the session, and the messages per locale', () => {
    const [form, detail] = table.routes
    expect(named(form![2]!)).toEqual(['assets/citizen-id.js'])
    expect(named(form![3]!)).toEqual(['assets/citizen-en.js'])
    expect(named(detail![1])).toEqual(['assets/Detail.js', 'assets/field.js', 'assets/field.css'])
    expect(detail![2]).toEqual([])
  })

  it("gives a path's stylesheets beyond the entry's, by the route that matches it first, after the base", () => {
    expect(stylesheetsOf(table, '/permohonan/baru')).toEqual(['/base/assets/Form.css', '/base/assets/field.css'])
    expect(stylesheetsOf(table, '/permohonan/42')).toEqual(['/base/assets/field.css'])
    expect(stylesheetsOf(table, '/elsewhere')).toEqual([])
  })

  it('puts a static path before a parameter that also matches it, and leaves out pages not in the build', () => {
    expect(table.routes.map(([pattern]) => pattern)).toEqual(['^/permohonan/baru/?$', '^/permohonan/[^/]+/?$'])
    expect(warnings).toEqual(['route /gone: no chunk starts at @/pages/NotBuilt.vue, so it is not preloaded'])
  })
})

describe('preloadScript', () => {
  const table = {
    base: '/',
    files: ['assets/Form.js', 'assets/Form.css', 'assets/id.js', 'assets/en.js'],
    routes: [['^/permohonan/baru/?$', [0, 1], [2], [3]]] as [string, number[], ...number[][]][],
  }
  /** Runs the script against a document head, a location and a stored locale of our own. */
  function run(pathname: string, storedLocale: string | null, storage: 'works' | 'throws' = 'works') {
    const head: Record<string, string>[] = []
    const document = { createElement: () => ({}), head: { appendChild: (link: Record<string, string>) => head.push(link) } }
    const localStorage = {
      getItem: () => {
        if (storage === 'throws') throw new Error('denied')
        return storedLocale
      },
    }
    new Function('document', 'location', 'localStorage', preloadScript(table))(document, { pathname }, localStorage)
    return head.map((l) => `${l.rel}${l.as ? `/${l.as}` : ''} ${l.href} ${JSON.stringify(l.crossOrigin)}`)
  }

  it("adds a modulepreload per chunk and a style preload per CSS file, with the stored locale's messages", () => {
    expect(run('/Permohonan/baru/', 'en')).toEqual([
      'modulepreload /assets/Form.js ""',
      'preload/style /assets/Form.css ""',
      'modulepreload /assets/en.js ""',
    ])
  })

  it('falls back to the first locale, and does nothing on a path without a lazy page', () => {
    expect(run('/permohonan/baru', 'fr').at(-1)).toBe('modulepreload /assets/id.js ""')
    expect(run('/permohonan/baru', null, 'throws').at(-1)).toBe('modulepreload /assets/id.js ""')
    expect(run('/', 'id')).toEqual([])
  })
})
