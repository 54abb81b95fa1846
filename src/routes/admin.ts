import type { RouteRecordRaw } from 'vue-router'

export const adminRoutes: RouteRecordRaw[] = []
