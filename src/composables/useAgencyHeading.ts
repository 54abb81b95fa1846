import { onMounted, shallowRef } from 'vue'
import { getAgencyHeading, type AgencyHeading } from '@/api/report'

/** The agency's name for printed registers and reports; empty until loaded (printing still works). */
export function useAgencyHeading() {
  const heading = shallowRef<AgencyHeading | null>(null)
  onMounted(() => {
    getAgencyHeading().then((value) => (heading.value = value)).catch(() => undefined)
  })
  return heading
}
