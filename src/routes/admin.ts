import type { RouteRecordRaw } from 'vue-router'

const ADMIN = ['admin'] as const

export const adminRoutes: RouteRecordRaw[] = [
  {
    path: '/admin/staf',
    name: 'admin-staff',
    component: () => import('@/pages/admin/AdminStaffPage.vue'),
    meta: { titleKey: 'admin.staff.title', requiresAuth: true, roles: ADMIN, nav: { labelKey: 'admin.nav.staff', order: 80 } },
  },
  {
    path: '/admin/hari-libur',
    name: 'admin-holidays',
    component: () => import('@/pages/admin/AdminHolidaysPage.vue'),
    meta: { titleKey: 'admin.holidays.title', requiresAuth: true, roles: ADMIN, nav: { labelKey: 'admin.nav.holidays', order: 81 } },
  },
  {
    path: '/admin/pengaturan',
    name: 'admin-settings',
    component: () => import('@/pages/admin/AdminSettingsPage.vue'),
    meta: { titleKey: 'admin.settings.title', requiresAuth: true, roles: ADMIN, nav: { labelKey: 'admin.nav.settings', order: 82 } },
  },
  {
    path: '/admin/unit',
    name: 'admin-units',
    component: () => import('@/pages/admin/AdminUnitsPage.vue'),
    meta: { titleKey: 'admin.units.title', requiresAuth: true, roles: ADMIN, nav: { labelKey: 'admin.nav.units', order: 83 } },
  },
]
