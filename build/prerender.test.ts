import { describe, expect, it } from 'vitest'
import { prerenderCheck, withPrerender, type PrerenderedFor } from './prerender.ts'

describe('prerenderCheck', () => {
  const prerenderedFor: PrerenderedFor = { locale: 'id', localeKey: 'lang', authKey: 'auth', agencyKey: 'agency', agencyName: 'Dinas "Satu"' }
  const stored = (entries: Record<string, string>) => ({ getItem: (key: string) => entries[key] ?? null })
  /** Runs the check against a location and storage of our own: true when it hides the prerendered page. */
  function hides(where: string, storage: { getItem(key: string): string | null }): boolean {
    const added: { textContent: string }[] = []
    const document = { createElement: () => ({ textContent: '' }), head: { appendChild: (style: { textContent: string }) => added.push(style) } }
    const { pathname, search, hash } = new URL(where, 'https://ppid.example')
    new Function('document', 'location', 'localStorage', prerenderCheck(prerenderedFor))(document, { pathname, search, hash }, storage)
    if (added.length > 0) expect(added).toEqual([{ textContent: '#app>[inert]{display:none}' }])
    return added.length > 0
  }

  it('keeps the page for a first-time visitor on the home page, and for one who chose Indonesian', () => {
    expect(hides('/', stored({}))).toBe(false)
    expect(hides('/', stored({ [prerenderedFor.localeKey]: 'id' }))).toBe(false)
    expect(hides('/', stored({ [prerenderedFor.agencyKey]: JSON.stringify({ name: prerenderedFor.agencyName }) }))).toBe(false)
  })

  it('hides it on any other address, including an auth redirect to the home page', () => {
    for (const where of ['/permohonan/baru', '/cek-status', '/?code=abc', '/#access_token=x', '/x/']) expect(hides(where, stored({}))).toBe(true)
  })

  it('hides it for an English reader, a stored session, another cached agency name, and when storage throws', () => {
    expect(hides('/', stored({ [prerenderedFor.localeKey]: 'en' }))).toBe(true)
    expect(hides('/', stored({ [prerenderedFor.authKey]: '{"access_token":"x"}' }))).toBe(true)
    expect(hides('/', stored({ [prerenderedFor.agencyKey]: JSON.stringify({ name: 'Dinas Lain' }) }))).toBe(true)
    expect(hides('/', stored({ [prerenderedFor.agencyKey]: 'not json' }))).toBe(true)
    expect(hides('/', { getItem: () => { throw new Error('denied') } })).toBe(true)
  })
})

describe('withPrerender', () => {
  const html = '<head>\n<script type="module" src="/a.js"></script>\n<link rel="stylesheet" href="/a.css">\n</head><body><div id="app"></div></body>'

  it('puts the page, inert, into the app element and the check before the stylesheet', () => {
    expect(withPrerender(html, '<main>x</main>', 'check()')).toBe(
      '<head>\n<script type="module" src="/a.js"></script>\n<script>check()</script>\n    <link rel="stylesheet" href="/a.css">\n</head><body><div id="app"><div inert><main>x</main></div></div></body>',
    )
  })

  it('refuses an index.html without the empty app element', () => {
    expect(() => withPrerender('<body><div id="root"></div></body>', 'x', 'c()')).toThrow(/no <div id="app"><\/div>/)
  })
})
