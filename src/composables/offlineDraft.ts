import type { OfflineChannel, OfflineRequestInput } from '@/api/offline'
import type { Database } from '@/types/database.types'
import { agencyWallTimeNow, agencyWallTimeToIso } from './agencyClock'

type Enums = Database['public']['Enums']

export interface OfflineDraft {
  channel: OfflineChannel
  receivedAt: string
  applicantType: Enums['applicant_type']
  name: string
  nik: string
  sk: string
  address: string
  occupation: string
  phone: string
  email: string
  details: string
  purpose: string
  obtain: Enums['obtain_method'][]
  copy: Enums['copy_method'][]
  unitId: string
}

export type OfflineField = 'receivedAt' | 'name' | 'nik' | 'sk' | 'address' | 'occupation' | 'phone' | 'email' | 'details' | 'purpose' | 'obtain' | 'copy'
/** Message key (and its {n}) per invalid field. */
export type OfflineErrors = Partial<Record<OfflineField, { key: string; n?: number }>>

export const OFFLINE_FIELDS: OfflineField[] = ['receivedAt', 'name', 'nik', 'sk', 'address', 'occupation', 'phone', 'email', 'details', 'purpose', 'obtain', 'copy']

export function emptyOfflineDraft(now = new Date()): OfflineDraft {
  return {
    channel: 'langsung', receivedAt: agencyWallTimeNow(now), applicantType: 'perorangan', name: '', nik: '', sk: '',
    address: '', occupation: '', phone: '', email: '', details: '', purpose: '', obtain: [], copy: [], unitId: '',
  }
}

const COPIES: Enums['obtain_method'][] = ['salinan_softcopy', 'salinan_hardcopy']

/** The same limits as the requests table's checks, so the officer hears about them before the call. */
export function checkOfflineDraft(d: OfflineDraft, now = new Date()): OfflineErrors {
  const e: OfflineErrors = {}
  const length = (v: string) => v.trim().length
  const min = (field: OfflineField, value: string, n: number) => {
    if (length(value) === 0) e[field] = { key: 'officer.actions.required' }
    else if (length(value) < n) e[field] = { key: 'officer.actions.minLength', n }
  }
  const at = agencyWallTimeToIso(d.receivedAt)
  if (!at || new Date(at).getTime() > now.getTime() + 5 * 60_000) e.receivedAt = { key: 'officer.offline.invalid.receivedAt' }
  min('name', d.name, 2)
  if (d.applicantType === 'badan_hukum') {
    if (length(d.sk) < 3) e.sk = { key: 'officer.offline.invalid.sk' }
  } else if (d.nik.trim() && !/^\d{16}$/.test(d.nik.trim())) {
    e.nik = { key: 'officer.offline.invalid.nik' }
  }
  min('address', d.address, 5)
  min('occupation', d.occupation, 2)
  if (d.phone.trim() && !/^(08\d{8,12}|\+628\d{8,12})$/.test(d.phone.trim())) e.phone = { key: 'officer.offline.invalid.phone' }
  if (d.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(d.email.trim())) e.email = { key: 'officer.offline.invalid.email' }
  min('details', d.details, 10)
  min('purpose', d.purpose, 10)
  if (d.obtain.length === 0) e.obtain = { key: 'officer.offline.invalid.obtain' }
  if (d.obtain.some((m) => COPIES.includes(m)) && d.copy.length === 0) e.copy = { key: 'officer.offline.invalid.copy' }
  return e
}

export function toOfflineInput(d: OfflineDraft): OfflineRequestInput {
  const legal = d.applicantType === 'badan_hukum'
  const needsCopy = d.obtain.some((m) => COPIES.includes(m))
  return {
    channel: d.channel,
    received_at: agencyWallTimeToIso(d.receivedAt) ?? '',
    applicant_type: d.applicantType,
    applicant_name: d.name.trim(),
    applicant_address: d.address.trim(),
    applicant_occupation: d.occupation.trim(),
    details: d.details.trim(),
    purpose: d.purpose.trim(),
    obtain_methods: d.obtain,
    copy_methods: needsCopy ? d.copy : [],
    ...(legal ? { applicant_sk_number: d.sk.trim() } : d.nik.trim() ? { applicant_nik: d.nik.trim() } : {}),
    ...(d.phone.trim() ? { applicant_phone: d.phone.trim() } : {}),
    ...(d.email.trim() ? { applicant_email: d.email.trim() } : {}),
    ...(d.unitId ? { target_unit_id: Number(d.unitId) } : {}),
  }
}
