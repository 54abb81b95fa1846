import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as api from '@/api/admin'
import { DbFailure } from '@/api/errors'
import AdminStaffPage from '@/pages/admin/AdminStaffPage.vue'
import { mountPage } from '@/test/mountPage'

vi.mock('@/api/admin', () => {
  const unexpected = (name: string) => vi.fn(() => Promise.reject(new Error(`Unexpected call to api/admin ${name}(); mock it in the test.`)))
  return {
    findAccount: unexpected('findAccount'), listStaff: unexpected('listStaff'), grantRole: unexpected('grantRole'),
    revokeRole: unexpected('revokeRole'), deactivateStaff: unexpected('deactivateStaff'),
  }
})
vi.mock('@/api/auth', async () => (await import('@/test/mockAuthApi')).mockAuthApi())
vi.mock('@/api/roles', async () => (await import('@/test/mockRolesApi')).mockRolesApi())

let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())

const ADMIN = { id: 'a1', email: 'admin@contoh.id', full_name: '', active_roles: ['admin' as const], former_roles: [] }
const OFFICER = { id: 'p1', email: 'petugas@contoh.id', full_name: 'Petugas <b>Satu</b>', active_roles: ['petugas' as const], former_roles: ['ppid' as const] }

beforeEach(() => {
  vi.resetAllMocks()
  vi.mocked(api.listStaff).mockResolvedValue([ADMIN, OFFICER])
})

async function open() {
  wrapper = (await mountPage(AdminStaffPage, '/admin/staf')).wrapper
  await flushPromises()
  return wrapper
}
const live = () => wrapper!.findAll('[aria-live]').map((w) => w.text()).join(' ')

describe('AdminStaffPage', () => {
  it('lists the staff with their roles; names stay text', async () => {
    await open()
    const table = wrapper!.get('table').text()
    expect(table).toContain('petugas@contoh.id')
    expect(table).toContain('Petugas <b>Satu</b>')
    expect(table).toContain('Petugas layanan')
    expect(wrapper!.get('table').find('b').exists()).toBe(false)
    expect(wrapper!.get('h1').attributes('tabindex')).toBe('-1')
  })

  it('finds an account by email and grants a role', async () => {
    vi.mocked(api.findAccount).mockResolvedValue({ id: 'w1', email: 'warga@contoh.id', full_name: 'Warga Uji' })
    vi.mocked(api.grantRole).mockResolvedValue()
    await open()
    await wrapper!.get('#staff-find-email').setValue(' warga@contoh.id ')
    await wrapper!.get('form').trigger('submit')
    await flushPromises()
    expect(api.findAccount).toHaveBeenCalledWith('warga@contoh.id')
    await wrapper!.get('#staff-grant-role').setValue('ppid')
    await wrapper!.get('#staff-account-heading').element.parentElement!.querySelector('form')!.dispatchEvent(new Event('submit'))
    await flushPromises()
    expect(api.grantRole).toHaveBeenCalledWith('w1', 'ppid')
    expect(live()).toContain('Peran PPID diberikan kepada warga@contoh.id.')
  })

  it('says plainly when an admin tries to change themselves', async () => {
    vi.mocked(api.revokeRole).mockRejectedValue(new DbFailure('Admin tidak dapat mengubah perannya sendiri.', 'self_change', '42501'))
    await open()
    await wrapper!.findAll('table button')[0]!.trigger('click')
    await wrapper!.get('button.admin-link-button--danger').trigger('click')
    await flushPromises()
    expect(api.revokeRole).toHaveBeenCalledWith('a1', 'admin')
    expect(live()).toContain('Anda tidak dapat mengubah peran akun Anda sendiri.')
  })

  it('asks once more before deactivating, then reports the last-admin rule', async () => {
    vi.mocked(api.deactivateStaff).mockRejectedValue(new DbFailure('x', 'last_admin', '42501'))
    await open()
    await wrapper!.findAll('table button')[1]!.trigger('click')
    const deactivate = () => wrapper!.findAll('button').find((b) => /Nonaktifkan akun staf|Ya, lanjutkan/.test(b.text()))!
    await deactivate().trigger('click')
    expect(api.deactivateStaff).not.toHaveBeenCalled()
    expect(wrapper!.text()).toContain('Semua peran petugas@contoh.id akan dicabut.')
    await deactivate().trigger('click')
    await flushPromises()
    expect(api.deactivateStaff).toHaveBeenCalledWith('p1')
    expect(live()).toContain('Admin terakhir tidak dapat dicabut.')
  })
})
