import { ref, shallowRef } from 'vue'
import * as api from '@/api/admin'
import type { FoundAccount, StaffMember } from '@/api/admin'
import type { StaffRole } from '@/api/roles'
import { i18n } from '@/i18n'
import { failureMessage } from './failure'

export type ManagedAccount = FoundAccount & { active_roles: StaffRole[] }

/** The staff page's state: the list, the account being managed, and one status line. */
export function useAdminStaff() {
  const { t } = i18n.global
  const staff = shallowRef<StaffMember[]>([])
  const selected = shallowRef<ManagedAccount | null>(null)
  const status = ref('')
  const tone = ref<'error' | 'success' | 'info'>('info')
  const busy = ref(false)

  const say = (message: string, kind: typeof tone.value) => {
    status.value = message
    tone.value = kind
  }

  async function run(action: () => Promise<string | void>) {
    if (busy.value) return
    busy.value = true
    say('', 'info')
    try {
      const done = await action()
      if (done) say(done, 'success')
    } catch (error) {
      say(failureMessage(error), 'error')
    } finally {
      busy.value = false
    }
  }

  async function reload() {
    staff.value = await api.listStaff()
    const current = selected.value
    if (current) {
      const row = staff.value.find((s) => s.id === current.id)
      selected.value = { ...current, active_roles: row?.active_roles ?? [] }
    }
  }

  const load = () => run(reload)

  function find(email: string) {
    return run(async () => {
      const account = await api.findAccount(email.trim())
      if (!account) {
        selected.value = null
        return say(t('admin.staff.notFound', { email: email.trim() }), 'info')
      }
      selected.value = { ...account, active_roles: staff.value.find((s) => s.id === account.id)?.active_roles ?? [] }
    })
  }

  function manage(member: StaffMember) {
    selected.value = { id: member.id, email: member.email, full_name: member.full_name, active_roles: member.active_roles }
  }

  const roleLabel = (role: StaffRole) => t(`enums.staffRole.${role}`)

  const grant = (account: ManagedAccount, role: StaffRole) => run(async () => {
    await api.grantRole(account.id, role)
    await reload()
    return t('admin.staff.granted', { role: roleLabel(role), email: account.email })
  })

  const revoke = (account: ManagedAccount, role: StaffRole) => run(async () => {
    await api.revokeRole(account.id, role)
    await reload()
    return t('admin.staff.revoked', { role: roleLabel(role), email: account.email })
  })

  const deactivate = (account: ManagedAccount) => run(async () => {
    await api.deactivateStaff(account.id)
    await reload()
    return t('admin.staff.deactivated', { email: account.email })
  })

  return { staff, selected, status, tone, busy, load, find, manage, grant, revoke, deactivate }
}
