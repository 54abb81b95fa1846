import { getSupabase } from '@/lib/supabase'
import type { Database } from '@/types/database.types'
import { unwrap } from './errors'

type Enums = Database['public']['Enums']
export type OfflineChannel = Exclude<Enums['request_channel'], 'web'>
export const OFFLINE_CHANNELS: readonly OfflineChannel[] = ['langsung', 'telepon', 'email', 'surat', 'whatsapp', 'lainnya']

export type OfflineRequestInput = Omit<Database['public']['Functions']['register_offline_request']['Args'], 'channel'> & {
  channel: OfflineChannel
}

/** What the officer hands to the applicant: the number and, once, the status-check secret. */
export interface OfflineReceipt {
  id: string
  registration_no: string
  secret: string
  status: Enums['request_status']
  received_at: string
  received_on: string
  due_notice_on: string
  deadline_provisional: boolean
}

/** Records a walk-in, phone, email, letter or WhatsApp request on the applicant's behalf. */
export async function registerOfflineRequest(input: OfflineRequestInput): Promise<OfflineReceipt> {
  const supabase = await getSupabase()
  // Optional fields left empty are not sent, so the database sees null rather than ''.
  const args = Object.fromEntries(
    Object.entries(input).filter(([, v]) => v !== '' && v !== undefined && v !== null),
  ) as Database['public']['Functions']['register_offline_request']['Args']
  return unwrap(await supabase.rpc('register_offline_request', args)) as unknown as OfflineReceipt
}
