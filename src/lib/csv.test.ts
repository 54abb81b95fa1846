import { describe, expect, it } from 'vitest'
import { toCsv } from '@/lib/csv'

describe('toCsv', () => {
  it('starts with a BOM, separates with semicolons and ends rows with CRLF', () => {
    expect(toCsv([['No', 'Nama'], ['PI-2026-00001', 'Siti Aminah']])).toBe(
      '\ufeffNo;Nama\r\nPI-2026-00001;Siti Aminah\r\n',
    )
  })

  it('quotes cells holding the delimiter, quotes or line breaks', () => {
    expect(toCsv([['a;b', 'say "hi"', 'line\nbreak']])).toBe('\ufeff"a;b";"say ""hi""";"line\nbreak"\r\n')
  })

  it('defuses text that a spreadsheet would run as a formula, but not numbers', () => {
    expect(toCsv([['=HYPERLINK("x")', '+62812', '-5', '@SUM(A1)', -5]])).toBe(
      '\ufeff"\'=HYPERLINK(""x"")";\'+62812;\'-5;\'@SUM(A1);-5\r\n',
    )
  })

  it('writes empty cells for null and undefined', () => {
    expect(toCsv([[null, undefined, 0, false]], ',')).toBe('\ufeff,,0,false\r\n')
  })
})
