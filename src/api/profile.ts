import { DbFailure, toDbFailure } from '@/api/errors'
import { getSupabase } from '@/lib/supabase'
import type { Enums, Tables } from '@/types/database.types'

export type ApplicantType = Enums<'applicant_type'>
export type Profile = Pick<
  Tables<'profiles'>,
  'id' | 'applicant_type' | 'full_name' | 'nik' | 'sk_number' | 'address' | 'occupation' | 'phone' | 'email' | 'updated_at'
>
export type ProfileInput = Omit<Profile, 'id' | 'updated_at'>

const COLUMNS = 'id, applicant_type, full_name, nik, sk_number, address, occupation, phone, email, updated_at'

/**
 * Table writes carry no hint, so the reason comes from the SQLSTATE: a failed check constraint is
 * `invalid_profile`; a denied grant (the session expired and the call went out as anon) is `not_signed_in`.
 */
function profileFailure(error: { message: string; code?: string; hint?: string | null }): DbFailure {
  if (error.code === '23514' || error.code === '23502') return new DbFailure(error.message, 'invalid_profile', error.code)
  if (error.code === '42501' || error.code === 'PGRST301') return new DbFailure(error.message, 'not_signed_in', error.code)
  return toDbFailure(error)
}

/** The signed-in citizen's profile, or null before the first save. */
export async function getMyProfile(userId: string): Promise<Profile | null> {
  const supabase = await getSupabase()
  const { data, error } = await supabase.from('profiles').select(COLUMNS).eq('id', userId).maybeSingle()
  if (error) throw profileFailure(error)
  return data
}

/** Creates or updates the caller's own profile (RLS: id = auth.uid()). */
export async function saveMyProfile(userId: string, input: ProfileInput): Promise<Profile> {
  const supabase = await getSupabase()
  const { data, error } = await supabase
    .from('profiles')
    .upsert({ id: userId, ...input }, { onConflict: 'id' })
    .select(COLUMNS)
    .single()
  if (error) throw profileFailure(error)
  return data
}
