import { ref, shallowRef, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { getPublicStatistics, type PublicStatistics } from '@/api/statistics'
import { failureMessage } from '@/components/report/reportErrors'
import { currentYear } from '@/components/report/reportPeriod'

/** How many years the selector offers, the current one included. */
export const YEARS_SHOWN = 10

/** The public statistics of the year in the URL (`?tahun=`), the current year by default. */
export function usePublicStatistics() {
  const route = useRoute()
  const router = useRouter()
  const latestYear = currentYear()
  const asked = Number(route.query.tahun)
  const year = ref(Number.isInteger(asked) && asked > latestYear - YEARS_SHOWN && asked <= latestYear ? asked : latestYear)
  const years = Array.from({ length: YEARS_SHOWN }, (_, i) => latestYear - i)
  const stats = shallowRef<PublicStatistics | null>(null)
  const loading = ref(false)
  const error = ref('')

  let latest = 0
  async function load() {
    const call = ++latest
    loading.value = true
    error.value = ''
    try {
      const s = await getPublicStatistics(year.value)
      if (call === latest) stats.value = s
    } catch (failure) {
      if (call === latest) {
        stats.value = null
        error.value = failureMessage(failure)
      }
    } finally {
      if (call === latest) loading.value = false
    }
  }

  function setYear(next: number) {
    year.value = next
    router.replace({ query: { ...route.query, tahun: String(next) } }).catch(() => undefined)
  }

  watch(year, load, { immediate: true })
  return { year, years, stats, loading, error, setYear }
}
