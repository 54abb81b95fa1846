import { AGENCY_TIME_ZONE } from '@/lib/format'

/** Today's date (YYYY-MM-DD) in the agency's zone, whatever the device's zone is. */
export function agencyToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: AGENCY_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
}

/** The agency zone's UTC offset at `at`, as `+08:00`. */
function agencyOffset(at: Date): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZone: AGENCY_TIME_ZONE, timeZoneName: 'longOffset' })
    .formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT'
  const match = /GMT([+-]\d{2}):?(\d{2})?/.exec(part)
  return match ? `${match[1]}:${match[2] ?? '00'}` : '+00:00'
}

/** A `datetime-local` value read as the agency's wall time (WITA), as an ISO instant. */
export function agencyWallTimeToIso(local: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(local)) return null
  const withSeconds = local.length === 16 ? `${local}:00` : local
  const date = new Date(`${withSeconds}${agencyOffset(new Date(`${withSeconds}Z`))}`)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

/** Now as a `datetime-local` value in the agency's wall time. */
export function agencyWallTimeNow(now = new Date()): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: AGENCY_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    }).formatToParts(now).map((p) => [p.type, p.value]),
  )
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`
}
