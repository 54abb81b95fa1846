import { DbFailure } from '@/api/errors'

/** What `agency_public()` returns: the agency's name, contacts and service-charter data, for anyone. */
export interface AgencyPublic {
  name: string
  short_name: string
  parent_government: string
  address: string
  phone: string | null
  whatsapp: string | null
  email: string | null
  website: string | null
  logo_path: string | null
  ppid_name: string
  ppid_position: string
  atasan_position: string
  time_zone: string
  cutoff_hour: number
  lapor_url: string
  komisi_informasi: string
  completion_window_wd: number
}

export const AGENCY_CACHE_KEY = 'ppid-agency-public'

/** The last answer, kept so a repeat visit shows the contacts at once, even offline. */
export function cachedAgencyPublic(): AgencyPublic | null {
  try {
    const raw = globalThis.localStorage?.getItem(AGENCY_CACHE_KEY)
    const value = raw ? (JSON.parse(raw) as AgencyPublic) : null
    return value && typeof value.name === 'string' ? value : null
  } catch {
    return null
  }
}

/**
 * Reads `agency_public()` with a plain fetch instead of supabase-js, so the home page renders without
 * downloading the client (about 50 KiB gzip). Anonymous: only the anon key, as every visitor has it.
 */
export async function fetchAgencyPublic(): Promise<AgencyPublic> {
  const url = import.meta.env.VITE_SUPABASE_URL
  const apikey = import.meta.env.VITE_SUPABASE_ANON_KEY
  if (!url || !apikey) throw new DbFailure('VITE_SUPABASE_URL and VITE_SUPABASE_ANON_KEY must be set.', 'not_configured', '')
  let res: Response
  try {
    res = await fetch(`${url}/rest/v1/rpc/agency_public`, {
      method: 'POST',
      headers: { apikey, authorization: `Bearer ${apikey}`, 'content-type': 'application/json', accept: 'application/json' },
      body: '{}',
    })
  } catch (error) {
    throw new DbFailure(error instanceof Error ? error.message : String(error), 'network', '')
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { message?: string; code?: string; hint?: string }
    throw new DbFailure(body.message ?? res.statusText, body.hint || 'unknown', body.code ?? String(res.status))
  }
  const agency = (await res.json()) as AgencyPublic
  try {
    globalThis.localStorage?.setItem(AGENCY_CACHE_KEY, JSON.stringify(agency))
  } catch {
    // Storage full or blocked: the page still shows the fresh answer.
  }
  return agency
}
