import { unwrap } from '@/api/errors'
import type { DateRange } from '@/api/registers'
import { getSupabase } from '@/lib/supabase'
import type { Database } from '@/types/database.types'

type Enums = Database['public']['Enums']

export interface MonthCount {
  month: string
  count: number
}

export interface TimeToNotice {
  count: number
  median: number | null
  p90: number | null
}

/**
 * The LLIP figures of `report_statistics` (domain.md §6.3) for requests received, objections received
 * and disputes filed in the range. Counts are over every request of the agency (staff only).
 */
export interface ReportStatistics {
  from: string
  to: string
  requests: number
  /** Every month of the range, zero months included. */
  by_month: MonthCount[]
  by_channel: Partial<Record<Enums['request_channel'], number>>
  by_unit: { unit: string; count: number }[]
  by_status: Partial<Record<Enums['request_status'], number>>
  by_decision: Partial<Record<Enums['decision_type'], number>>
  granted_full: number
  granted_partial: number
  rejected: number
  /** Pasal 17 letters a–j, and k for another statute, of refusals and partial grants. */
  refusals_by_ground: Record<string, number>
  answered: number
  /** Working days from receipt to the written notice. */
  notice_wd_median: number | null
  notice_wd_p90: number | null
  notice_wd_mean: number | null
  notice_wd_by_decision: Partial<Record<Enums['decision_type'], TimeToNotice>>
  on_time: number
  /** 0–1, four decimals; null when nothing was answered. */
  on_time_share: number | null
  extended: number
  delivered: number
  overdue_open: number
  withdrawn: number
  objections: number
  objections_by_ground: Partial<Record<Enums['objection_ground'], number>>
  objections_by_status: Partial<Record<Enums['objection_status'], number>>
  objections_answered: number
  objections_answered_on_time: number
  disputes: number
  disputes_by_stage: Partial<Record<Enums['dispute_stage'], number>>
  /** Outcomes, and `pending` for a dispute without one yet. */
  disputes_by_outcome: Partial<Record<Enums['dispute_outcome'] | 'pending', number>>
}

/** The report's figures; refused (`forbidden`) for anyone but an active petugas, PPID or Atasan PPID. */
export async function getReportStatistics(range: DateRange): Promise<ReportStatistics> {
  const supabase = await getSupabase()
  return unwrap(await supabase.rpc('report_statistics', { from_date: range.from, to_date: range.to })) as unknown as ReportStatistics
}

export type ReportNarrative = Database['public']['Tables']['report_narratives']['Row']

export const NARRATIVE_SECTIONS = [
  'policy', 'implementation', 'facilities', 'human_resources', 'budget', 'service_notes', 'dispute_notes',
  'constraints_internal', 'constraints_external', 'recommendations',
] as const
export type NarrativeSection = (typeof NARRATIVE_SECTIONS)[number]
export type NarrativeTexts = Record<NarrativeSection, string>

const NARRATIVE_COLUMNS = `id, period_from, period_to, ${NARRATIVE_SECTIONS.join(', ')}, updated_by, created_at, updated_at`

/** The narrative of exactly this period, or null when none was written yet. */
export async function getReportNarrative(range: DateRange): Promise<ReportNarrative | null> {
  const supabase = await getSupabase()
  const result = await supabase.from('report_narratives').select(NARRATIVE_COLUMNS)
    .eq('period_from', range.from).eq('period_to', range.to).maybeSingle()
  return (unwrap(result) ?? null) as unknown as ReportNarrative | null
}

/**
 * Saves the sections given (blank → empty). `expectedUpdatedAt` is the `updated_at` the officer
 * loaded, or null for a new narrative; someone else's save in between is a conflict (`isConflict`).
 */
export async function saveReportNarrative(
  range: DateRange,
  sections: Partial<NarrativeTexts>,
  expectedUpdatedAt: string | null,
): Promise<ReportNarrative> {
  const supabase = await getSupabase()
  const result = await supabase.rpc('save_report_narrative', {
    period_from: range.from,
    period_to: range.to,
    sections,
    ...(expectedUpdatedAt ? { expected_updated_at: expectedUpdatedAt } : {}),
  })
  return unwrap(result) as ReportNarrative
}

export interface AgencyHeading {
  name: string
  short_name: string
  parent_government: string
  address: string
}

/** The agency's name and address from the settings, for the top of a printed register or report. */
export async function getAgencyHeading(): Promise<AgencyHeading> {
  const supabase = await getSupabase()
  const data = unwrap(await supabase.rpc('agency_public')) as Record<string, unknown>
  const text = (key: string) => (typeof data[key] === 'string' ? data[key] : '')
  return { name: text('name'), short_name: text('short_name'), parent_government: text('parent_government'), address: text('address') }
}
