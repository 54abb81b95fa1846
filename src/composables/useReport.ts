import { ref, shallowRef, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { DbFailure } from '@/api/errors'
import type { DateRange } from '@/api/registers'
import {
  getReportNarrative,
  getReportStatistics,
  saveReportNarrative,
  type NarrativeTexts,
  type ReportNarrative,
  type ReportStatistics,
} from '@/api/report'
import { failureMessage } from '@/components/report/reportErrors'
import { rangeFromQuery } from '@/components/report/reportPeriod'

/** The report page's data: figures and narrative of the period in the URL (`?dari=&sampai=`). */
export function useReport() {
  const route = useRoute()
  const router = useRouter()
  const range = ref<DateRange>(rangeFromQuery(route.query))
  const stats = shallowRef<ReportStatistics | null>(null)
  const narrative = shallowRef<ReportNarrative | null>(null)
  const loading = ref(false)
  const error = ref('')
  const saving = ref(false)
  const saveError = ref('')
  const saved = ref(false)

  let latest = 0
  async function load(): Promise<void> {
    const call = ++latest
    loading.value = true
    error.value = ''
    saveError.value = ''
    saved.value = false
    try {
      const [s, n] = await Promise.all([getReportStatistics(range.value), getReportNarrative(range.value)])
      if (call !== latest) return
      stats.value = s
      narrative.value = n
    } catch (failure) {
      if (call !== latest) return
      stats.value = null
      error.value = failureMessage(failure)
    } finally {
      if (call === latest) loading.value = false
    }
  }

  function setRange(next: DateRange) {
    range.value = next
    router.replace({ query: { ...route.query, dari: next.from, sampai: next.to } }).catch(() => undefined)
  }

  watch(range, load, { immediate: true })

  /** Saves the texts; on a conflict loads the other officer's version and says so. */
  async function save(texts: NarrativeTexts): Promise<void> {
    if (saving.value) return
    saving.value = true
    saveError.value = ''
    saved.value = false
    const period = range.value
    try {
      narrative.value = await saveReportNarrative(period, texts, narrative.value?.updated_at ?? null)
      saved.value = true
    } catch (failure) {
      saveError.value = failureMessage(failure)
      if (failure instanceof DbFailure && failure.isConflict) {
        narrative.value = await getReportNarrative(period).catch(() => narrative.value)
      }
    } finally {
      saving.value = false
    }
  }

  return { range, stats, narrative, loading, error, saving, saveError, saved, setRange, save, reload: load }
}
