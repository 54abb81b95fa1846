import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { cachedAgencyPublic, fetchAgencyPublic } from '@/api/agency'
import { agency as buildAgency } from '@/config/agency'
import { env, sql } from '../../supabase/tests/helpers'

describe('agency_public by plain fetch (against the stack)', () => {
  const store = new Map<string, string>()
  beforeEach(() => {
    vi.stubEnv('VITE_SUPABASE_URL', env().url)
    vi.stubEnv('VITE_SUPABASE_ANON_KEY', env().anonKey)
    store.clear()
    vi.stubGlobal('localStorage', {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    })
  })
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.unstubAllGlobals()
  })

  it('returns the settings anyone may see, as anon, and caches them for the next visit', async () => {
    await sql(`update public.agency_settings set whatsapp = '0812-5555-0101', phone = '(0541) 661234' where id`)
    expect(cachedAgencyPublic()).toBeNull()
    const agency = await fetchAgencyPublic()
    expect(agency).toMatchObject({
      name: 'Dinas Komunikasi dan Informatika Kabupaten Kutai Kartanegara',
      short_name: 'Diskominfo Kukar',
      whatsapp: '0812-5555-0101',
      phone: '(0541) 661234',
      lapor_url: 'https://www.lapor.go.id',
      komisi_informasi: 'Komisi Informasi Provinsi Kalimantan Timur',
      time_zone: 'Asia/Makassar',
      cutoff_hour: 16,
      completion_window_wd: 10,
    })
    // Officials' NIPs and the letterhead are not for the public page.
    expect(Object.keys(agency)).not.toContain('ppid_nip')
    expect(Object.keys(agency)).not.toContain('atasan_name')
    expect(cachedAgencyPublic()).toEqual(agency)
    await sql(`update public.agency_settings set whatsapp = null, phone = null where id`)
  })

  it("is the agency the build prerenders, so that a repeat visitor's cached name still shows the home page", async () => {
    expect((await fetchAgencyPublic()).name).toBe(buildAgency.name)
  })

  it('fails with a DbFailure when the gateway refuses the key, and keeps the old cache', async () => {
    vi.stubEnv('VITE_SUPABASE_ANON_KEY', 'not-a-key')
    store.set('ppid-agency-public', JSON.stringify({ name: 'Kemarin' }))
    await expect(fetchAgencyPublic()).rejects.toMatchObject({ name: 'DbFailure' })
    expect(cachedAgencyPublic()).toEqual({ name: 'Kemarin' })
  })

  it('reports an unreachable server as a network failure', async () => {
    vi.stubEnv('VITE_SUPABASE_URL', 'http://127.0.0.1:9')
    await expect(fetchAgencyPublic()).rejects.toMatchObject({ reason: 'network' })
  })
})
