import { i18n } from '@/i18n'

/** The agency's zone (WITA for Kukar); timestamps are shown in it, whatever the device says. */
export const AGENCY_TIME_ZONE = 'Asia/Makassar'

function intlLocale(): string {
  return i18n.global.locale.value === 'en' ? 'en-GB' : 'id-ID'
}

/** A `date` column (`2026-04-07`) as "Selasa, 7 April 2026": no time zone shifts a calendar date. */
export function formatDate(day: string, style: 'long' | 'short' = 'long'): string {
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`)
  const options: Intl.DateTimeFormatOptions =
    style === 'long'
      ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
      : { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }
  return new Intl.DateTimeFormat(intlLocale(), options).format(date)
}

/** A timestamptz as "7 April 2026 pukul 10.30 WITA" in the agency's zone. */
export function formatDateTime(at: string, timeZone = AGENCY_TIME_ZONE): string {
  return new Intl.DateTimeFormat(intlLocale(), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(new Date(at))
}

/** Money in rupiah without decimals: "Rp 150.000". */
export function formatRupiah(amount: number): string {
  return new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 })
    .format(amount)
    .replace(/\u00a0/g, ' ')
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(intlLocale()).format(value)
}

/** NIK shown as `6402••••••••0001`: enough to recognise, not enough to copy. */
export function maskNik(nik: string | null | undefined): string {
  if (!nik) return ''
  if (nik.length <= 8) return '•'.repeat(nik.length)
  return `${nik.slice(0, 4)}${'•'.repeat(nik.length - 8)}${nik.slice(-4)}`
}
