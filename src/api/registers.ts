import { unwrap } from '@/api/errors'
import { getSupabase } from '@/lib/supabase'
import type { Database } from '@/types/database.types'

type Views = Database['public']['Views']

/** An inclusive range of agency-local dates, `YYYY-MM-DD`. */
export interface DateRange {
  from: string
  to: string
}

export interface RegisterPage<T> {
  rows: T[]
  /** Rows in the whole range, for the pager. */
  total: number
}

// The columns of the Buku Register Permohonan (domain.md §6.1), offline requests included.
const REQUEST_KEYS = [
  'id', 'registration_no', 'received_on', 'channel', 'applicant_name', 'applicant_address', 'applicant_contact',
  'applicant_occupation', 'details', 'purpose', 'information_status', 'holder_body', 'information_forms', 'obtain_methods',
  'decision_type', 'refusal_grounds', 'notice_sent_at', 'notice_letter_no', 'delivered_at', 'fee_total', 'payment_method',
  'status', 'on_time',
] as const

// The columns of the Register Keberatan (domain.md §6.2).
const OBJECTION_KEYS = [
  'id', 'registration_no', 'received_on', 'applicant_name', 'applicant_address', 'applicant_contact', 'proxy_name',
  'request_registration_no', 'details', 'purpose', 'grounds', 'status', 'response', 'reasons', 'responded_at', 'atasan_name',
  'atasan_position', 'applicant_reaction', 'filed_late',
] as const

export type RequestRegisterRow = Pick<Views['request_register']['Row'], (typeof REQUEST_KEYS)[number]>
export type ObjectionRegisterRow = Pick<Views['objection_register']['Row'], (typeof OBJECTION_KEYS)[number]>

const REQUEST_VIEW = 'request_register'
const OBJECTION_VIEW = 'objection_register'
const REQUEST_COLUMNS = REQUEST_KEYS.join(', ')
const OBJECTION_COLUMNS = OBJECTION_KEYS.join(', ')

/** PostgREST's max_rows (supabase/config.toml): the export reads the range in pages of this size. */
export const EXPORT_BATCH = 1000

type RegisterView = 'request_register' | 'objection_register'

async function page<T>(view: RegisterView, columns: string, range: DateRange, offset: number, limit: number): Promise<RegisterPage<T>> {
  const supabase = await getSupabase()
  const result = await supabase
    .from(view)
    .select(columns, { count: 'exact' })
    .gte('received_on', range.from)
    .lte('received_on', range.to)
    .order('received_on')
    .order('registration_no')
    .range(offset, offset + limit - 1)
  const rows = unwrap(result) as unknown as T[]
  return { rows, total: result.count ?? rows.length }
}

async function all<T>(view: RegisterView, columns: string, range: DateRange): Promise<T[]> {
  const rows: T[] = []
  for (let offset = 0; ; offset += EXPORT_BATCH) {
    const batch = await page<T>(view, columns, range, offset, EXPORT_BATCH)
    rows.push(...batch.rows)
    if (batch.rows.length < EXPORT_BATCH || rows.length >= batch.total) return rows
  }
}

/** One page of the request register for requests received in `range`, oldest first. */
export function listRequestRegister(range: DateRange, offset: number, limit: number): Promise<RegisterPage<RequestRegisterRow>> {
  return page(REQUEST_VIEW, REQUEST_COLUMNS, range, offset, limit)
}

/** Every row of the request register in `range`, for the export (read in pages of EXPORT_BATCH). */
export function listAllRequestRegister(range: DateRange): Promise<RequestRegisterRow[]> {
  return all(REQUEST_VIEW, REQUEST_COLUMNS, range)
}

/** One page of the objection register for objections received in `range`, oldest first. */
export function listObjectionRegister(range: DateRange, offset: number, limit: number): Promise<RegisterPage<ObjectionRegisterRow>> {
  return page(OBJECTION_VIEW, OBJECTION_COLUMNS, range, offset, limit)
}

/** Every row of the objection register in `range`, for the export. */
export function listAllObjectionRegister(range: DateRange): Promise<ObjectionRegisterRow[]> {
  return all(OBJECTION_VIEW, OBJECTION_COLUMNS, range)
}

