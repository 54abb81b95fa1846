import { getSupabase } from '@/lib/supabase'
import type { Database } from '@/types/database.types'
import { unwrap } from './errors'

export type StaffMember = Database['public']['Functions']['list_active_staff']['Returns'][number]
export type Unit = Pick<Database['public']['Tables']['units']['Row'], 'id' | 'code' | 'name'>

/** Active petugas, PPID and Atasan PPID with a name to show, for assignments and the timeline. */
export async function listActiveStaff(): Promise<StaffMember[]> {
  const supabase = await getSupabase()
  return unwrap(await supabase.rpc('list_active_staff'))
}

/** The active units (OPD / PPID Pelaksana) a request can be routed to, by name. */
export async function listActiveUnits(): Promise<Unit[]> {
  const supabase = await getSupabase()
  return unwrap(await supabase.from('units').select('id, code, name').eq('active', true).order('name'))
}
