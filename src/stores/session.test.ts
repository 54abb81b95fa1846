import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import * as api from '@/api/auth'
import { AuthApiFailure, type AuthListener } from '@/api/auth'
import { listMyActiveRoles, type StaffRole } from '@/api/roles'
import { useSessionStore } from '@/stores/session'
import { fakeSession } from '@/test/fixtures'

vi.mock('@/api/auth', async () => (await import('@/test/mockAuthApi')).mockAuthApi())
vi.mock('@/api/roles', async () => (await import('@/test/mockRolesApi')).mockRolesApi())

let listener: AuthListener | undefined

beforeEach(() => {
  vi.resetAllMocks()
  setActivePinia(createPinia())
  listener = undefined
  vi.mocked(api.getSession).mockResolvedValue(null)
  vi.mocked(listMyActiveRoles).mockResolvedValue([])
  vi.mocked(api.onAuthStateChange).mockImplementation((fn) => {
    listener = fn
    return Promise.resolve(() => undefined)
  })
})

describe('session store', () => {
  it('restores the stored session once, however often ready() is awaited', async () => {
    const session = fakeSession()
    vi.mocked(api.getSession).mockResolvedValue(session)
    const store = useSessionStore()

    expect(store.status).toBe('idle')
    const first = store.ready()
    expect(store.status).toBe('restoring')
    await Promise.all([first, store.ready()])

    expect(api.getSession).toHaveBeenCalledTimes(1)
    expect(api.onAuthStateChange).toHaveBeenCalledTimes(1)
    expect(store.status).toBe('ready')
    expect(store.session).toEqual(session)
    expect(store.user?.email).toBe('warga@contoh.id')
    expect(store.isSignedIn).toBe(true)
  })

  it('does not touch the backend before ready() is called', () => {
    useSessionStore()
    expect(api.getSession).not.toHaveBeenCalled()
  })

  it('restoreIfHinted loads the session only when one may be stored', async () => {
    const store = useSessionStore()
    vi.mocked(api.mayHaveSession).mockReturnValue(false)
    store.restoreIfHinted()
    expect(api.getSession).not.toHaveBeenCalled()

    vi.mocked(api.mayHaveSession).mockReturnValue(true)
    store.restoreIfHinted()
    await store.ready()
    expect(api.getSession).toHaveBeenCalledTimes(1)
  })

  it('rejects ready() when the restore fails and retries on the next call', async () => {
    vi.mocked(api.getSession).mockRejectedValueOnce(new AuthApiFailure('network', 'Failed to fetch', 0))
    const store = useSessionStore()

    await expect(store.ready()).rejects.toMatchObject({ code: 'network' })
    expect(store.status).toBe('idle')

    await store.ready()
    expect(api.getSession).toHaveBeenCalledTimes(2)
    expect(store.status).toBe('ready')
  })

  it('follows auth events: refreshed sessions replace the old one, SIGNED_OUT resets', async () => {
    const store = useSessionStore()
    await store.ready()
    const refreshed = fakeSession('baru@contoh.id')

    listener?.('TOKEN_REFRESHED', refreshed)
    expect(store.user?.email).toBe('baru@contoh.id')

    listener?.('SIGNED_OUT', null)
    expect(store.session).toBeNull()
    expect(store.isSignedIn).toBe(false)
  })

  it('signIn stores the returned session', async () => {
    const session = fakeSession()
    vi.mocked(api.signIn).mockResolvedValue(session)
    const store = useSessionStore()

    await store.signIn('warga@contoh.id', 'rahasia123')

    expect(api.signIn).toHaveBeenCalledWith('warga@contoh.id', 'rahasia123')
    expect(store.isSignedIn).toBe(true)
  })

  it('loads the active staff roles on sign-in and forgets them on sign-out', async () => {
    vi.mocked(api.signIn).mockResolvedValue(fakeSession())
    vi.mocked(api.signOut).mockResolvedValue()
    vi.mocked(listMyActiveRoles).mockResolvedValue(['petugas'])
    const store = useSessionStore()

    await store.signIn('petugas@contoh.id', 'rahasia123')
    expect(listMyActiveRoles).toHaveBeenCalledWith(fakeSession().user.id)
    expect(store.isStaff).toBe(true)
    expect(store.hasAnyRole(['ppid', 'petugas'])).toBe(true)
    expect(store.hasAnyRole(['admin'])).toBe(false)

    await store.signOut()
    expect(store.roles).toEqual([])
    expect(store.isStaff).toBe(false)
  })

  it('restores without waiting for the staff roles; rolesReady waits for them', async () => {
    vi.mocked(api.getSession).mockResolvedValue(fakeSession())
    let answer: (roles: StaffRole[]) => void = () => undefined
    vi.mocked(listMyActiveRoles).mockReturnValue(new Promise((resolve) => (answer = resolve)))
    const store = useSessionStore()

    await store.ready()
    expect(store.isSignedIn).toBe(true)
    expect(store.roles).toEqual([])
    let rolesKnown = false
    const waiting = store.rolesReady().then(() => (rolesKnown = true))
    await Promise.resolve()
    expect(rolesKnown).toBe(false)
    answer(['ppid'])
    await waiting
    expect(store.hasAnyRole(['ppid'])).toBe(true)
  })

  it('signIn passes the typed failure through and stays signed out', async () => {
    vi.mocked(api.signIn).mockRejectedValue(new AuthApiFailure('invalid_credentials', 'Invalid login credentials', 400))
    const store = useSessionStore()

    await expect(store.signIn('warga@contoh.id', 'salah')).rejects.toBeInstanceOf(AuthApiFailure)
    expect(store.isSignedIn).toBe(false)
  })

  it('signUp reports whether the email must be confirmed first', async () => {
    const store = useSessionStore()
    vi.mocked(api.signUp).mockResolvedValueOnce({ session: null, user: fakeSession().user })
    await expect(store.signUp('warga@contoh.id', 'rahasia123')).resolves.toBe(true)
    expect(store.isSignedIn).toBe(false)

    vi.mocked(api.signUp).mockResolvedValueOnce({ session: fakeSession(), user: fakeSession().user })
    await expect(store.signUp('warga@contoh.id', 'rahasia123')).resolves.toBe(false)
    expect(store.isSignedIn).toBe(true)
  })

  it('signOut resets the user state', async () => {
    vi.mocked(api.getSession).mockResolvedValue(fakeSession())
    vi.mocked(api.signOut).mockResolvedValue()
    const store = useSessionStore()
    await store.ready()

    await store.signOut()

    expect(api.signOut).toHaveBeenCalledTimes(1)
    expect(store.session).toBeNull()
    expect(store.user).toBeNull()
  })

  it('keeps the session when signing out fails, so the UI does not pretend the user left', async () => {
    vi.mocked(api.getSession).mockResolvedValue(fakeSession())
    vi.mocked(api.signOut).mockRejectedValue(new AuthApiFailure('network', 'Failed to fetch', 0))
    const store = useSessionStore()
    await store.ready()

    await expect(store.signOut()).rejects.toMatchObject({ code: 'network' })
    expect(store.isSignedIn).toBe(true)
  })
})
