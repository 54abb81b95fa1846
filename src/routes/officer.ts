import type { RouteRecordRaw } from 'vue-router'

export const officerRoutes: RouteRecordRaw[] = []
