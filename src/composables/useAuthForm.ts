import { nextTick, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { AuthApiFailure, type AuthFailureCode } from '@/api/auth'
import { MIN_PASSWORD_LENGTH, type ValidationKey } from './authValidation'

export type FieldErrors<F extends string> = Partial<Record<F, string>>

/**
 * Shared submit flow of the auth forms: validate, call the action once at a time, map failures to
 * messages next to the fields and in the live region, and move focus to the first invalid field.
 */
export function useAuthForm<F extends string>(formId: string, fields: readonly F[]) {
  const { t } = useI18n()
  const errors = ref<FieldErrors<F>>({})
  const status = ref('')
  const busy = ref(false)

  const fieldId = (field: F) => `${formId}-${field}`
  const validationMessage = (key: ValidationKey) => t(`auth.validation.${key}`, { min: MIN_PASSWORD_LENGTH })

  async function show(next: FieldErrors<F>, message: string): Promise<void> {
    errors.value = next
    status.value = message
    const first = fields.find((field) => next[field])
    if (!first) return
    await nextTick()
    document.getElementById(fieldId(first))?.focus()
  }

  async function submit(
    problems: Partial<Record<F, ValidationKey>>,
    action: () => Promise<void>,
    fieldForCode: Partial<Record<AuthFailureCode, F>> = {},
  ): Promise<void> {
    if (busy.value) return
    const invalid: FieldErrors<F> = {}
    for (const field of fields) {
      const key = problems[field]
      if (key) invalid[field] = validationMessage(key)
    }
    if (Object.keys(invalid).length > 0) return show(invalid, t('auth.checkFields'))

    errors.value = {}
    status.value = ''
    busy.value = true
    try {
      await action()
    } catch (error) {
      const code: AuthFailureCode = error instanceof AuthApiFailure ? error.code : 'unknown'
      const message = t(`auth.errors.${code}`)
      const field = fieldForCode[code]
      const next: FieldErrors<F> = {}
      if (field) next[field] = message
      await show(next, message)
    } finally {
      busy.value = false
    }
  }

  return { errors, status, busy, fieldId, submit }
}
