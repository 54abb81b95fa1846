import { describe, expect, it } from 'vitest'
import type { PrerenderedFor, PrerenderedPage } from '../src/prerendered.ts'
import { emailFill, prerenderCheck, withPrerender } from './prerender.ts'

describe('prerenderCheck', () => {
  const prerenderedFor: PrerenderedFor = { locale: 'id', localeKey: 'lang', authKey: 'auth', agencyKey: 'agency', agencyName: 'Dinas "Satu"', emailPlaceholder: '…' }
  const pages: (PrerenderedPage & { stylesheets: string[] })[] = [
    { name: 'home', path: '/', html: '', signedIn: false, showsAgencyName: true, stylesheets: [] },
    { name: 'request-form', path: '/permohonan/baru', html: '', signedIn: true, showsAgencyName: false, stylesheets: ['/assets/Form-1.css', '/assets/Field-2.css'] },
  ]
  const session = JSON.stringify({ access_token: 'x', user: { email: 'warga@contoh.id' } })
  const stored = (entries: Record<string, string>) => ({ getItem: (key: string) => entries[key] ?? null })
  /** Runs the check against a location and storage of our own: the page it leaves shown, or null. */
  type Added = { tag: string; textContent?: string; attributes: Record<string, string>; [property: string]: unknown }
  let added: Added[] = []
  function shown(where: string, storage: { getItem(key: string): string | null }): string | null {
    added = []
    const element = (tag: string): Added => ({ tag, attributes: {}, setAttribute(name: string, value: string) { this.attributes[name] = value } })
    const root = element('html')
    const document = { createElement: element, documentElement: root, head: { appendChild: (node: Added) => added.push(node) } }
    const { pathname, search, hash } = new URL(where, 'https://ppid.example')
    new Function('document', 'location', 'localStorage', prerenderCheck(prerenderedFor, pages))(document, { pathname, search, hash }, storage)
    // The rule that hides the others comes last, after the shown page's stylesheets; the root names the
    // page shown, for the app.
    const style = added.at(-1)!
    expect(style.tag).toBe('style')
    if (style.textContent === '#app>[inert]{display:none}') {
      expect(root.attributes).toEqual({})
      return null
    }
    const page = /^#app>\[inert\]:not\(\[data-prerendered="([a-z-]+)"\]\)\{display:none\}$/.exec(style.textContent ?? '')?.[1]
    expect(page).toBeDefined()
    expect(root.attributes).toEqual({ 'data-prerendered': page })
    return page!
  }
  const stylesheets = () => added.filter((node) => node.tag === 'link')

  it('shows the home page to a first-time visitor, and to one who chose Indonesian', () => {
    expect(shown('/', stored({}))).toBe('home')
    expect(stylesheets()).toEqual([])
    expect(shown('/', stored({ [prerenderedFor.localeKey]: 'id' }))).toBe('home')
    expect(shown('/', stored({ [prerenderedFor.agencyKey]: JSON.stringify({ name: prerenderedFor.agencyName }) }))).toBe('home')
  })

  it('shows the request form to a signed-in visitor on its address, whatever agency name is cached, with its stylesheets render-blocking', () => {
    expect(shown('/permohonan/baru', stored({ [prerenderedFor.authKey]: session }))).toBe('request-form')
    expect(stylesheets()).toEqual(['/assets/Form-1.css', '/assets/Field-2.css'].map((href) => expect.objectContaining({ rel: 'stylesheet', href, crossOrigin: '', attributes: { blocking: 'render' } })))
    expect(shown('/permohonan/baru', stored({ [prerenderedFor.authKey]: session, [prerenderedFor.agencyKey]: '{"name":"Dinas Lain"}' }))).toBe('request-form')
  })

  it('shows none on any other address, including an auth redirect to the home page', () => {
    for (const where of ['/cek-status', '/?code=abc', '/#access_token=x', '/x/', '/permohonan/baru/', '/permohonan/baru?langkah=2']) {
      expect(shown(where, stored({ [prerenderedFor.authKey]: session }))).toBe(null)
      expect(shown(where, stored({}))).toBe(null)
      expect(stylesheets()).toEqual([])
    }
  })

  it('shows none for an English reader, the wrong side of sign-in, another cached agency name, or storage that throws', () => {
    expect(shown('/', stored({ [prerenderedFor.localeKey]: 'en' }))).toBe(null)
    expect(shown('/permohonan/baru', stored({ [prerenderedFor.localeKey]: 'en', [prerenderedFor.authKey]: session }))).toBe(null)
    expect(shown('/', stored({ [prerenderedFor.authKey]: session }))).toBe(null)
    expect(shown('/permohonan/baru', stored({}))).toBe(null)
    expect(shown('/permohonan/baru', stored({ [prerenderedFor.authKey]: '{"access_token":"x"}' }))).toBe(null)
    expect(shown('/permohonan/baru', stored({ [prerenderedFor.authKey]: 'not json' }))).toBe(null)
    expect(shown('/', stored({ [prerenderedFor.agencyKey]: JSON.stringify({ name: 'Dinas Lain' }) }))).toBe(null)
    expect(shown('/', stored({ [prerenderedFor.agencyKey]: 'not json' }))).toBe(null)
    expect(shown('/', { getItem: () => { throw new Error('denied') } })).toBe(null)
  })
})

