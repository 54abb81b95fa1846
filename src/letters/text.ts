// Formatting for letters, which are always in Indonesian whatever language the officer's screen uses.
import { i18n } from '@/i18n'
import type { MessageSchema } from '@/i18n/id'

/**
 * The Indonesian label of a database enum value (`enums.channel.web` → `Web`), through vue-i18n: the
 * production build ships message modules compiled, so their text is not readable from the module itself.
 */
export function enumLabel<G extends keyof MessageSchema['enums']>(group: G, value: keyof MessageSchema['enums'][G] & string): string {
  return i18n.global.t(`enums.${group}.${value}`, {}, { locale: 'id' })
}

const longDate = new Intl.DateTimeFormat('id-ID', {
  weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC',
})

/** `2026-04-07` → `Selasa, 7 April 2026`. */
export function letterDate(day: string): string {
  return longDate.format(new Date(`${day.slice(0, 10)}T00:00:00Z`))
}

/** `Rp 150.000` (a plain space: the letter's text stays searchable and comparable). */
export function rupiah(amount: number): string {
  return new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 })
    .format(amount)
    .replace(/\u00a0/g, ' ')
}

// Windows-1252 beyond Latin-1: what the PDF standard fonts can show besides U+0020–U+007E and U+00A0–U+00FF.
const CP1252_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ')

/**
 * Text the standard PDF fonts (WinAnsi) can show: NFC-normalised, control and bidi/zero-width marks
 * removed, tabs as spaces, any other character outside WinAnsi as `?` so it cannot garble the line.
 * Markup stays as written: a PDF does not interpret `<script>`.
 */
export function pdfSafe(text: string): string {
  let out = ''
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0)!
    if (ch === '\n') out += ch
    else if (ch === '\t') out += ' '
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0) || (code >= 0x200b && code <= 0x200f)
      || (code >= 0x202a && code <= 0x202e) || (code >= 0x2060 && code <= 0x2069) || code === 0xfeff) continue
    else if (code <= 0xff || CP1252_EXTRA.has(ch)) out += ch
    else out += '?'
  }
  return out
}
