import { afterEach, describe, expect, it } from 'vitest'
import { i18n } from '@/i18n'
import { formatDate, formatDateTime, formatRupiah, maskNik } from '@/lib/format'

afterEach(() => {
  i18n.global.locale.value = 'id'
})

describe('format', () => {
  it('writes a due date the way domain.md shows it, in Indonesian and English', () => {
    expect(formatDate('2026-04-07')).toBe('Selasa, 7 April 2026')
    expect(formatDate('2026-04-07', 'short')).toBe('7 Apr 2026')
    i18n.global.locale.value = 'en'
    expect(formatDate('2026-04-07')).toMatch(/^Tuesday,? 7 April 2026$/)
  })

  it('shows timestamps in WITA whatever the device zone', () => {
    expect(formatDateTime('2026-03-16T02:30:00Z')).toBe('16 Maret 2026 pukul 10.30 WITA')
  })

  it('formats rupiah without decimals', () => {
    expect(formatRupiah(150000)).toBe('Rp 150.000')
  })

  it('masks the NIK to its first and last four digits', () => {
    expect(maskNik('6402010101900001')).toBe('6402••••••••0001')
    expect(maskNik(null)).toBe('')
  })
})
