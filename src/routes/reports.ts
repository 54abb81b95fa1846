import type { RouteRecordRaw } from 'vue-router'

// The registers and the report are for the roles that work cases; the statistics are public.
const CASE_STAFF = ['petugas', 'ppid', 'atasan_ppid'] as const

export const reportsRoutes: RouteRecordRaw[] = [
  {
    path: '/statistik',
    name: 'statistics',
    component: () => import('@/pages/public/StatisticsPage.vue'),
    meta: { titleKey: 'reports.statistics.title', nav: { labelKey: 'reports.nav.statistics', order: 20 } },
  },
  {
    path: '/petugas/register',
    name: 'registers',
    component: () => import('@/pages/reports/RegisterPage.vue'),
    meta: { titleKey: 'reports.register.title', roles: CASE_STAFF, nav: { labelKey: 'reports.nav.register', order: 60 } },
  },
  {
    path: '/petugas/laporan',
    name: 'report',
    component: () => import('@/pages/reports/ReportPage.vue'),
    meta: { titleKey: 'reports.report.title', roles: CASE_STAFF, nav: { labelKey: 'reports.nav.report', order: 61 } },
  },
]
