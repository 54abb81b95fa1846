import type { RouteRecordRaw } from 'vue-router'

export const citizenRoutes: RouteRecordRaw[] = [
  {
    path: '/permohonan/baru',
    name: 'citizen-request-new',
    component: () => import('@/pages/citizen/RequestNewPage.vue'),
    meta: { titleKey: 'citizen.form.title', requiresAuth: true, nav: { labelKey: 'citizen.nav.newRequest', order: 20 } },
  },
  {
    path: '/permohonan',
    name: 'citizen-requests',
    component: () => import('@/pages/citizen/MyRequestsPage.vue'),
    meta: { titleKey: 'citizen.list.title', requiresAuth: true, nav: { labelKey: 'citizen.nav.myRequests', order: 21 } },
  },
  {
    path: '/permohonan/:id/tanda-terima',
    name: 'citizen-request-receipt',
    component: () => import('@/pages/citizen/RequestReceiptPage.vue'),
    meta: { titleKey: 'citizen.receipt.title', requiresAuth: true },
  },
  {
    path: '/permohonan/:id',
    name: 'citizen-request',
    component: () => import('@/pages/citizen/RequestDetailPage.vue'),
    meta: { titleKey: 'citizen.detail.title', requiresAuth: true },
  },
  {
    path: '/keberatan/:id',
    name: 'citizen-objection',
    component: () => import('@/pages/citizen/ObjectionPage.vue'),
    meta: { titleKey: 'citizen.objection.title', requiresAuth: true },
  },
  {
    path: '/notifikasi',
    name: 'citizen-notifications',
    component: () => import('@/pages/citizen/NotificationsPage.vue'),
    meta: { titleKey: 'citizen.notifications.title', requiresAuth: true, nav: { labelKey: 'citizen.nav.notifications', order: 22 } },
  },
]
