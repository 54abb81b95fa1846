import { computed, nextTick, reactive, ref, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { DbFailure } from '@/api/errors'
import type { ApplicantType, ProfileInput } from '@/api/profile'
import { normalizePhone, profileProblems, type ProfileField } from '@/composables/profileValidation'
import { useProfileStore } from '@/stores/profile'
import { useSessionStore } from '@/stores/session'

const SAVE_REASONS = ['network', 'not_signed_in', 'invalid_profile'] as const

/**
 * The profile form: filled from the saved profile, validated like the table's checks, saved in one
 * call. A failed save keeps every entry and says what to do; the NIK is re-entered only on request.
 */
export function useProfileForm() {
  const { t } = useI18n()
  const store = useProfileStore()
  const session = useSessionStore()

  const form = reactive({
    applicant_type: 'perorangan' as ApplicantType,
    full_name: '',
    nik: '',
    sk_number: '',
    address: '',
    occupation: '',
    phone: '',
  })
  const editingNik = ref(true)
  const errors = ref<Partial<Record<ProfileField, string>>>({})
  const status = ref('')
  const tone = ref<'error' | 'success'>('error')
  const busy = ref(false)
  const fieldId = (field: ProfileField) => `profile-${field}`
  const email = computed(() => session.user?.email ?? '')

  function fill() {
    const p = store.profile
    if (!p) return
    Object.assign(form, {
      applicant_type: p.applicant_type, full_name: p.full_name, nik: '', sk_number: p.sk_number ?? '',
      address: p.address, occupation: p.occupation, phone: p.phone,
    })
    // The saved NIK never comes back from the database, only masked: it is re-entered or kept.
    editingNik.value = !p.nik_masked
  }
  watch(() => store.profile, (_now, before) => {
    // Only the first load fills the form; later saves must not overwrite what is being typed.
    if (!before) fill()
  }, { immediate: true })

  function input(): ProfileInput {
    const entity = form.applicant_type === 'badan_hukum'
    return {
      applicant_type: form.applicant_type,
      full_name: form.full_name.trim(),
      // Left out while the saved NIK is kept: the form does not know it.
      ...(editingNik.value ? { nik: form.nik.trim() || null } : {}),
      sk_number: entity ? form.sk_number.trim() || null : null,
      address: form.address.trim(),
      occupation: form.occupation.trim(),
      phone: normalizePhone(form.phone),
      email: email.value || null,
    }
  }

  async function submit(): Promise<void> {
    if (busy.value) return
    const values = input()
    const problems = profileProblems(values)
    errors.value = Object.fromEntries(
      Object.entries(problems).map(([field, key]) => [field, t(`account.profile.validation.${key}`)]),
    )
    const first = (Object.keys(problems) as ProfileField[])[0]
    if (first) {
      tone.value = 'error'
      status.value = t('account.profile.checkFields')
      await nextTick()
      document.getElementById(fieldId(first))?.focus()
      return
    }
    busy.value = true
    status.value = ''
    try {
      await store.save(values)
      editingNik.value = !store.profile?.nik_masked
      form.nik = ''
      tone.value = 'success'
      status.value = t('account.profile.saved')
    } catch (error) {
      const reason = error instanceof DbFailure ? error.reason : 'unknown'
      tone.value = 'error'
      status.value = t(`account.profile.errors.${SAVE_REASONS.find((r) => r === reason) ?? 'unknown'}`)
    } finally {
      busy.value = false
    }
  }

  return { form, editingNik, errors, status, tone, busy, email, fieldId, submit }
}
