import { nextTick, ref, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { DbFailure } from '@/api/errors'
import { lookupRequest, type LookupFound } from '@/api/lookup'

type Field = 'number' | 'secret'

/** The Cek Status form: one generic "not found" for any mismatch, its own message for throttling. */
export function useRequestLookup() {
  const { t } = useI18n()
  const number = ref('')
  const secret = ref('')
  const errors = ref<Partial<Record<Field, string>>>({})
  const status = ref('')
  const busy = ref(false)
  const result = shallowRef<LookupFound | null>(null)

  async function check(): Promise<void> {
    if (busy.value) return
    const missing: Partial<Record<Field, string>> = {}
    if (!number.value.trim()) missing.number = t('account.lookup.required')
    if (!secret.value.trim()) missing.secret = t('account.lookup.required')
    errors.value = missing
    const first = (Object.keys(missing) as Field[])[0]
    if (first) {
      status.value = t('account.lookup.checkFields')
      await nextTick()
      document.getElementById(`lookup-${first}`)?.focus()
      return
    }
    busy.value = true
    status.value = ''
    result.value = null
    try {
      const answer = await lookupRequest(number.value, secret.value)
      if (answer.found) result.value = answer
      else status.value = t('account.lookup.notFound')
    } catch (error) {
      const reason = error instanceof DbFailure ? error.reason : 'unknown'
      status.value = t(reason === 'too_many_attempts' ? 'account.lookup.tooMany'
        : reason === 'network' ? 'account.lookup.network' : 'account.lookup.unknown')
    } finally {
      busy.value = false
    }
  }

  return { number, secret, errors, status, busy, result, check }
}
