import { unwrap } from '@/api/errors'
import type { StaffRole } from '@/api/roles'
import { getSupabase } from '@/lib/supabase'
import type { Database } from '@/types/database.types'

export type FoundAccount = Database['public']['Functions']['admin_find_account']['Returns'][number]
export type StaffMember = Database['public']['Functions']['admin_list_staff']['Returns'][number]

/** An account by its exact email (admin only): id, email and name, never more. Null when none. */
export async function findAccount(email: string): Promise<FoundAccount | null> {
  const supabase = await getSupabase()
  const rows = unwrap(await supabase.rpc('admin_find_account', { account_email: email }))
  return rows[0] ?? null
}

/** Everyone who holds or held a staff role, active members first. */
export async function listStaff(): Promise<StaffMember[]> {
  const supabase = await getSupabase()
  return unwrap(await supabase.rpc('admin_list_staff'))
}

export async function grantRole(userId: string, role: StaffRole): Promise<void> {
  const supabase = await getSupabase()
  unwrap(await supabase.rpc('grant_role', { target: userId, wanted: role }))
}

export async function revokeRole(userId: string, role: StaffRole): Promise<void> {
  const supabase = await getSupabase()
  unwrap(await supabase.rpc('revoke_role', { target: userId, wanted: role }))
}

/** Revokes every active role of the member at once; returns how many. */
export async function deactivateStaff(userId: string): Promise<number> {
  const supabase = await getSupabase()
  return unwrap(await supabase.rpc('deactivate_staff', { target: userId }))
}
