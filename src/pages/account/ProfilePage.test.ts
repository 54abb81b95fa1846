import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { DbFailure } from '@/api/errors'
import * as filesApi from '@/api/files'
import * as profileApi from '@/api/profile'
import { i18n } from '@/i18n'
import { maskNik } from '@/lib/format'
import ProfilePage from '@/pages/account/ProfilePage.vue'
import { routes } from '@/router'
import { useProfileStore } from '@/stores/profile'
import { useSessionStore } from '@/stores/session'
import { fakeSession } from '@/test/fixtures'

vi.mock('@/api/auth', async () => (await import('@/test/mockAuthApi')).mockAuthApi())
vi.mock('@/api/roles', async () => (await import('@/test/mockRolesApi')).mockRolesApi())
vi.mock('@/api/profile', () => ({
  getMyProfile: vi.fn(() => Promise.reject(new Error('Unexpected getMyProfile()'))),
  saveMyProfile: vi.fn(() => Promise.reject(new Error('Unexpected saveMyProfile()'))),
}))
vi.mock('@/api/files', () => ({
  listIdentityDocuments: vi.fn(() => Promise.reject(new Error('Unexpected listIdentityDocuments()'))),
  addIdentityDocument: vi.fn(() => Promise.reject(new Error('Unexpected addIdentityDocument()'))),
  uploadObject: vi.fn(() => Promise.reject(new Error('Unexpected uploadObject()'))),
  removeObject: vi.fn(() => Promise.reject(new Error('Unexpected removeObject()'))),
  resumableTarget: vi.fn(() => Promise.reject(new Error('Unexpected resumableTarget()'))),
}))

const USER_ID = fakeSession().user.id
const SAVED: profileApi.Profile = {
  id: USER_ID, applicant_type: 'perorangan', full_name: 'Siti Rahmawati', nik_masked: '6402••••••••0002', sk_number: null,
  address: 'Jl. Mawar No. 12, Tenggarong', occupation: 'Mahasiswa', phone: '081253400101', email: 'warga@contoh.id',
  updated_at: '2026-11-20T02:00:00Z',
}

/** What the database gives back after a save: never the NIK, only its mask. */
function stored(id: string, input: profileApi.ProfileInput, nikMasked: string | null): profileApi.Profile {
  const row = { ...input }
  delete row.nik
  return { id, updated_at: 'now', ...row, nik_masked: nikMasked }
}

