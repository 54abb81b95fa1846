import type { DateRange } from '@/api/registers'

export type PeriodPreset = 'year' | 'semester1' | 'semester2' | 'custom'
export const PERIOD_PRESETS: readonly PeriodPreset[] = ['year', 'semester1', 'semester2', 'custom']

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/

/** The dates of a preset: a calendar year or one of its halves (the LLIP's annual and semester reports). */
export function presetRange(preset: Exclude<PeriodPreset, 'custom'>, year: number): DateRange {
  if (preset === 'semester1') return { from: `${year}-01-01`, to: `${year}-06-30` }
  if (preset === 'semester2') return { from: `${year}-07-01`, to: `${year}-12-31` }
  return { from: `${year}-01-01`, to: `${year}-12-31` }
}

/** Which preset a range is, so a reloaded page shows the choice that made it. */
export function presetOf(range: DateRange): { preset: PeriodPreset; year: number } {
  const year = Number(range.from.slice(0, 4))
  for (const preset of ['year', 'semester1', 'semester2'] as const) {
    const r = presetRange(preset, year)
    if (r.from === range.from && r.to === range.to) return { preset, year }
  }
  return { preset: 'custom', year }
}

function day(text: string): number | null {
  if (!ISO_DAY.test(text)) return null
  const time = Date.parse(`${text}T00:00:00Z`)
  return Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== text ? null : time
}

/** The database's rule (report_statistics): both dates real, to ≥ from, at most 3,660 days apart. */
export function isValidRange(range: DateRange): boolean {
  const from = day(range.from)
  const to = day(range.to)
  return from !== null && to !== null && to >= from && (to - from) / 86_400_000 <= 3660
}

/** Today's calendar year in the agency's zone. */
export function currentYear(now = new Date()): number {
  return Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Makassar', year: 'numeric' }).format(now))
}

/** A period from the URL query (`?dari=…&sampai=…`), or the current year. */
export function rangeFromQuery(query: Record<string, unknown>, now = new Date()): DateRange {
  const range = { from: String(query.dari ?? ''), to: String(query.sampai ?? '') }
  return isValidRange(range) ? range : presetRange('year', currentYear(now))
}
