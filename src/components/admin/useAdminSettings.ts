import { nextTick, ref, shallowRef } from 'vue'
import { DbFailure } from '@/api/errors'
import * as api from '@/api/settings'
import type { AgencySettings } from '@/api/settings'
import { i18n } from '@/i18n'
import { failureMessage } from './failure'
import { changesOf, fieldOfReason, toDraft, type SettingKey, type SettingsDraft } from './settingsFields'

/** The settings page: the loaded row, the form's draft, a refused field and one status line. */
export function useAdminSettings() {
  const { t } = i18n.global
  const settings = shallowRef<AgencySettings | null>(null)
  const draft = ref<SettingsDraft | null>(null)
  const invalid = ref<SettingKey | null>(null)
  const status = ref('')
  const tone = ref<'error' | 'success' | 'info'>('info')
  const busy = ref(false)

  async function load() {
    try {
      settings.value = await api.getAgencySettings()
      draft.value = toDraft(settings.value)
    } catch (error) {
      status.value = failureMessage(error)
      tone.value = 'error'
    }
  }

  async function save() {
    if (busy.value || !settings.value || !draft.value) return
    const changes = changesOf(settings.value, draft.value)
    invalid.value = null
    if (Object.keys(changes).length === 0) {
      status.value = t('admin.settings.nothingChanged')
      tone.value = 'info'
      return
    }
    busy.value = true
    status.value = ''
    try {
      settings.value = await api.updateAgencySettings(changes)
      draft.value = toDraft(settings.value)
      status.value = t('admin.common.saved')
      tone.value = 'success'
    } catch (error) {
      const field = error instanceof DbFailure ? fieldOfReason(error.reason) : null
      invalid.value = field
      status.value = field ? `${t(`admin.settings.fields.${field}`)}: ${t('admin.settings.invalid')}` : failureMessage(error)
      tone.value = 'error'
      if (field) {
        await nextTick()
        document.getElementById(`setting-${field}`)?.focus()
      }
    } finally {
      busy.value = false
    }
  }

  return { settings, draft, invalid, status, tone, busy, load, save }
}