async function mountProfile(path = '/akun/profil') {
  const pinia = createPinia()
  setActivePinia(pinia)
  useSessionStore().session = fakeSession()
  i18n.global.locale.value = 'id'
  const router = createRouter({ history: createMemoryHistory(), routes })
  await router.push(path)
  const wrapper = mount(ProfilePage, { global: { plugins: [router, pinia, i18n] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

async function fill(wrapper: Awaited<ReturnType<typeof mountProfile>>, values: Record<string, string>) {
  for (const [field, value] of Object.entries(values)) await wrapper.get(`#profile-${field}`).setValue(value)
}

describe('ProfilePage', () => {
  beforeEach(() => {
    vi.mocked(profileApi.getMyProfile).mockReset()
    vi.mocked(profileApi.saveMyProfile).mockReset()
    vi.mocked(filesApi.listIdentityDocuments).mockReset()
    vi.mocked(filesApi.listIdentityDocuments).mockResolvedValue([])
  })

  it('for a new citizen: an empty form, the account email, and the identity upload waits for the profile', async () => {
    vi.mocked(profileApi.getMyProfile).mockResolvedValue(null)
    const wrapper = await mountProfile()
    expect(wrapper.get('h1').text()).toBe('Profil pemohon')
    expect(wrapper.text()).toContain('warga@contoh.id')
    expect(wrapper.text()).toContain('Lengkapi profil dan unggah dokumen identitas')
    expect(wrapper.text()).toContain('Simpan profil terlebih dahulu')
    expect(wrapper.text()).toContain('hanya Anda dan petugas PPID')
    expect(wrapper.find('input[type=file]').exists()).toBe(false)
  })

  it('shows what is wrong next to each field and saves nothing', async () => {
    vi.mocked(profileApi.getMyProfile).mockResolvedValue(null)
    const wrapper = await mountProfile()
    await fill(wrapper, { full_name: 'Siti', nik: '6402011513900001', address: 'Jl. Mawar 12', occupation: 'Guru', phone: '12345' })
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    const nik = wrapper.get('#profile-nik')
    expect(nik.attributes('aria-invalid')).toBe('true')
    expect(nik.attributes('aria-describedby')).toContain('profile-nik-error')
    expect(wrapper.get('#profile-nik-error').text()).toContain('NIK ini tidak mungkin benar')
    expect(wrapper.get('#profile-phone-error').text()).toContain('diawali 08 atau +628')
    expect(document.activeElement?.id).toBe('profile-nik')
    expect(profileApi.saveMyProfile).not.toHaveBeenCalled()
  })

  it('saves a badan hukum with its SK number, then offers the identity upload', async () => {
    vi.mocked(profileApi.getMyProfile).mockResolvedValue(null)
    vi.mocked(profileApi.saveMyProfile).mockImplementation(async (id, input) => stored(id, input, null))
    const wrapper = await mountProfile()
    await wrapper.get('#profile-type-badan_hukum').setValue(true)
    await fill(wrapper, { full_name: 'Yayasan Uji', sk_number: 'AHU-0012345.AH.01.04', address: 'Jl. Mawar 12', occupation: 'Yayasan', phone: '0812 3456 7890' })
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(profileApi.saveMyProfile).toHaveBeenCalledWith(USER_ID, {
      applicant_type: 'badan_hukum', full_name: 'Yayasan Uji', nik: null, sk_number: 'AHU-0012345.AH.01.04',
      address: 'Jl. Mawar 12', occupation: 'Yayasan', phone: '081234567890', email: 'warga@contoh.id',
    })
    expect(wrapper.text()).toContain('Profil tersimpan.')
    expect(wrapper.get('input[type=file]').attributes('accept')).toBe('image/jpeg,image/png,application/pdf')
    expect(wrapper.text()).toContain('Akta pendirian atau SK pengesahan')
  })

  it('shows a saved NIK masked, and takes a new one only after "Ubah NIK"', async () => {
    vi.mocked(profileApi.getMyProfile).mockResolvedValue(SAVED)
    vi.mocked(profileApi.saveMyProfile).mockImplementation(async (id, input) =>
      stored(id, input, input.nik === undefined ? SAVED.nik_masked : maskNik(input.nik) || null))
    const wrapper = await mountProfile()
    expect(wrapper.text()).toContain('NIK tersimpan: 6402••••••••0002')
    expect(wrapper.find('#profile-nik').exists()).toBe(false)

    await wrapper.get('.account-nik-field__link').trigger('click')
    expect(wrapper.get<HTMLInputElement>('#profile-nik').element.value).toBe('')
    await fill(wrapper, { nik: '6402011505900001' })
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(vi.mocked(profileApi.saveMyProfile).mock.calls[0]![1].nik).toBe('6402011505900001')
    expect(wrapper.text()).toContain('NIK tersimpan: 6402••••••••0001')
    expect(wrapper.find('#profile-nik').exists()).toBe(false)
  })

  it('keeps the saved NIK without knowing it: a save that does not change it sends no nik at all', async () => {
    vi.mocked(profileApi.getMyProfile).mockResolvedValue(SAVED)
    vi.mocked(profileApi.saveMyProfile).mockImplementation(async (id, input) => stored(id, input, SAVED.nik_masked))
    const wrapper = await mountProfile()
    await fill(wrapper, { occupation: 'Peneliti' })
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(vi.mocked(profileApi.saveMyProfile).mock.calls[0]![1]).not.toHaveProperty('nik')
    expect(vi.mocked(profileApi.saveMyProfile).mock.calls[0]![1]).toMatchObject({ occupation: 'Peneliti' })

    // "Ubah NIK", then "keep the saved one": the half-typed NIK is dropped, not sent.
    await wrapper.get('.account-nik-field__link').trigger('click')
    await fill(wrapper, { nik: '640201' })
    await wrapper.get('.account-nik-field__link').trigger('click')
    expect(wrapper.text()).toContain('NIK tersimpan: 6402••••••••0002')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(vi.mocked(profileApi.saveMyProfile).mock.calls[1]![1]).not.toHaveProperty('nik')
  })

  it.each([
    [new DbFailure('Failed to fetch', 'network', ''), 'Tidak terhubung ke server'],
    [new DbFailure('permission denied', 'not_signed_in', '42501'), 'Sesi Anda sudah berakhir'],
  ])('keeps every entry when the save fails (%s)', async (failure, message) => {
    vi.mocked(profileApi.getMyProfile).mockResolvedValue(SAVED)
    vi.mocked(profileApi.saveMyProfile).mockRejectedValue(failure)
    const wrapper = await mountProfile()
    await fill(wrapper, { occupation: 'Peneliti', address: 'Jl. Baru 1, Tenggarong' })
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(wrapper.get('[aria-live=assertive]').text()).toContain(message)
    expect(wrapper.get<HTMLInputElement>('#profile-occupation').element.value).toBe('Peneliti')
    expect(wrapper.get<HTMLTextAreaElement>('#profile-address').element.value).toBe('Jl. Baru 1, Tenggarong')
    expect(useProfileStore().profile?.occupation).toBe('Mahasiswa')
  })

  it('says so when the profile cannot be loaded, and loads again on request', async () => {
    vi.mocked(profileApi.getMyProfile).mockRejectedValueOnce(new DbFailure('offline', 'network', '')).mockResolvedValueOnce(SAVED)
    const wrapper = await mountProfile()
    expect(wrapper.text()).toContain('Profil tidak dapat dimuat')
    await wrapper.get('.profile-page__reload').trigger('click')
    await flushPromises()
    expect(wrapper.text()).toContain('NIK tersimpan')
  })

  it('shows the stored identity document and its check result', async () => {
    vi.mocked(profileApi.getMyProfile).mockResolvedValue(SAVED)
    vi.mocked(filesApi.listIdentityDocuments).mockResolvedValue([{
      id: 'f1', bucket_id: 'identity', object_name: `${USER_ID}/x.jpg`, original_name: 'ktp-siti.jpg', mime_type: 'image/jpeg',
      size_bytes: 1000, check_status: 'mismatch', created_at: '2026-11-20T02:00:00Z',
    }])
    const wrapper = await mountProfile()
    expect(wrapper.text()).toContain('ktp-siti.jpg')
    expect(wrapper.text()).toContain('Ditolak pemeriksaan')
    expect(useProfileStore().isComplete).toBe(false)
  })
  it('offers the way back to the request form once the profile and a verified identity document are complete', async () => {
    vi.mocked(profileApi.getMyProfile).mockResolvedValue(SAVED)
    vi.mocked(filesApi.listIdentityDocuments).mockResolvedValue([{
      id: 'f1', bucket_id: 'identity', object_name: `${USER_ID}/x.jpg`, original_name: 'ktp-siti.jpg', mime_type: 'image/jpeg',
      size_bytes: 1000, check_status: 'verified', created_at: '2026-11-20T02:00:00Z',
    }])
    const wrapper = await mountProfile('/akun/profil?redirect=/permohonan/baru')
    expect(useProfileStore().isComplete).toBe(true)
    expect(wrapper.get('a[href="/permohonan/baru"]').text()).toBe('Lanjutkan ke halaman sebelumnya')
  })

  it('never offers a way back to another site', async () => {
    vi.mocked(profileApi.getMyProfile).mockResolvedValue(SAVED)
    vi.mocked(filesApi.listIdentityDocuments).mockResolvedValue([{
      id: 'f1', bucket_id: 'identity', object_name: `${USER_ID}/x.jpg`, original_name: 'ktp-siti.jpg', mime_type: 'image/jpeg',
      size_bytes: 1000, check_status: 'verified', created_at: '2026-11-20T02:00:00Z',
    }])
    const wrapper = await mountProfile('/akun/profil?redirect=//evil.example')
    expect(wrapper.text()).not.toContain('Lanjutkan ke halaman sebelumnya')
  })
})
