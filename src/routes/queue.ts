import type { RouteRecordRaw } from 'vue-router'

/** The officer's dashboard and queue: staff who work cases (the database checks the same roles). */
const CASE_STAFF = ['petugas', 'ppid', 'atasan_ppid'] as const

export const queueRoutes: RouteRecordRaw[] = [
  {
    path: '/petugas',
    name: 'officer-dashboard',
    component: () => import('@/pages/officer/OfficerDashboardPage.vue'),
    meta: { titleKey: 'queue.dashboard.title', requiresAuth: true, roles: CASE_STAFF, nav: { labelKey: 'queue.nav.dashboard', order: 20 } },
  },
  {
    path: '/petugas/antrian',
    name: 'officer-queue',
    component: () => import('@/pages/officer/OfficerQueuePage.vue'),
    meta: { titleKey: 'queue.page.title', requiresAuth: true, roles: CASE_STAFF, nav: { labelKey: 'queue.nav.queue', order: 21 } },
  },
]
