import { describe, expect, it } from 'vitest'
import { EMAIL_PLACEHOLDER, renderHome, renderRequestForm, signedInLine } from './prerender'

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

describe('renderRequestForm', () => {
  it("renders the request form as a signed-in citizen's first paint shows it: the citizen's menu, the email a placeholder, the heading while the profile is checked", async () => {
    const page = await renderRequestForm()
    expect(signedInLine).toBe(`Masuk sebagai ${EMAIL_PLACEHOLDER}`)
    expect(page).toContain(`>${signedInLine}</p>`)
    expect(page).toContain('Ajukan permohonan informasi</h1>')
    expect(page).toContain('Memeriksa kelengkapan profil…</p>')
    expect(page).toMatch(/<a href="\/permohonan" [^>]*>Permohonan saya/)
    expect(page).toContain('>Keluar</button>')
    // Not yet: the staff menu (roles load later), the form itself, the sign-in links, the footer.
    expect(page).not.toContain('href="/petugas')
    expect(page).not.toContain('<form')
    expect(page).not.toContain('href="/masuk"')
    expect(page).not.toContain('<footer')
  })
})
