import type { RouteRecordRaw } from 'vue-router'

export const queueRoutes: RouteRecordRaw[] = []
