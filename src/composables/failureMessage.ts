import { useI18n } from 'vue-i18n'
import { DbFailure } from '@/api/errors'

export type FailureKind = 'network' | 'session' | 'conflict' | 'notFound' | 'reason' | 'unknown'

const SESSION_CODES = new Set(['PGRST301', 'PGRST302', 'PGRST303', 'PT401', '401'])

/** Sorts a failed call into what the citizen can do about it. */
export function failureKind(error: unknown): FailureKind {
  if (error instanceof DbFailure) {
    if (error.reason === 'network') return 'network'
    if (error.reason === 'not_signed_in' || SESSION_CODES.has(error.code)) return 'session'
    if (error.isConflict) return 'conflict'
    if (error.reason === 'not_found') return 'notFound'
    return error.reason && error.reason !== 'unknown' ? 'reason' : 'unknown'
  }
  // fetch() rejects with a TypeError when the network is down; a lazy chunk that fails to load too.
  if (error instanceof TypeError || (typeof navigator !== 'undefined' && navigator.onLine === false)) return 'network'
  return 'unknown'
}

/** The message for a failed call: the reason code from the database translated, never its raw text. */
export function useFailureMessage() {
  const { t, te } = useI18n()
  return (error: unknown): string => {
    const kind = failureKind(error)
    if (kind === 'reason' && error instanceof DbFailure) {
      const key = `citizen.errors.reasons.${error.reason}`
      return te(key) ? t(key) : t('citizen.errors.unknown')
    }
    return t(`citizen.errors.${kind === 'reason' ? 'unknown' : kind}`)
  }
}
