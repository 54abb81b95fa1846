import { DbFailure } from '@/api/errors'
import { i18n } from '@/i18n'

const KNOWN = ['forbidden', 'invalid_range', 'text_invalid', 'conflict', 'network'] as const

/** The message for a failed call: by the stable reason code, never the database's own text. */
export function failureMessage(error: unknown): string {
  let reason = 'unknown'
  if (error instanceof DbFailure) {
    if (error.isConflict) reason = 'conflict'
    else if (error.code === '42501' || error.code === 'PT403') reason = 'forbidden'
    else if ((KNOWN as readonly string[]).includes(error.reason)) reason = error.reason
  } else if (error instanceof TypeError) {
    reason = 'network'
  }
  return i18n.global.t(`reports.errors.${reason}`)
}
