import { vi } from 'vitest'
import type * as RolesApi from '@/api/roles'

/** Factory for `vi.mock('@/api/roles', …)`: citizens by default (no roles); tests set others. */
export async function mockRolesApi() {
  const actual = await vi.importActual<typeof RolesApi>('@/api/roles')
  return { ...actual, listMyActiveRoles: vi.fn(() => Promise.resolve([] as RolesApi.StaffRole[])) }
}
