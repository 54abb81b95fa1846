import { describe, expect, it } from 'vitest'
import { nextYearWarning, parseHolidayLines } from './holidayLines'

describe('parseHolidayLines', () => {
  it('reports every wrong line with its number, as import_holidays does', () => {
    const text = [
      'tanggal;nama;jenis',
      '2032-01-01;Tahun Baru 2032 Masehi;libur_nasional',
      '2032-02-30;Tanggal mustahil;libur_nasional',
      '2033-01-01;Tahun lain;libur_nasional',
      '2032-03-01;Jenis salah;libur',
      '',
      '# komentar',
      '2032-01-01;Ganda;cuti_bersama',
      'hanya satu kolom',
      '2032-04-01;Nama\u202eterbalik;lokal',
    ].join('\n')
    expect(parseHolidayLines(text, 2032).problems).toEqual([
      { line: 3, reason: 'holiday_date_invalid' },
      { line: 4, reason: 'holiday_other_year' },
      { line: 5, reason: 'holiday_kind_invalid' },
      { line: 8, reason: 'holiday_duplicate' },
      { line: 9, reason: 'holiday_line_format' },
      { line: 10, reason: 'holiday_name_invalid' },
    ])
  })

  it('accepts semicolons, tabs and commas and keeps markup as text', () => {
    const { holidays, problems } = parseHolidayLines('2032-01-01;Tahun Baru;libur_nasional\r\n2032-04-01\t<b>Libur</b>\tlokal\n2032-12-25,Natal,libur_nasional', 2032)
    expect(problems).toEqual([])
    expect(holidays).toEqual([
      { day: '2032-01-01', name: 'Tahun Baru', kind: 'libur_nasional' },
      { day: '2032-04-01', name: '<b>Libur</b>', kind: 'lokal' },
      { day: '2032-12-25', name: 'Natal', kind: 'libur_nasional' },
    ])
  })
})

describe('nextYearWarning', () => {
  const years = [{ year: 2026, complete: true }, { year: 2027, complete: false }]
  it('is quiet before November and once next year is complete', () => {
    expect(nextYearWarning(new Date(2026, 9, 31), years, 5)).toBeNull()
    expect(nextYearWarning(new Date(2025, 10, 1), [{ year: 2026, complete: true }], 25)).toBeNull()
  })
  it('warns from November: missing or incomplete', () => {
    expect(nextYearWarning(new Date(2026, 10, 1), years, 5)).toEqual({ year: 2027, missing: false })
    expect(nextYearWarning(new Date(2027, 11, 31), years, 0)).toEqual({ year: 2028, missing: true })
  })
})
