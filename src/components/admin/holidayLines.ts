import type { HolidayKind } from '@/api/holidays'

export interface ParsedHoliday {
  day: string
  name: string
  kind: HolidayKind
}
export interface LineProblem {
  line: number
  reason: string
}

const KINDS: readonly string[] = ['libur_nasional', 'cuti_bersama', 'lokal']
// The same characters is_plain_line refuses: controls, zero-width marks, bidi overrides.
// eslint-disable-next-line no-control-regex
const NOT_PLAIN = /[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/

function validDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false
  const date = new Date(`${text}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text
}

/**
 * The import's lines checked as import_holidays checks them, so the admin sees every wrong line before
 * sending (the database checks again and has the last word).
 */
export function parseHolidayLines(text: string, year: number): { holidays: ParsedHoliday[]; problems: LineProblem[] } {
  const holidays: ParsedHoliday[] = []
  const problems: LineProblem[] = []
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1
    const trimmed = raw.trim()
    if (trimmed === '' || trimmed.startsWith('#') || (line === 1 && /^(tanggal|date)\b/i.test(trimmed))) return
    const parts = (/[;\t]/.test(raw) ? raw.split(/[;\t]/) : raw.split(',')).map((p) => p.trim())
    const [day = '', name = '', kind = ''] = parts
    let reason: string | null = null
    if (parts.length !== 3) reason = 'holiday_line_format'
    else if (!validDate(day)) reason = 'holiday_date_invalid'
    else if (Number(day.slice(0, 4)) !== year) reason = 'holiday_other_year'
    else if (name.length < 2 || name.length > 200 || NOT_PLAIN.test(name)) reason = 'holiday_name_invalid'
    else if (!KINDS.includes(kind)) reason = 'holiday_kind_invalid'
    else if (holidays.some((h) => h.day === day)) reason = 'holiday_duplicate'
    if (reason) problems.push({ line, reason })
    else holidays.push({ day, name, kind: kind as HolidayKind })
  })
  return { holidays, problems }
}

/** From November on, the admin is warned while next year's calendar is missing or incomplete. */
export function nextYearWarning(today: Date, years: { year: number; complete: boolean }[], holidayCount: number | null) {
  if (today.getMonth() < 10) return null
  const year = today.getFullYear() + 1
  const entry = years.find((y) => y.year === year)
  if (entry?.complete) return null
  return { year, missing: !entry && !holidayCount }
}
