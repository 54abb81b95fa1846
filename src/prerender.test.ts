import { describe, expect, it } from 'vitest'
import { renderHome } from './prerender'

describe('renderHome', () => {
  it("renders the home page as a first-time visitor's first paint shows it: signed out, Indonesian, staged sections not yet in", async () => {
    const page = await renderHome()
    expect(page).toContain('<h1 tabindex="-1"')
    expect(page).toContain('Layanan Permohonan Informasi Publik</h1>')
    expect(page).toMatch(/<a href="\/masuk" class="base-button/)
    expect(page).toContain('id="main"')
    // The sections and the footer come in after the first paint (useStagedRender).
    expect(page).not.toContain('<footer')
    expect(page).not.toContain('home-procedure')
  })
})
