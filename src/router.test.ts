import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { RouteLocationNormalized } from 'vue-router'
import * as api from '@/api/auth'
import type { StaffRole } from '@/api/roles'
import App from '@/App.vue'
import { i18n } from '@/i18n'
import { authGuard, createAppRouter, documentTitle, prefetchComponents, routes, type SessionGate } from '@/router'

vi.mock('@/api/auth', async () => (await import('@/test/mockAuthApi')).mockAuthApi())
vi.mock('@/api/roles', async () => (await import('@/test/mockRolesApi')).mockRolesApi())

function routeTo(fullPath: string, meta: Partial<RouteLocationNormalized['meta']>): RouteLocationNormalized {
  return { fullPath, meta: { titleKey: 'home.title', ...meta } } as RouteLocationNormalized
}

function gate(
  isSignedIn: boolean,
  ready = () => Promise.resolve(),
  roles: StaffRole[] = [],
  rolesReady = () => Promise.resolve(),
): SessionGate & { ready: ReturnType<typeof vi.fn>; rolesReady: ReturnType<typeof vi.fn> } {
  return {
    isSignedIn,
    ready: vi.fn(ready),
    rolesReady: vi.fn(rolesReady),
    hasAnyRole: (wanted) => wanted.some((role) => roles.includes(role)),
  }
}

describe('authGuard', () => {
  it('lets public routes through without waiting for the session (no supabase-js on the home page)', async () => {
    const session = gate(false)
    await expect(authGuard(routeTo('/', {}), session)).resolves.toBe(true)
    expect(session.ready).not.toHaveBeenCalled()
  })

  it('sends a signed-out visitor of a protected route to sign-in, remembering where they were going', async () => {
    const session = gate(false)
    await expect(authGuard(routeTo('/permohonan?x=1', { requiresAuth: true }), session)).resolves.toEqual({
      name: 'sign-in',
      query: { redirect: '/permohonan?x=1' },
    })
    expect(session.ready).toHaveBeenCalledTimes(1)
  })

  it('lets a signed-in user into a protected route', async () => {
    await expect(authGuard(routeTo('/permohonan', { requiresAuth: true }), gate(true))).resolves.toBe(true)
  })

  it('sends a signed-in user away from guest-only pages', async () => {
    await expect(authGuard(routeTo('/masuk', { guestOnly: true }), gate(true))).resolves.toEqual({ name: 'home' })
  })

  it('shows guest-only pages to signed-out visitors after the session is restored', async () => {
    const session = gate(false)
    await expect(authGuard(routeTo('/masuk', { guestOnly: true }), session)).resolves.toBe(true)
    expect(session.ready).toHaveBeenCalledTimes(1)
  })

  it('sends a user without the route\'s staff role to the forbidden page', async () => {
    const to = routeTo('/petugas', { roles: ['petugas', 'ppid'] })
    await expect(authGuard(to, gate(true, undefined, ['admin']))).resolves.toEqual({
      name: 'forbidden',
      query: { from: '/petugas' },
    })
    await expect(authGuard(to, gate(true, undefined, ['ppid']))).resolves.toBe(true)
  })

  it('waits for the staff roles only on staff routes', async () => {
    const citizen = gate(true)
    await expect(authGuard(routeTo('/permohonan', { requiresAuth: true }), citizen)).resolves.toBe(true)
    expect(citizen.rolesReady).not.toHaveBeenCalled()
    const officer = gate(true, undefined, ['petugas'])
    await expect(authGuard(routeTo('/petugas', { roles: ['petugas'] }), officer)).resolves.toBe(true)
    expect(officer.rolesReady).toHaveBeenCalledTimes(1)
  })

  it('shows the forbidden page when the roles could not be loaded', async () => {
    const session = gate(true, undefined, [], () => Promise.reject(new Error('offline')))
    await expect(authGuard(routeTo('/petugas', { roles: ['petugas'] }), session)).resolves.toMatchObject({ name: 'forbidden' })
  })

  it('treats a route with roles as requiring sign-in', async () => {
    await expect(authGuard(routeTo('/petugas', { roles: ['petugas'] }), gate(false))).resolves.toMatchObject({
      name: 'sign-in',
    })
  })

  it('treats a failed restore as signed out', async () => {
    const broken = () => gate(false, () => Promise.reject(new Error('offline')))
    await expect(authGuard(routeTo('/permohonan', { requiresAuth: true }), broken())).resolves.toMatchObject({
      name: 'sign-in',
    })
    await expect(authGuard(routeTo('/masuk', { guestOnly: true }), broken())).resolves.toBe(true)
  })
})

