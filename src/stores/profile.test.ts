import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import * as filesApi from '@/api/files'
import * as profileApi from '@/api/profile'
import { useProfileStore } from '@/stores/profile'
import { useSessionStore } from '@/stores/session'
import { fakeSession } from '@/test/fixtures'

vi.mock('@/api/auth', async () => (await import('@/test/mockAuthApi')).mockAuthApi())
vi.mock('@/api/roles', async () => (await import('@/test/mockRolesApi')).mockRolesApi())
vi.mock('@/api/profile', () => ({ getMyProfile: vi.fn(), saveMyProfile: vi.fn() }))
vi.mock('@/api/files', () => ({ listIdentityDocuments: vi.fn(), addIdentityDocument: vi.fn() }))

const PROFILE = { id: fakeSession().user.id, full_name: 'Siti' } as profileApi.Profile
const DOC = { id: 'f1', check_status: 'pending', created_at: '2026-11-20T02:00:00Z' } as filesApi.IdentityDocument

describe('profile store', () => {
  beforeEach(() => {
    vi.clearAllMocks()
    setActivePinia(createPinia())
    vi.mocked(profileApi.getMyProfile).mockResolvedValue(PROFILE)
    vi.mocked(filesApi.listIdentityDocuments).mockResolvedValue([DOC])
  })

  it('is complete with a profile and an identity document the check has not rejected', async () => {
    useSessionStore().session = fakeSession()
    const store = useProfileStore()
    await store.load()
    expect(store.isComplete).toBe(true)
    vi.mocked(filesApi.listIdentityDocuments).mockResolvedValue([{ ...DOC, check_status: 'mismatch' }])
    await store.load(true)
    expect(store.isComplete).toBe(false)
  })

  it('loads once and forgets everything when the user signs out or changes', async () => {
    const session = useSessionStore()
    session.session = fakeSession()
    const store = useProfileStore()
    await Promise.all([store.load(), store.load()])
    expect(profileApi.getMyProfile).toHaveBeenCalledTimes(1)

    session.reset()
    await nextTick()
    expect(store.profile).toBeNull()
    expect(store.identityDocuments).toEqual([])
    expect(store.status).toBe('idle')
  })
})
