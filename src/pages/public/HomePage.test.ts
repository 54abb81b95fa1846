import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AgencyPublic } from '@/api/agency'
import HomePage from '@/pages/public/HomePage.vue'
import { mountPage } from '@/test/mountPage'

// Any import of supabase-js, static or lazy, flips this flag; the api modules stay real on purpose.
const loaded = vi.hoisted(() => ({ supabaseJs: false }))
vi.mock('@supabase/supabase-js', () => {
  loaded.supabaseJs = true
  return {}
})

const AGENCY: AgencyPublic = {
  name: 'Dinas Komunikasi dan Informatika Kabupaten Kutai Kartanegara', short_name: 'Diskominfo Kukar',
  parent_government: 'Pemerintah Kabupaten Kutai Kartanegara', address: 'Jl. Wolter Monginsidi No. 1, Tenggarong',
  phone: '(0541) 661234', whatsapp: '0812-5555-0101', email: 'ppid@kukarkab.test', website: 'https://ppid.kukarkab.test',
  logo_path: null, ppid_name: 'Nama PPID', ppid_position: 'Kepala Diskominfo selaku PPID Utama',
  atasan_position: 'Sekretaris Daerah selaku Atasan PPID', time_zone: 'Asia/Makassar', cutoff_hour: 15,
  lapor_url: 'https://www.lapor.go.id', komisi_informasi: 'Komisi Informasi Provinsi Kalimantan Timur', completion_window_wd: 5,
}

let wrapper: VueWrapper | undefined
let answer: { resolve: (r: Response) => void; reject: (e: unknown) => void }
const fetchMock = vi.fn(() => new Promise<Response>((resolve, reject) => (answer = { resolve, reject })))

beforeEach(() => {
  localStorage.clear()
  fetchMock.mockClear()
  vi.stubGlobal('fetch', fetchMock)
  vi.stubEnv('VITE_SUPABASE_URL', 'https://ppid.example.test')
  vi.stubEnv('VITE_SUPABASE_ANON_KEY', 'anon-key')
})
afterEach(() => {
  wrapper?.unmount()
  vi.unstubAllGlobals()
  vi.unstubAllEnvs()
})

async function open() {
  wrapper = (await mountPage(HomePage, '/')).wrapper
  return wrapper
}

describe('HomePage', () => {
  it('renders the static content at once, before the settings arrive, without loading supabase-js', async () => {
    const page = await open()
    expect(page.get('h1').text()).toBe('Layanan Permohonan Informasi Publik')
    expect(page.text()).toContain('Paling lambat 10 hari kerja')
    expect(page.text()).toContain('paling lama 7 hari kerja')
    expect(page.text()).toContain('paling lambat 30 hari kerja')
    expect(page.findAll('#home-exempt ~ ol li')).toHaveLength(10)
    expect(page.text()).toContain('Maklumat pelayanan')
    expect(page.text()).toContain('Layanan permohonan informasi gratis.')
    expect(page.text()).toContain('Memuat kontak…')

    expect(fetchMock).toHaveBeenCalledWith('https://ppid.example.test/rest/v1/rpc/agency_public', expect.objectContaining({
      method: 'POST', headers: expect.objectContaining({ apikey: 'anon-key' }),
    }))
    answer.resolve(new Response(JSON.stringify(AGENCY), { status: 200 }))
    await flushPromises()
    expect(loaded.supabaseJs).toBe(false)
  })

  it('fills contacts, deadlines and links from the agency settings and caches them for the next visit', async () => {
    const page = await open()
    answer.resolve(new Response(JSON.stringify(AGENCY), { status: 200 }))
    await flushPromises()

    expect(page.text()).toContain('Jl. Wolter Monginsidi No. 1, Tenggarong')
    expect(page.find('a[href="tel:0541661234"]').exists()).toBe(true)
    expect(page.get('a[href="https://wa.me/6281255550101"]').text()).toBe('0812-5555-0101')
    expect(page.find('a[href="mailto:ppid@kukarkab.test"]').exists()).toBe(true)
    expect(page.get('a[href="https://www.lapor.go.id"]').text()).toContain('LAPOR!')
    expect(page.text()).toContain('setelah pukul 15.00 WITA')
    expect(page.text()).toContain('melengkapinya dalam 5 hari kerja')
    expect(page.text()).toContain('Sekretaris Daerah selaku Atasan PPID')
    expect(page.text()).toContain('Komisi Informasi Provinsi Kalimantan Timur')
    expect(page.text()).toContain('Nama PPID, Kepala Diskominfo selaku PPID Utama')
    wrapper!.unmount()

    // Next visit offline: the cached answer shows at once.
    const again = await open()
    answer.reject(new TypeError('Failed to fetch'))
    await flushPromises()
    expect(again.text()).toContain('Jl. Wolter Monginsidi No. 1, Tenggarong')
    expect(again.text()).not.toContain('Kontak belum dapat dimuat')
  })

  it('says the contacts could not be loaded when offline without a cached copy, and keeps the rest', async () => {
    const page = await open()
    answer.reject(new TypeError('Failed to fetch'))
    await flushPromises()
    expect(page.text()).toContain('Kontak belum dapat dimuat')
    expect(page.text()).toContain('Paling lambat 10 hari kerja')
  })
})
