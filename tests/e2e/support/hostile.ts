import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { expect, type Page } from '@playwright/test'

/** Script and HTML that must stay text wherever they are shown (security.md: "rendered inert everywhere"). */
export const SCRIPT = '<script>alert(1)</script>'
export const IMG = '<img src=x onerror=alert(1)>'

/** Free text with both payloads between ordinary words, so a field's other checks still pass. */
export function hostile(words: string): string {
  return `${words} ${SCRIPT} ${IMG}`
}

/**
 * The payloads are shown as text, never turned into elements: no <img src=x> and no script carrying
 * alert(1) anywhere in the document. (A dialog, had one run, fails the test through the fixtures.)
 */
export async function expectInert(page: Page, where: string): Promise<void> {
  await expect(page.locator('img[src="x"]'), `no <img src=x> element on ${where}`).toHaveCount(0)
  const scripts = await page.evaluate(`[...document.scripts].filter((s) => s.textContent.includes('alert(1)')).length`)
  expect(scripts, `no <script> with alert(1) on ${where}`).toBe(0)
}

/** Expects the exact hostile text to be visible as text on the page (escaped, not parsed). */
export async function expectShownAsText(page: Page, text: string, where: string): Promise<void> {
  await expect(page.getByText(text, { exact: false }).first(), `"${text}" shown as text on ${where}`).toBeVisible()
  await expectInert(page, where)
}

const seed = (path: string) => readFileSync(fileURLToPath(new URL(`../../../supabase/seed-objects/${path}`, import.meta.url)))

/** Files for uploads: the seed's fictitious KTP scan and a supporting PDF. */
export const FILES = {
  ktp: () => ({ name: 'ktp-warga.jpg', mimeType: 'image/jpeg', buffer: seed('identity/20000000-0000-4000-8000-000000000001/ktp.jpg') }),
  pdf: (name = 'surat-pengantar.pdf') => ({
    name,
    mimeType: 'application/pdf',
    buffer: seed('attachments/20000000-0000-4000-8000-000000000001/surat-pengantar-penelitian.pdf'),
  }),
  /** A PDF past the 6 MiB resumable threshold: the seed PDF followed by a long comment. */
  largePdf: (mib = 9, name = 'lampiran-besar.pdf') => {
    const head = seed('attachments/20000000-0000-4000-8000-000000000001/surat-pengantar-penelitian.pdf')
    const pad = Buffer.alloc(mib * 1024 * 1024 - head.length, 0x20)
    pad.write('\n%', 0)
    return { name, mimeType: 'application/pdf', buffer: Buffer.concat([head, pad]) }
  },
}
