import { unwrap } from '@/api/errors'
import { getSupabase } from '@/lib/supabase'
import type { LetterAgency, LetterConsequenceTest, LetterFee, LetterGround, LetterObjection, LetterRequest, LetterType } from '@/letters/types'
import type { Tables } from '@/types/database.types'

export type IssuedLetter = Pick<Tables<'letters'>, 'id' | 'letter_type' | 'letter_no' | 'letter_date' | 'sha256' | 'objection_id' | 'created_at'>
  & { file: Pick<Tables<'files'>, 'object_name'> | null }

export interface LetterContext {
  agency: LetterAgency
  request: LetterRequest
  fees: LetterFee[]
  consequenceTest: LetterConsequenceTest | null
  grounds: LetterGround[]
  objections: LetterObjection[]
}

const REQUEST_COLUMNS = 'id, registration_no, channel, status, received_on, applicant_name, applicant_address, applicant_occupation, applicant_phone, applicant_email, details, purpose, obtain_methods, copy_methods, due_notice_on, extended_at, extension_reason, due_final_on, decision_type, information_status, information_forms, exemption_codes, exemption_other, holder_body, decision_note, notice_letter_no, delivery_due_on, fee_total'
const AGENCY_COLUMNS = 'name, short_name, parent_government, address, phone, email, website, letterhead_lines, ppid_name, ppid_position, ppid_nip, atasan_name, atasan_position, atasan_nip, komisi_informasi'
const OBJECTION_COLUMNS = 'id, registration_no, received_on, grounds, case_position, status, response, reasons, responded_at, atasan_name, atasan_position'
const LETTER_COLUMNS = 'id, letter_type, letter_no, letter_date, sha256, objection_id, created_at, file:files(object_name)'
/** What the letters of one request are made from (staff: the request, its fees, test, objections; the agency). */
export async function loadLetterContext(requestId: string): Promise<LetterContext> {
  const supabase = await getSupabase()
  const [request, agency, fees, tests, grounds, objections] = await Promise.all([
    supabase.from('requests').select(REQUEST_COLUMNS).eq('id', requestId).single(),
    supabase.from('agency_settings').select(AGENCY_COLUMNS).single(),
    supabase.from('request_fees').select('item, quantity, unit_price').eq('request_id', requestId).is('superseded_at', null).order('id'),
    supabase.from('consequence_tests')
      .select('document, exempt_items, legal_basis, harm_analysis, public_interest, result, exemption_period, signed_by, decided_on')
      .eq('request_id', requestId).order('created_at', { ascending: false }).limit(1),
    supabase.from('exemption_grounds').select('code, label').order('code'),
    supabase.from('objections').select(OBJECTION_COLUMNS).eq('request_id', requestId).order('received_at', { ascending: false }),
  ])
  return {
    request: unwrap(request),
    agency: unwrap(agency),
    fees: unwrap(fees),
    consequenceTest: unwrap(tests)[0] ?? null,
    grounds: unwrap(grounds),
    objections: unwrap(objections),
  }
}

export async function listLetters(requestId: string): Promise<IssuedLetter[]> {
  const supabase = await getSupabase()
  return unwrap(await supabase.from('letters').select(LETTER_COLUMNS).eq('request_id', requestId).order('created_at'))
}

export interface NewLetter {
  requestId: string
  objectionId: string | null
  type: LetterType
  letterNo: string
  letterDate: string
  pdf: Uint8Array
  sha256: string
}

/**
 * Uploads the PDF under the request's folder (an app-made key, never a user's file name) and links it
 * with its number and hash, which makes it visible to the applicant.
 */
export async function storeLetter(letter: NewLetter): Promise<IssuedLetter> {
  const supabase = await getSupabase()
  const objectName = `${letter.requestId}/letters/${crypto.randomUUID()}.pdf`
  unwrap(await supabase.storage.from('responses').upload(objectName, new Blob([letter.pdf as BlobPart], { type: 'application/pdf' }), {
    contentType: 'application/pdf',
  }))
  const row = unwrap(await supabase.rpc('attach_letter', {
    request_id: letter.requestId, object_name: objectName, letter_type: letter.type, letter_no: letter.letterNo,
    letter_date: letter.letterDate, sha256: letter.sha256, objection_id: letter.objectionId ?? undefined,
  }))
  return { ...row, file: { object_name: objectName } }
}

/** The stored PDF of a letter, for its applicant or staff; others get a not-found failure. */
export async function downloadLetter(objectName: string): Promise<Blob> {
  const supabase = await getSupabase()
  return unwrap(await supabase.storage.from('responses').download(objectName))
}
