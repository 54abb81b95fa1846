import { computed, ref, shallowRef, watch } from 'vue'
import { DbFailure } from '@/api/errors'
import * as api from '@/api/letters'
import type { IssuedLetter, LetterContext } from '@/api/letters'
import { failureMessage } from '@/components/admin/failure'
import { i18n } from '@/i18n'
import { AGENCY_TIME_ZONE } from '@/lib/format'
import { applicableLetterTypes, composeLetter, generateLetterPdf, sha256Hex, type LetterData, type LetterDoc, type LetterType } from '@/letters'

/** Today in the agency's zone as `YYYY-MM-DD` (a letter is dated as the office sees the day). */
export function agencyToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: AGENCY_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
}

// eslint-disable-next-line no-control-regex
const NOT_PLAIN = /[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/

/** The letter panel: what the request allows, the officer's number and date, the preview, and storing. */
export function useLetterPanel(
  requestId: () => string, objectionId: () => string | undefined, allowedTypes: () => readonly LetterType[] | undefined = () => undefined,
) {
  const { t } = i18n.global
  const context = shallowRef<LetterContext | null>(null)
  const letters = shallowRef<IssuedLetter[]>([])
  const type = ref<LetterType>('receipt')
  const letterNo = ref('')
  const letterDate = ref(agencyToday())
  const numberError = ref('')
  const status = ref('')
  const tone = ref<'error' | 'success' | 'info'>('info')
  const busy = ref(false)

  const objection = computed(() => {
    const all = context.value?.objections ?? []
    return all.find((o) => o.id === objectionId()) ?? null
  })
  const types = computed(() => {
    if (!context.value) return []
    const allowed = allowedTypes()
    return applicableLetterTypes(context.value.request, objection.value).filter((kind) => !allowed || allowed.includes(kind))
  })
  const data = computed<LetterData | null>(() => context.value && {
    ...context.value, objection: type.value === 'objection_decision' ? objection.value : null,
    type: type.value, letterNo: letterNo.value.trim() || '…', letterDate: letterDate.value,
  })
  const preview = computed<LetterDoc | null>(() => {
    try {
      return data.value ? composeLetter(data.value) : null
    } catch {
      return null
    }
  })

  watch(type, (next) => {
    if (next === 'notice' && !letterNo.value) letterNo.value = context.value?.request.notice_letter_no ?? ''
  })

  async function load() {
    status.value = ''
    try {
      const [loaded, issued] = await Promise.all([api.loadLetterContext(requestId()), api.listLetters(requestId())])
      context.value = loaded
      letters.value = issued
      if (!types.value.includes(type.value)) type.value = types.value.at(-1) ?? 'receipt'
      // Say why there is no form rather than leave the panel empty (an undecided objection, for the Atasan PPID).
      if (types.value.length === 0) {
        status.value = t(objection.value ? 'admin.letters.noneYetObjection' : 'admin.letters.noneYet')
        tone.value = 'info'
      }
    } catch (error) {
      status.value = `${t('admin.letters.loadFailed')} ${failureMessage(error, 'admin.letters.errors')}`
      tone.value = 'error'
    }
  }

  async function generate() {
    if (busy.value || !data.value) return
    const number = letterNo.value.trim()
    numberError.value = number.length < 1 || number.length > 100 || NOT_PLAIN.test(number) ? t('admin.letters.numberRequired') : ''
    if (numberError.value) return
    busy.value = true
    status.value = t('admin.letters.generating')
    tone.value = 'info'
    try {
      const pdf = await generateLetterPdf({ ...data.value, letterNo: number })
      const stored = await api.storeLetter({
        requestId: requestId(), objectionId: type.value === 'objection_decision' ? objection.value?.id ?? null : null,
        type: type.value, letterNo: number, letterDate: letterDate.value, pdf, sha256: await sha256Hex(pdf),
      })
      letters.value = [...letters.value, stored]
      status.value = t('admin.letters.stored', { number })
      tone.value = 'success'
    } catch (error) {
      status.value = failureMessage(error, 'admin.letters.errors')
      tone.value = 'error'
      if (error instanceof DbFailure && error.isConflict) await load()
    } finally {
      busy.value = false
    }
  }

  /** Saves the stored PDF as a download (never opened inline on the app's origin). */
  async function download(letter: IssuedLetter) {
    if (!letter.file) return
    try {
      const blob = await api.downloadLetter(letter.file.object_name)
      const url = URL.createObjectURL(blob)
      const a = document.createElement('a')
      a.href = url
      a.download = `${letter.letter_type}-${letter.letter_no.replace(/[^A-Za-z0-9-]+/g, '_')}.pdf`
      a.click()
      setTimeout(() => URL.revokeObjectURL(url), 1000)
    } catch (error) {
      status.value = failureMessage(error, 'admin.letters.errors')
      tone.value = 'error'
    }
  }

  return { context, letters, types, type, letterNo, letterDate, numberError, preview, status, tone, busy, load, generate, download }
}
