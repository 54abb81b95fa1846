import type { RouteRecordRaw } from 'vue-router'

// The officer's request workspace, offline registration and objections. The dashboard and the queue
// (officer-dashboard, officer-queue) are in routes/queue.ts.
export const officerRoutes: RouteRecordRaw[] = [
  {
    path: '/petugas/permohonan/baru-offline',
    name: 'officer-offline',
    component: () => import('@/pages/officer/OfficerOfflinePage.vue'),
    meta: { titleKey: 'officer.offline.title', roles: ['petugas', 'ppid'], nav: { labelKey: 'officer.nav.offline', order: 32 } },
  },
  {
    path: '/petugas/permohonan/:id',
    name: 'officer-request',
    component: () => import('@/pages/officer/OfficerRequestPage.vue'),
    meta: { titleKey: 'officer.request.title', roles: ['petugas', 'ppid', 'atasan_ppid'] },
  },
  {
    path: '/petugas/keberatan',
    name: 'officer-objections',
    component: () => import('@/pages/officer/OfficerObjectionsPage.vue'),
    meta: { titleKey: 'officer.objections.title', roles: ['atasan_ppid', 'ppid', 'petugas'], nav: { labelKey: 'officer.nav.objections', order: 34 } },
  },
  {
    path: '/petugas/keberatan/:id',
    name: 'officer-objection',
    component: () => import('@/pages/officer/OfficerObjectionPage.vue'),
    meta: { titleKey: 'officer.objection.title', roles: ['atasan_ppid', 'ppid', 'petugas'] },
  },
]