describe('emailFill', () => {
  const prerenderedFor: PrerenderedFor = { locale: 'id', localeKey: 'lang', authKey: 'auth', agencyKey: 'agency', agencyName: 'Dinas', emailPlaceholder: '…' }
  /** Runs the fill in a page of our own, as the last script of `html`; returns the page's text nodes. */
  // happy-dom's document (the build's TypeScript project has no DOM types).
  const { document } = globalThis as unknown as {
    document: { createElement(tag: string): { innerHTML: string; querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }> }; createTreeWalker(...args: unknown[]): unknown }
  }
  let removed = 0
  function fill(html: string, session: string | null): string[] {
    removed = 0
    const page = document.createElement('div')
    page.innerHTML = html
    const dom = { currentScript: { parentNode: page, remove: () => (removed += 1) }, createTreeWalker: document.createTreeWalker.bind(document) }
    new Function('document', 'localStorage', emailFill(prerenderedFor, 'Masuk sebagai …'))(dom, { getItem: (key: string) => (key === 'auth' ? session : null) })
    return Array.from(page.querySelectorAll('p'), (p) => p.textContent ?? '')
  }
  const html = '<header><p> Masuk sebagai … </p></header><main><p>Memeriksa kelengkapan profil…</p><p>Masuk sebagai …!</p></main>'

  it("puts the stored session's email in the signed-in line only, as text", () => {
    const email = '<img src=x onerror=alert(1)>@contoh.id'
    expect(fill(html, JSON.stringify({ user: { email } }))).toEqual([` Masuk sebagai ${email} `, 'Memeriksa kelengkapan profil…', 'Masuk sebagai …!'])
    // The script removes itself: the page is then exactly what the app hydrates.
    expect(removed).toBe(1)
  })

  it('leaves the page as it is without a readable session, and still removes itself', () => {
    const untouched = [' Masuk sebagai … ', 'Memeriksa kelengkapan profil…', 'Masuk sebagai …!']
    for (const session of [null, 'not json', '{"user":null}']) {
      expect(fill(html, session)).toEqual(untouched)
      expect(removed).toBe(1)
    }
  })
})

describe('withPrerender', () => {
  const html = '<head>\n<script type="module" src="/a.js"></script>\n<link rel="stylesheet" href="/a.css">\n</head><body><div id="app"></div></body>'

  it('puts the pages, inert and named, into the app element, a page\'s fill after it, and the check before the stylesheet', () => {
    expect(withPrerender(html, [{ name: 'home', html: '<main>x</main>' }, { name: 'form', html: '<main>y</main>', fill: 'fill()' }], 'check()')).toBe(
      '<head>\n<script type="module" src="/a.js"></script>\n<script>check()</script>\n    <link rel="stylesheet" href="/a.css">\n</head><body><div id="app">' +
        '<div inert data-prerendered="home"><main>x</main></div><div inert data-prerendered="form"><main>y</main><script>fill()</script></div></div></body>',
    )
  })

  it('refuses an index.html without the empty app element', () => {
    expect(() => withPrerender('<body><div id="root"></div></body>', [{ name: 'home', html: 'x' }], 'c()')).toThrow(/no <div id="app"><\/div>/)
  })
})
