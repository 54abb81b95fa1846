import { DbFailure } from '@/api/errors'
import { i18n } from '@/i18n'

/** A failed call as a sentence for the officer: the reason code translated, never the raw message. */
export function failureMessage(error: unknown): string {
  const { t, te } = i18n.global
  const reason = error instanceof DbFailure ? error.reason : error instanceof TypeError ? 'network' : 'unknown'
  const key = `officer.reasons.${reason}`
  return te(key) ? t(key) : t('officer.reasons.unknown')
}

export function isConflict(error: unknown): boolean {
  return error instanceof DbFailure && error.isConflict
}
