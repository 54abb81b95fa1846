import { getSupabase } from '@/lib/supabase'
import type { Database } from '@/types/database.types'
import { unwrap } from './errors'

export type SurveyRow = Database['public']['Tables']['request_surveys']['Row']
export type Survey = Pick<SurveyRow, 'request_id' | 'satisfaction' | 'ease' | 'on_time' | 'comment' | 'created_at'>

export interface SurveyInput {
  satisfaction: number
  ease: number
  onTime: boolean | null
  comment?: string
}

/** Answers the satisfaction survey of a closed request, once. */
export async function submitSurvey(requestId: string, input: SurveyInput): Promise<Survey> {
  const supabase = await getSupabase()
  const row = unwrap(
    await supabase.rpc('submit_survey', {
      request_id: requestId,
      satisfaction: input.satisfaction,
      ease: input.ease,
      on_time: input.onTime ?? undefined,
      comment: input.comment?.trim() || undefined,
    }),
  )
  return { request_id: row.request_id, satisfaction: row.satisfaction, ease: row.ease, on_time: row.on_time, comment: row.comment, created_at: row.created_at }
}

/** The caller's answer for a request, or null when they have not answered yet. */
export async function getMySurvey(requestId: string): Promise<Survey | null> {
  const supabase = await getSupabase()
  return unwrap(
    await supabase.from('request_surveys').select('request_id, satisfaction, ease, on_time, comment, created_at').eq('request_id', requestId).maybeSingle(),
  ) ?? null
}
