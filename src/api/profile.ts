import { DbFailure, toDbFailure } from '@/api/errors'
import { getSupabase } from '@/lib/supabase'
import type { Enums, Tables } from '@/types/database.types'

export type ApplicantType = Enums<'applicant_type'>
/**
 * The citizen's profile as the API gives it back. The NIK is written but never read through the API
 * (UU 27/2022): `nik_masked` (`6402••••••••0001`, from my_nik_masked) is all that comes back.
 */
export type Profile = Pick<
  Tables<'profiles'>,
  'id' | 'applicant_type' | 'full_name' | 'sk_number' | 'address' | 'occupation' | 'phone' | 'email' | 'updated_at'
> & { nik_masked: string | null }
/** What the form saves. `nik` left out keeps the saved NIK; null removes it (a legal entity's representative). */
export type ProfileInput = Omit<Profile, 'id' | 'updated_at' | 'nik_masked'> & { nik?: string | null }

// Every column the API may read: nik is not among them (the grant would refuse it).
const COLUMNS = 'id, applicant_type, full_name, sk_number, address, occupation, phone, email, updated_at'

/**
 * Table writes carry no hint, so the reason comes from the SQLSTATE: a failed check constraint is
 * `invalid_profile`; a denied grant (the session expired and the call went out as anon) is `not_signed_in`.
 */
function profileFailure(error: { message: string; code?: string; hint?: string | null }): DbFailure {
  if (error.code === '23514' || error.code === '23502') return new DbFailure(error.message, 'invalid_profile', error.code)
  if (error.code === '42501' || error.code === 'PGRST301') return new DbFailure(error.message, 'not_signed_in', error.code)
  return toDbFailure(error)
}

async function myNikMasked(): Promise<string | null> {
  const supabase = await getSupabase()
  const { data, error } = await supabase.rpc('my_nik_masked')
  if (error) throw profileFailure(error)
  return data
}

/** The signed-in citizen's profile, or null before the first save. */
export async function getMyProfile(userId: string): Promise<Profile | null> {
  const supabase = await getSupabase()
  const [{ data, error }, nik] = await Promise.all([
    supabase.from('profiles').select(COLUMNS).eq('id', userId).maybeSingle(),
    myNikMasked(),
  ])
  if (error) throw profileFailure(error)
  return data && { ...data, nik_masked: nik }
}

/**
 * Creates or updates the caller's own profile (RLS: id = auth.uid()). Not an upsert: INSERT … ON
 * CONFLICT DO UPDATE reads the NIK column back, which the API may not. An update that finds no row
 * (the first save) becomes an insert.
 */
export async function saveMyProfile(userId: string, input: ProfileInput): Promise<Profile> {
  const supabase = await getSupabase()
  const updated = await supabase.from('profiles').update(input).eq('id', userId).select(COLUMNS).maybeSingle()
  if (updated.error) throw profileFailure(updated.error)
  let row = updated.data
  if (!row) {
    const inserted = await supabase.from('profiles').insert({ id: userId, ...input }).select(COLUMNS).single()
    if (inserted.error) throw profileFailure(inserted.error)
    row = inserted.data
  }
  return { ...row, nik_masked: await myNikMasked() }
}
