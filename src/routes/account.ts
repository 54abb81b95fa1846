import type { RouteRecordRaw } from 'vue-router'

export const accountRoutes: RouteRecordRaw[] = [
  {
    path: '/akun/profil',
    name: 'profile',
    component: () => import('@/pages/account/ProfilePage.vue'),
    meta: { titleKey: 'account.profile.title', requiresAuth: true, nav: { labelKey: 'account.nav.profile', order: 90 } },
  },
]
