import { DbFailure } from '@/api/errors'
import { i18n } from '@/i18n'

/** A failed admin call as a sentence: the reason code translated, never the server's raw message. */
export function failureMessage(error: unknown, prefix = 'admin.errors'): string {
  const { t, te } = i18n.global
  if (error instanceof DbFailure) {
    if (te(`${prefix}.${error.reason}`)) return t(`${prefix}.${error.reason}`)
    if (te(`admin.errors.${error.reason}`)) return t(`admin.errors.${error.reason}`)
    if (error.code === '42501' || error.code === 'PT403') return t('admin.errors.forbidden')
    if (error.code === 'PT404') return t('admin.errors.not_found')
    if (error.reason === 'network') return t('admin.errors.network')
  }
  return t('admin.errors.unknown')
}
