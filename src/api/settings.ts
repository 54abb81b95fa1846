import { unwrap } from '@/api/errors'
import { getSupabase } from '@/lib/supabase'
import type { Tables } from '@/types/database.types'

export type AgencySettings = Omit<Tables<'agency_settings'>, 'id'>
export type AgencySettingsChanges = Partial<Omit<AgencySettings, 'updated_at'>>

const COLUMNS =
  'name, short_name, parent_government, address, phone, whatsapp, email, website, logo_path, ppid_name, ppid_position, ppid_nip, atasan_name, atasan_position, atasan_nip, letterhead_lines, time_zone, cutoff_hour, request_prefix, objection_prefix, pause_clock_while_incomplete, completion_window_wd, lapor_url, komisi_informasi, updated_at'

export async function getAgencySettings(): Promise<AgencySettings> {
  const supabase = await getSupabase()
  return unwrap(await supabase.from('agency_settings').select(COLUMNS).single())
}

/**
 * Changes the given settings (admin only). A refused field comes back as the reason
 * `settings_<column>_invalid`, so the page can point at it.
 */
export async function updateAgencySettings(changes: AgencySettingsChanges): Promise<AgencySettings> {
  const supabase = await getSupabase()
  const row: Partial<Tables<'agency_settings'>> = unwrap(await supabase.rpc('update_agency_settings', { changes }))
  delete row.id
  return row as AgencySettings
}
