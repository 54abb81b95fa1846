import { unwrap } from '@/api/errors'
import { getSupabase } from '@/lib/supabase'
import type { Tables } from '@/types/database.types'

export type Unit = Pick<Tables<'units'>, 'id' | 'code' | 'name' | 'active'>

export async function listUnits(): Promise<Unit[]> {
  const supabase = await getSupabase()
  return unwrap(await supabase.from('units').select('id, code, name, active').order('active', { ascending: false }).order('code'))
}

/** Adds (id null) or changes a unit; deactivating is `active: false`. Admin only. */
export async function saveUnit(unit: { id: number | null; code: string; name: string; active: boolean }): Promise<Unit> {
  const supabase = await getSupabase()
  const row = unwrap(await supabase.rpc('save_unit', { unit_id: unit.id as number, code: unit.code, name: unit.name, active: unit.active }))
  return { id: row.id, code: row.code, name: row.name, active: row.active }
}
