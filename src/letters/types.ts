import type { Tables } from '@/types/database.types'

export type LetterType = 'receipt' | 'notice' | 'extension' | 'refusal' | 'objection_decision'

export type LetterAgency = Pick<
  Tables<'agency_settings'>,
  | 'name' | 'short_name' | 'parent_government' | 'address' | 'phone' | 'email' | 'website' | 'letterhead_lines'
  | 'ppid_name' | 'ppid_position' | 'ppid_nip' | 'atasan_name' | 'atasan_position' | 'atasan_nip' | 'komisi_informasi'
>

export type LetterRequest = Pick<
  Tables<'requests'>,
  | 'id' | 'registration_no' | 'channel' | 'status' | 'received_on' | 'applicant_name' | 'applicant_address'
  | 'applicant_occupation' | 'applicant_phone' | 'applicant_email' | 'details' | 'purpose' | 'obtain_methods'
  | 'copy_methods' | 'due_notice_on' | 'extended_at' | 'extension_reason' | 'due_final_on' | 'decision_type'
  | 'information_status' | 'information_forms' | 'exemption_codes' | 'exemption_other' | 'holder_body' | 'decision_note'
  | 'notice_letter_no' | 'delivery_due_on' | 'fee_total'
>

export type LetterFee = Pick<Tables<'request_fees'>, 'item' | 'quantity' | 'unit_price'>

export type LetterConsequenceTest = Pick<
  Tables<'consequence_tests'>,
  'document' | 'exempt_items' | 'legal_basis' | 'harm_analysis' | 'public_interest' | 'result' | 'exemption_period' | 'signed_by' | 'decided_on'
>

export type LetterObjection = Pick<
  Tables<'objections'>,
  | 'id' | 'registration_no' | 'received_on' | 'grounds' | 'case_position' | 'status' | 'response' | 'reasons'
  | 'responded_at' | 'atasan_name' | 'atasan_position'
>

export interface LetterGround {
  code: string
  label: string
}

/** Everything a letter is made from: the rows as the database has them, plus what the officer enters. */
export interface LetterData {
  type: LetterType
  letterNo: string
  /** The letter's date, `YYYY-MM-DD` in the agency's time zone. */
  letterDate: string
  agency: LetterAgency
  request: LetterRequest
  fees: LetterFee[]
  consequenceTest: LetterConsequenceTest | null
  /** The Pasal 17 grounds (code and label) of the exemption table. */
  grounds: LetterGround[]
  objection: LetterObjection | null
}

export type LetterBlock =
  | { kind: 'paragraph'; text: string; bold?: boolean }
  | { kind: 'heading'; text: string }
  | { kind: 'fields'; rows: [label: string, value: string][] }
  | { kind: 'list'; items: string[] }

/** A letter as text, before any PDF: what the preview shows and what the renderer lays out. */
export interface LetterDoc {
  letterhead: string[]
  contact: string
  title: string
  meta: [label: string, value: string][]
  addressee: string[]
  blocks: LetterBlock[]
  signature: { date: string; position: string; name: string; nip: string | null }
  /** Printed at the foot of every page with the page number. */
  reference: string
}
