import type { RouteRecordRaw } from 'vue-router'

export const accountRoutes: RouteRecordRaw[] = []
