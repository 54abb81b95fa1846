import { DbFailure, toDbFailure, unwrap } from '@/api/errors'
import { getSupabase } from '@/lib/supabase'
import type { Enums, Tables } from '@/types/database.types'

export type Holiday = Pick<Tables<'holidays'>, 'day' | 'name' | 'kind' | 'source'>
export type HolidayKind = Enums<'holiday_kind'>
export type HolidayYear = Pick<Tables<'holiday_years'>, 'year' | 'complete' | 'source'>

export interface ImportLineProblem {
  line: number
  reason: string
}

/** The import was refused as a whole; `lines` says what is wrong on which pasted line. */
export class HolidayImportRejected extends DbFailure {
  constructor(message: string, readonly lines: ImportLineProblem[]) {
    super(message, 'holiday_import_invalid', 'P0001')
  }
}

export async function listHolidays(year: number): Promise<Holiday[]> {
  const supabase = await getSupabase()
  return unwrap(await supabase.from('holidays').select('day, name, kind, source').eq('year', year).order('day'))
}

export async function listHolidayYears(): Promise<HolidayYear[]> {
  const supabase = await getSupabase()
  return unwrap(await supabase.from('holiday_years').select('year, complete, source').order('year'))
}

/** Adds a day, or changes the one at `originalDay` (its date too). */
export async function saveHoliday(holiday: Holiday, originalDay: string | null = null): Promise<Holiday> {
  const supabase = await getSupabase()
  const row = unwrap(await supabase.rpc('save_holiday', {
    day: holiday.day, name: holiday.name, kind: holiday.kind, source: holiday.source ?? undefined, original_day: originalDay ?? undefined,
  }))
  return { day: row.day, name: row.name, kind: row.kind, source: row.source }
}

export async function deleteHoliday(day: string): Promise<void> {
  const supabase = await getSupabase()
  unwrap(await supabase.rpc('delete_holiday', { day }))
}

export async function setHolidayYear(year: number, complete: boolean, source?: string): Promise<HolidayYear> {
  const supabase = await getSupabase()
  const row = unwrap(await supabase.rpc('set_holiday_year', { year, complete, source }))
  return { year: row.year, complete: row.complete, source: row.source }
}

/** Replaces a year's holidays with the pasted lines, all or nothing; returns how many were imported. */
export async function importHolidays(year: number, lines: string, complete: boolean, source?: string): Promise<number> {
  const supabase = await getSupabase()
  const result = await supabase.rpc('import_holidays', { year, lines, complete, source })
  if (result.error?.hint === 'holiday_import_invalid') {
    let problems: ImportLineProblem[] = []
    try {
      problems = JSON.parse(result.error.details) as ImportLineProblem[]
    } catch {
      // Keep the refusal without line detail rather than hide it.
    }
    throw new HolidayImportRejected(result.error.message, problems)
  }
  if (result.error) throw toDbFailure(result.error)
  return result.data
}
