import type { RouteRecordRaw } from 'vue-router'

export const citizenRoutes: RouteRecordRaw[] = []
