import { getSupabase } from '@/lib/supabase'
import type { Database } from '@/types/database.types'

export type StaffRole = Database['public']['Enums']['staff_role']

export class RolesApiFailure extends Error {
  override readonly name = 'RolesApiFailure'
}

/**
 * The signed-in user's active staff roles, read from the table on every call (never from the JWT or
 * user_metadata). Citizens get an empty list. The menu and route guards use it; the database decides.
 */
export async function listMyActiveRoles(userId: string): Promise<StaffRole[]> {
  const supabase = await getSupabase()
  const { data, error } = await supabase.from('user_roles').select('role').eq('user_id', userId).eq('active', true)
  if (error) throw new RolesApiFailure(error.message)
  return data.map((row) => row.role)
}
