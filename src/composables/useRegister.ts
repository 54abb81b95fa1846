import { computed, ref, shallowRef, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRoute, useRouter } from 'vue-router'
import {
  listAllObjectionRegister,
  listAllRequestRegister,
  listObjectionRegister,
  listRequestRegister,
  type DateRange,
  type ObjectionRegisterRow,
  type RequestRegisterRow,
} from '@/api/registers'
import { objectionColumns, registerCsvRows, requestColumns } from '@/components/register/registerColumns'
import { failureMessage } from '@/components/report/reportErrors'
import { rangeFromQuery } from '@/components/report/reportPeriod'
import { downloadBlob, downloadText, toCsv } from '@/lib/csv'

export type RegisterKind = 'permohonan' | 'keberatan'
export type ExportFormat = 'csv' | 'xlsx'
export const PAGE_SIZE = 50

/**
 * The register page's state: period and register kind live in the URL (`?jenis=&dari=&sampai=`), the
 * table shows PAGE_SIZE rows at a time, and the export and print read every row of the period.
 */
export function useRegister() {
  const route = useRoute()
  const router = useRouter()
  const { t } = useI18n()

  const range = ref<DateRange>(rangeFromQuery(route.query))
  const kind = ref<RegisterKind>(route.query.jenis === 'keberatan' ? 'keberatan' : 'permohonan')
  const offset = ref(0)
  const total = ref(0)
  const requests = shallowRef<RequestRegisterRow[]>([])
  const objections = shallowRef<ObjectionRegisterRow[]>([])
  const loading = ref(false)
  const busy = ref<ExportFormat | 'print' | null>(null)
  const error = ref('')
  const notice = ref('')
  /** True while every row of the period is on screen (for printing). */
  const showingAll = ref(false)

  const requestCols = computed(() => requestColumns())
  const objectionCols = computed(() => objectionColumns())
  const shown = computed(() => (kind.value === 'permohonan' ? requests.value.length : objections.value.length))

  let latest = 0
  async function load(): Promise<void> {
    const call = ++latest
    loading.value = true
    error.value = ''
    showingAll.value = false
    try {
      const page = kind.value === 'permohonan'
        ? await listRequestRegister(range.value, offset.value, PAGE_SIZE)
        : await listObjectionRegister(range.value, offset.value, PAGE_SIZE)
      if (call !== latest) return
      if (kind.value === 'permohonan') requests.value = page.rows as RequestRegisterRow[]
      else objections.value = page.rows as ObjectionRegisterRow[]
      total.value = page.total
    } catch (failure) {
      if (call === latest) error.value = failureMessage(failure)
    } finally {
      if (call === latest) loading.value = false
    }
  }

  function setRange(next: DateRange) {
    range.value = next
    offset.value = 0
  }

  function setKind(next: RegisterKind) {
    kind.value = next
    offset.value = 0
  }

  watch([range, kind], () => {
    router.replace({ query: { ...route.query, jenis: kind.value, dari: range.value.from, sampai: range.value.to } }).catch(() => undefined)
  })
  watch([range, kind, offset], load, { immediate: true })

  /** Every row of the period, as CSV or as an Excel workbook (the same columns and cells). */
  async function exportFile(format: ExportFormat = 'csv'): Promise<void> {
    if (busy.value) return
    busy.value = format
    error.value = ''
    notice.value = ''
    try {
      const rows = kind.value === 'permohonan'
        ? registerCsvRows(requestCols.value, await listAllRequestRegister(range.value))
        : registerCsvRows(objectionCols.value, await listAllObjectionRegister(range.value))
      const name = t('reports.register.fileName', { kind: kind.value, from: range.value.from, to: range.value.to })
      if (format === 'csv') downloadText(`${name}.csv`, toCsv(rows))
      else {
        const { toXlsx } = await import('@/lib/xlsx')
        downloadBlob(`${name}.xlsx`, await toXlsx(rows, t(kind.value === 'permohonan' ? 'reports.register.requests' : 'reports.register.objections')))
      }
      notice.value = t('reports.register.exported', { format: format.toUpperCase(), count: rows.length - 1 })
    } catch (failure) {
      error.value = failureMessage(failure)
    } finally {
      busy.value = null
    }
  }

  /** Loads every row of the period into the table, then opens the print dialog. */
  async function printAll(print: () => void = () => window.print()): Promise<void> {
    if (busy.value) return
    busy.value = 'print'
    error.value = ''
    try {
      if (kind.value === 'permohonan') requests.value = await listAllRequestRegister(range.value)
      else objections.value = await listAllObjectionRegister(range.value)
      showingAll.value = true
      await new Promise((resolve) => requestAnimationFrame(resolve))
      print()
    } catch (failure) {
      error.value = failureMessage(failure)
    } finally {
      busy.value = null
    }
  }

  return {
    range, kind, offset, total, requests, objections, loading, busy, error, notice, showingAll, shown,
    requestCols, objectionCols, setRange, setKind, exportFile, printAll, reload: load,
  }
}
