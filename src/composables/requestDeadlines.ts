import type { MyRequest, SkippedHoliday } from '@/api/requests'
import type { Objection, ObjectionGround } from '@/api/objections'
import type { TimelineEvent } from '@/api/requestEvents'
import { eventData } from '@/api/requestEvents'
import { AGENCY_TIME_ZONE } from '@/lib/format'

/** The agency-local calendar date of an instant (YYYY-MM-DD). */
export function localDate(at: string | Date, timeZone = AGENCY_TIME_ZONE): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(at))
}

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + n)
  return d.toISOString().slice(0, 10)
}

/** Monday–Friday after `from` up to and including `to`. */
export function weekdaysBetween(from: string, to: string): number {
  let count = 0
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) {
    const dow = new Date(`${d}T00:00:00Z`).getUTCDay()
    if (dow !== 0 && dow !== 6) count++
  }
  return count
}

export type DeadlineKind = 'notice' | 'final' | 'completion' | 'objectionDue' | 'objectionWindow'

export interface DeadlineSpan {
  eventId: number
  kind: DeadlineKind
  from: string
  to: string
}

/** The deadlines the timeline explains, each tied to the event that set it. */
export function deadlineSpans(request: MyRequest, events: readonly TimelineEvent[], objections: readonly Objection[]): DeadlineSpan[] {
  const spans: DeadlineSpan[] = []
  const lastDecided = [...events].reverse().find((e) => e.kind === 'decided' || e.kind === 'closed_incomplete')
  for (const event of events) {
    const at = localDate(event.at)
    if (event.kind === 'submitted') {
      const due = eventData(event, 'due_notice_on')
      if (due) spans.push({ eventId: event.id, kind: 'notice', from: request.received_on, to: due })
    } else if (event.kind === 'extended') {
      const due = eventData(event, 'due_final_on')
      if (due && due === request.due_final_on) spans.push({ eventId: event.id, kind: 'final', from: request.due_notice_on, to: due })
    } else if (event.kind === 'completion_requested') {
      const due = eventData(event, 'completion_due_on')
      if (due) spans.push({ eventId: event.id, kind: 'completion', from: at, to: due })
    } else if (event.kind === 'objection_filed') {
      const objection = objections.find((o) => o.id === eventData(event, 'objection_id'))
      if (objection) spans.push({ eventId: event.id, kind: 'objectionDue', from: objection.received_on, to: objection.due_on })
    } else if (event === lastDecided && request.objection_open_until) {
      const from = request.notice_sent_at ? localDate(request.notice_sent_at) : request.closed_at ? localDate(request.closed_at) : at
      spans.push({ eventId: event.id, kind: 'objectionWindow', from, to: request.objection_open_until })
    }
  }
  return spans
}

export const spanKey = (span: Pick<DeadlineSpan, 'from' | 'to'>) => `${span.from}|${span.to}`

/** Working days in a span, given the weekday holidays it skipped. */
export function workingDays(span: Pick<DeadlineSpan, 'from' | 'to'>, skipped: readonly SkippedHoliday[]): number {
  return weekdaysBetween(span.from, span.to) - skipped.length
}

export interface ObjectionOffer {
  /** The day the ground arose (the notice, the incomplete close, or the day after a missed deadline). */
  groundOn: string
  /** Last day to file, when already known from the request (else the page asks the database). */
  windowUntil: string | null
  grounds: ObjectionGround[]
}

/**
 * Whether the law lets the applicant object now (UU KIP Pasal 35; the database's objection_ground_date),
 * and the grounds a–g that what happened points to.
 */
export function objectionOffer(request: MyRequest, objections: readonly Objection[]): ObjectionOffer | null {
  if (objections.some((o) => o.status === 'submitted' || o.status === 'in_review')) return null
  let groundOn: string | null = null
  if (request.notice_sent_at) groundOn = localDate(request.notice_sent_at)
  else if (request.status === 'closed_incomplete' && request.closed_at) groundOn = localDate(request.closed_at)
  else if (request.is_overdue) groundOn = addDays(request.due_final_on ?? request.due_notice_on, 1)
  if (!groundOn) return null

  const grounds = new Set<ObjectionGround>()
  const decision = request.decision_type
  if (decision === 'rejected_exempt') grounds.add('a')
  if (decision === 'granted_partial') grounds.add('a').add('d')
  if (decision === 'not_held_unknown' || decision === 'not_yet_documented' || request.status === 'closed_incomplete') grounds.add('e')
  if (!request.notice_sent_at && request.is_overdue) grounds.add('c')
  const deadline = request.due_final_on ?? request.due_notice_on
  if (request.notice_sent_at && localDate(request.notice_sent_at) > deadline) grounds.add('g')
  if (request.delivered_at && request.delivery_due_on && localDate(request.delivered_at) > request.delivery_due_on) grounds.add('g')

  const windowUntil = request.notice_sent_at || request.status === 'closed_incomplete' ? request.objection_open_until : null
  return { groundOn, windowUntil, grounds: [...grounds].sort() }
}