describe('route table', () => {
  it.each(routes.map((route) => [route.path, route.meta?.titleKey]))('%s has a translated title', (_path, key) => {
    expect(key).toBeTruthy()
    expect(i18n.global.te(key!, 'id')).toBe(true)
  })

  it('builds the document title from the page title and the service name', () => {
    i18n.global.locale.value = 'id'
    expect(documentTitle({ meta: { titleKey: 'auth.signIn.title' } })).toBe(
      'Masuk – Layanan Permohonan Informasi Publik',
    )
  })
})

describe('prefetchComponents', () => {
  it('starts the lazy page components of the route, and leaves real components and failures alone', async () => {
    const lazy = vi.fn(() => Promise.resolve({}))
    const failing = vi.fn(() => Promise.reject(new Error('chunk failed')))
    const functional = Object.assign(vi.fn(), { props: ['x'] })
    const matched = [
      { components: { default: lazy, aside: failing } },
      { components: { default: functional } },
      { components: { default: { __vccOpts: {} } } },
      { components: undefined },
    ] as unknown as RouteLocationNormalized['matched']

    prefetchComponents({ matched })
    await flushPromises()

    expect(lazy).toHaveBeenCalledTimes(1)
    expect(failing).toHaveBeenCalledTimes(1)
    expect(functional).not.toHaveBeenCalled()
  })

  it('is what a navigation to a signed-in page starts before the session is restored', async () => {
    const router = createAppRouter()
    const record = router.getRoutes().find((r) => r.name === 'citizen-request-new')!
    const loader = vi.fn(() => new Promise<never>(() => undefined))
    record.components = { default: loader }
    let restore!: () => void
    vi.mocked(api.getSession).mockReturnValue(new Promise((resolve) => (restore = () => resolve(null))))
    vi.mocked(api.onAuthStateChange).mockResolvedValue(() => undefined)
    const wrapper = mount({ template: '<RouterView />' }, { global: { plugins: [createPinia(), i18n, router] } })

    const navigation = router.push('/permohonan/baru')
    await flushPromises()

    expect(loader).toHaveBeenCalled()
    expect(api.getSession).toHaveBeenCalled()
    // Let the redirect to sign-in finish here: left running, it rewrote the URL and title under the next test.
    restore()
    await navigation
    wrapper.unmount()
  })
})

describe('navigation', () => {
  beforeEach(() => {
    vi.resetAllMocks()
    i18n.global.locale.value = 'id'
    vi.mocked(api.getSession).mockResolvedValue(null)
    vi.mocked(api.onAuthStateChange).mockResolvedValue(() => undefined)
  })

  async function mountApp(path: string) {
    window.history.replaceState(null, '', path)
    const router = createAppRouter()
    const wrapper = mount(App, { global: { plugins: [createPinia(), i18n, router] }, attachTo: document.body })
    await router.isReady()
    await flushPromises()
    return { wrapper, router }
  }

  it('renders the home page without restoring the session', async () => {
    const { wrapper } = await mountApp('/')

    expect(wrapper.get('h1').text()).toBe('Layanan Permohonan Informasi Publik')
    expect(document.title).toBe('Beranda – Layanan Permohonan Informasi Publik')
    expect(api.getSession).not.toHaveBeenCalled()
    wrapper.unmount()
  })

  it('sets the title and moves focus to the new main heading after a navigation', async () => {
    const { wrapper, router } = await mountApp('/')

    await router.push({ name: 'sign-in' })
    await flushPromises()

    expect(document.title).toBe('Masuk – Layanan Permohonan Informasi Publik')
    const heading = wrapper.get('main h1')
    expect(heading.text()).toBe('Masuk ke akun Anda')
    expect(document.activeElement).toBe(heading.element)
    wrapper.unmount()
  })

  it('shows the 404 page for unknown addresses', async () => {
    const { wrapper } = await mountApp('/tidak-ada')

    expect(wrapper.get('main h1').text()).toBe('Halaman tidak ditemukan')
    wrapper.unmount()
  })
})
