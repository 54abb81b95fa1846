import { nextTick } from 'vue'
import {
  createRouter,
  createWebHistory,
  START_LOCATION,
  type RouteLocationNormalized,
  type RouteLocationRaw,
  type RouteRecordRaw,
} from 'vue-router'
import type { StaffRole } from '@/api/roles'
import { i18n, loadMessagesFor } from '@/i18n'
// In the entry chunk, not lazy: most visits start here, and a lazy page costs a phone on a slow
// network one more round trip before anything shows (about 0.05 of Lighthouse's performance score).
import HomePage from '@/pages/public/HomePage.vue'
import { accountRoutes } from '@/routes/account'
import { adminRoutes } from '@/routes/admin'
import { citizenRoutes } from '@/routes/citizen'
import { officerRoutes } from '@/routes/officer'
import { queueRoutes } from '@/routes/queue'
import { reportsRoutes } from '@/routes/reports'
import { useSessionStore } from '@/stores/session'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title, shown in the browser tab and announced on navigation. */
    titleKey: string
    requiresAuth?: boolean
    /** Pages such as sign-in that a signed-in user has no use for. */
    guestOnly?: boolean
    /** Only for users holding one of these active staff roles (implies requiresAuth). */
    roles?: readonly StaffRole[]
    /** Shows the route in the header menu, in `order`. */
    nav?: { labelKey: string; order: number }
  }
}

export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'home',
    component: HomePage,
    meta: { titleKey: 'home.title' },
  },
  {
    path: '/masuk',
    name: 'sign-in',
    component: () => import('@/pages/auth/SignInPage.vue'),
    meta: { titleKey: 'auth.signIn.title', guestOnly: true },
  },
  {
    path: '/daftar',
    name: 'sign-up',
    component: () => import('@/pages/auth/SignUpPage.vue'),
    meta: { titleKey: 'auth.signUp.title', guestOnly: true },
  },
  ...accountRoutes,
  ...citizenRoutes,
  ...queueRoutes,
  ...officerRoutes,
  ...reportsRoutes,
  ...adminRoutes,
  {
    path: '/tidak-berwenang',
    name: 'forbidden',
    component: () => import('@/pages/public/ForbiddenPage.vue'),
    meta: { titleKey: 'forbidden.title' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/pages/public/NotFoundPage.vue'),
    meta: { titleKey: 'notFound.title' },
  },
]

/** The header menu's entries (`meta.nav`), in their order: the route table is fixed, so found once. */
export const navRoutes = routes
  .filter((route) => route.meta?.nav)
  .sort((a, b) => a.meta!.nav!.order - b.meta!.nav!.order)
  .map((route) => ({ name: route.name!, meta: route.meta! }))

export interface SessionGate {
  ready(): Promise<void>
  /** After ready(): the staff roles too (a citizen's pages need not wait for them). */
  rolesReady(): Promise<void>
  readonly isSignedIn: boolean
  hasAnyRole(roles: readonly StaffRole[]): boolean
}

/**
 * UX only: the database decides what a user may see. Waits for the session only on routes that
 * depend on it, so public pages never load supabase-js for it.
 */
export async function authGuard(to: RouteLocationNormalized, session: SessionGate): Promise<true | RouteLocationRaw> {
  const { guestOnly, roles } = to.meta
  const requiresAuth = to.meta.requiresAuth || roles !== undefined
  if (!requiresAuth && !guestOnly) return true
  try {
    await session.ready()
  } catch {
    // Unknown session (offline, backend down): treat as signed out; the sign-in form reports the error.
  }
  if (requiresAuth && !session.isSignedIn) return { name: 'sign-in', query: { redirect: to.fullPath } }
  if (guestOnly && session.isSignedIn) return { name: 'home' }
  if (!roles) return true
  try {
    await session.rolesReady()
  } catch {
    // Roles unknown (offline, backend down): no staff page; the forbidden page says so and links back.
  }
  if (!session.hasAnyRole(roles)) return { name: 'forbidden', query: { from: to.fullPath } }
  return true
}

export function documentTitle(to: Pick<RouteLocationNormalized, 'meta'>): string {
  const { t } = i18n.global
  return `${t(to.meta.titleKey)} – ${t('app.name')}`
}

/** Moves focus to the new page's heading so screen readers announce it, as a full page load would. */
export async function focusMainHeading(): Promise<void> {
  await nextTick()
  document.querySelector<HTMLElement>('main h1')?.focus()
}

/**
 * Starts downloading the page's lazy component while the guard waits for its messages and the session:
 * vue-router itself resolves lazy components only after the global guards. The router's own call later
 * gets the same module from the browser's module map, so nothing loads twice. A failed download is
 * left for the router's call to report.
 */
export function prefetchComponents(to: Pick<RouteLocationNormalized, 'matched'>): void {
  for (const record of to.matched) {
    for (const component of Object.values(record.components ?? {})) {
      // Lazy loaders are plain functions; components (even functional ones) carry these markers.
      if (typeof component !== 'function' || 'displayName' in component || 'props' in component || '__vccOpts' in component) continue
      ;(component as () => Promise<unknown>)().catch(() => undefined)
    }
  }
}

export function createAppRouter() {
  const router = createRouter({
    history: createWebHistory(import.meta.env.BASE_URL),
    routes,
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  })

  router.beforeEach(async (to) => {
    prefetchComponents(to)
    await loadMessagesFor(to.meta.titleKey)
    return authGuard(to, useSessionStore())
  })

  router.afterEach((to, from, failure) => {
    if (failure) return
    document.title = documentTitle(to)
    // On the first load the browser already starts at the top of the document; keep that.
    if (from !== START_LOCATION) return focusMainHeading()
  })

  return router
}
