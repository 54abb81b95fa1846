import type { RouteRecordRaw } from 'vue-router'

export const accountRoutes: RouteRecordRaw[] = [
  {
    path: '/cek-status',
    name: 'lookup',
    component: () => import('@/pages/public/LookupPage.vue'),
    meta: { titleKey: 'account.lookup.title', nav: { labelKey: 'account.nav.lookup', order: 10 } },
  },
  {
    path: '/akun/profil',
    name: 'profile',
    component: () => import('@/pages/account/ProfilePage.vue'),
    meta: { titleKey: 'account.profile.title', requiresAuth: true, nav: { labelKey: 'account.nav.profile', order: 90 } },
  },
  {
    path: '/lupa-kata-sandi',
    name: 'forgot-password',
    component: () => import('@/pages/account/ForgotPasswordPage.vue'),
    meta: { titleKey: 'account.password.forgotTitle' },
  },
  {
    // The recovery link signs the user in on arrival; the page itself checks for that session.
    path: '/atur-ulang-kata-sandi',
    name: 'reset-password',
    component: () => import('@/pages/account/ResetPasswordPage.vue'),
    meta: { titleKey: 'account.password.resetTitle' },
  },
]
