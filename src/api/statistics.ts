import { unwrap } from '@/api/errors'
import type { ReportStatistics } from '@/api/report'
import { getSupabase } from '@/lib/supabase'

/** The figures anyone may read: the report's aggregates without units and the staff-only breakdowns. */
export type PublicStatistics = Omit<ReportStatistics,
  'by_unit' | 'notice_wd_by_decision' | 'delivered' | 'objections_answered' | 'disputes_by_stage'>

/** A calendar year's public statistics (no account needed); `invalid_range` outside 2000–2100. */
export async function getPublicStatistics(year: number): Promise<PublicStatistics> {
  const supabase = await getSupabase()
  return unwrap(await supabase.rpc('public_statistics', { year })) as unknown as PublicStatistics
}
