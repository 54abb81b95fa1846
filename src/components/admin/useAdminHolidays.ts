import { computed, ref, shallowRef } from 'vue'
import * as api from '@/api/holidays'
import type { Holiday, HolidayYear, ImportLineProblem } from '@/api/holidays'
import { i18n } from '@/i18n'
import { failureMessage } from './failure'
import { nextYearWarning } from './holidayLines'

/** The holidays page's state: the chosen year's list, the calendar years, and one status line. */
export function useAdminHolidays(today = new Date()) {
  const { t } = i18n.global
  const year = ref(today.getFullYear())
  const holidays = shallowRef<Holiday[]>([])
  const years = shallowRef<HolidayYear[]>([])
  const nextYearCount = ref<number | null>(null)
  const status = ref('')
  const tone = ref<'error' | 'success' | 'info'>('info')
  const busy = ref(false)
  const importProblems = shallowRef<ImportLineProblem[]>([])

  const yearEntry = computed(() => years.value.find((y) => y.year === year.value) ?? null)
  const warning = computed(() => nextYearWarning(today, years.value, nextYearCount.value))
  const yearChoices = computed(() => [...new Set([...years.value.map((y) => y.year), today.getFullYear(), today.getFullYear() + 1])].sort())

  async function reload() {
    const next = today.getFullYear() + 1
    // A year chosen while a list is loading is loaded next: the page never shows one year's list under another's heading.
    for (;;) {
      const wanted = year.value
      const [list, allYears, nextList] = await Promise.all([
        api.listHolidays(wanted), api.listHolidayYears(), wanted === next ? null : api.listHolidays(next),
      ])
      if (year.value !== wanted) continue
      holidays.value = list
      years.value = allYears
      nextYearCount.value = (nextList ?? list).length
      return
    }
  }

  async function run(action: () => Promise<string | void>): Promise<boolean> {
    if (busy.value) return false
    busy.value = true
    status.value = ''
    try {
      const done = await action()
      if (done) {
        status.value = done
        tone.value = 'success'
      }
      return true
    } catch (error) {
      status.value = failureMessage(error)
      tone.value = 'error'
      return false
    } finally {
      busy.value = false
    }
  }

  const load = () => run(reload)

  const save = (holiday: Holiday, originalDay: string | null) => run(async () => {
    await api.saveHoliday(holiday, originalDay)
    await reload()
    return originalDay ? t('admin.common.saved') : t('admin.holidays.added')
  })

  const remove = (day: string) => run(async () => {
    await api.deleteHoliday(day)
    await reload()
    return t('admin.holidays.deleted')
  })

  const setComplete = (complete: boolean) => run(async () => {
    await api.setHolidayYear(year.value, complete)
    await reload()
    return t('admin.common.saved')
  })

  const importYear = (importYearValue: number, lines: string, complete: boolean, source: string) => run(async () => {
    importProblems.value = []
    try {
      const count = await api.importHolidays(importYearValue, lines, complete, source.trim() || undefined)
      year.value = importYearValue
      await reload()
      return t('admin.holidays.importDone', { count, year: importYearValue })
    } catch (error) {
      if (error instanceof api.HolidayImportRejected) importProblems.value = error.lines
      throw error
    }
  })

  return { year, holidays, years, yearEntry, yearChoices, warning, status, tone, busy, importProblems, load, save, remove, setComplete, importYear }
}
