import type { ObjectionRegisterRow, RequestRegisterRow } from '@/api/registers'
import { i18n } from '@/i18n'
import { AGENCY_TIME_ZONE, formatDate, formatRupiah } from '@/lib/format'
import type { CsvCell } from '@/lib/csv'

/**
 * One column of a register: its header and its cell as text. The table and the CSV use the same list,
 * so the export always has the columns on screen (domain.md §6.1, §6.2). Dates: long on screen,
 * `YYYY-MM-DD` in the CSV so a spreadsheet can sort them.
 */
export interface RegisterColumn<T> {
  key: string
  label: string
  text: (row: T) => string
  csv?: (row: T) => CsvCell
  /** Long free text: the table lets it wrap wider. */
  wide?: boolean
}

const t = (key: string, values?: Record<string, unknown>) => (values ? i18n.global.t(key, values) : i18n.global.t(key))
const col = (key: string) => t(`reports.register.columns.${key}`)
const join = (parts: (string | null | undefined)[], glue = '; ') => parts.filter((p) => p).join(glue)

/** An instant as its agency-local calendar day, `YYYY-MM-DD`. */
export function localDay(at: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: AGENCY_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date(at))
}

const screenDay = (day: string | null) => (day ? formatDate(day, 'short') : '')
const csvDay = (day: string | null) => day ?? ''

function onTime(value: boolean | null): string {
  if (value === null) return ''
  return t(value ? 'reports.register.values.onTime' : 'reports.register.values.late')
}

function fee(row: RequestRegisterRow): string {
  if (row.fee_total === null) return ''
  if (row.fee_total === 0) return row.decision_type?.startsWith('granted') ? t('reports.register.values.free') : ''
  return join([formatRupiah(row.fee_total), row.payment_method], ', ')
}

function refusal(grounds: string | null): string {
  if (!grounds) return ''
  // The view writes "h, j — other statute"; letter k stands for that other statute.
  const [codes = '', other] = grounds.split(' — ')
  const letters = codes.split(', ').filter((c) => c && c !== 'k')
  return join([letters.length ? t('reports.register.values.pasal17', { codes: letters.join(', ') }) : '', other ?? ''])
}

export function requestColumns(): RegisterColumn<RequestRegisterRow>[] {
  return [
    { key: 'registration_no', label: col('registrationNo'), text: (r) => r.registration_no ?? '' },
    { key: 'received_on', label: col('receivedOn'), text: (r) => screenDay(r.received_on), csv: (r) => csvDay(r.received_on) },
    { key: 'channel', label: col('channel'), text: (r) => (r.channel ? t(`enums.channel.${r.channel}`) : '') },
    { key: 'applicant_name', label: col('name'), text: (r) => r.applicant_name ?? '' },
    { key: 'applicant_address', label: col('address'), text: (r) => r.applicant_address ?? '', wide: true },
    { key: 'applicant_contact', label: col('contact'), text: (r) => r.applicant_contact ?? '' },
    { key: 'applicant_occupation', label: col('occupation'), text: (r) => r.applicant_occupation ?? '' },
    { key: 'details', label: col('details'), text: (r) => r.details ?? '', wide: true },
    { key: 'purpose', label: col('purpose'), text: (r) => r.purpose ?? '', wide: true },
    {
      key: 'information_status', label: col('informationStatus'),
      text: (r) => join([
        r.information_status ? t(`reports.register.informationStatus.${r.information_status}`) : '',
        r.holder_body ? t('reports.register.values.holder', { body: r.holder_body }) : '',
      ], ', '),
    },
    {
      key: 'information_forms', label: col('informationForm'),
      text: (r) => (r.information_forms ?? []).map((f) => (f === 'softcopy' || f === 'hardcopy' ? t(`reports.register.informationForm.${f}`) : f)).join(', '),
    },
    { key: 'obtain_methods', label: col('requestKind'), text: (r) => (r.obtain_methods ?? []).map((m) => t(`enums.obtainMethod.${m}`)).join(', ') },
    { key: 'decision_type', label: col('decision'), text: (r) => (r.decision_type ? t(`enums.decisionType.${r.decision_type}`) : '') },
    { key: 'refusal_grounds', label: col('refusalGrounds'), text: (r) => refusal(r.refusal_grounds) },
    {
      key: 'notice_sent_at', label: col('noticeDate'),
      text: (r) => join([r.notice_sent_at ? screenDay(localDay(r.notice_sent_at)) : '',
        r.notice_letter_no ? t('reports.register.values.letterNo', { no: r.notice_letter_no }) : ''], ', '),
      csv: (r) => join([r.notice_sent_at ? localDay(r.notice_sent_at) : '', r.notice_letter_no ?? ''], ' '),
    },
    {
      key: 'delivered_at', label: col('deliveredDate'),
      text: (r) => (r.delivered_at ? screenDay(localDay(r.delivered_at)) : ''), csv: (r) => (r.delivered_at ? localDay(r.delivered_at) : ''),
    },
    { key: 'fee', label: col('fee'), text: fee },
    { key: 'on_time', label: col('onTime'), text: (r) => onTime(r.on_time) },
    { key: 'status', label: col('status'), text: (r) => (r.status ? t(`enums.requestStatus.${r.status}`) : '') },
  ]
}

export function objectionColumns(): RegisterColumn<ObjectionRegisterRow>[] {
  return [
    { key: 'registration_no', label: col('objectionNo'), text: (r) => r.registration_no ?? '' },
    {
      key: 'received_on', label: col('receivedOn'),
      text: (r) => join([screenDay(r.received_on), r.filed_late ? t('reports.register.values.filedLate') : ''], ' '),
      csv: (r) => join([csvDay(r.received_on), r.filed_late ? t('reports.register.values.filedLate') : ''], ' '),
    },
    {
      key: 'identity', label: col('identity'), wide: true,
      text: (r) => join([r.applicant_name, r.applicant_address, r.applicant_contact,
        r.proxy_name ? t('reports.register.values.proxy', { name: r.proxy_name }) : '']),
    },
    { key: 'request_registration_no', label: col('requestNo'), text: (r) => r.request_registration_no ?? '' },
    { key: 'details', label: col('details'), text: (r) => r.details ?? '', wide: true },
    { key: 'purpose', label: col('purpose'), text: (r) => r.purpose ?? '', wide: true },
    { key: 'grounds', label: col('grounds'), text: (r) => (r.grounds ?? []).map((g) => t(`enums.objectionGround.${g}`)).join('; '), wide: true },
    { key: 'status', label: col('atasanDecision'), text: (r) => (r.status ? t(`enums.objectionStatus.${r.status}`) : '') },
    { key: 'response', label: col('response'), text: (r) => join([r.response, r.reasons], ' — '), wide: true },
    {
      key: 'responded_at', label: col('respondedOn'),
      text: (r) => (r.responded_at ? screenDay(localDay(r.responded_at)) : ''), csv: (r) => (r.responded_at ? localDay(r.responded_at) : ''),
    },
    { key: 'atasan', label: col('atasan'), text: (r) => join([r.atasan_name, r.atasan_position], ', ') },
    { key: 'applicant_reaction', label: col('reaction'), text: (r) => r.applicant_reaction ?? '', wide: true },
  ]
}

/** The CSV rows of a register: the header, then one row per register row, the same columns as on screen. */
export function registerCsvRows<T>(columns: RegisterColumn<T>[], rows: readonly T[]): CsvCell[][] {
  return [columns.map((c) => c.label), ...rows.map((row) => columns.map((c) => (c.csv ? c.csv(row) : c.text(row))))]
}
