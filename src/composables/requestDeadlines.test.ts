import { describe, expect, it } from 'vitest'
import type { Objection } from '@/api/objections'
import type { TimelineEvent } from '@/api/requestEvents'
import type { MyRequest } from '@/api/requests'
import { deadlineSpans, localDate, objectionOffer, weekdaysBetween, workingDays } from './requestDeadlines'

const request = (patch: Partial<MyRequest> = {}): MyRequest => ({
  id: 'r1', registration_no: 'PI-2026-00001', status: 'in_process', decision_type: null, details: 'x', received_on: '2026-03-16',
  due_notice_on: '2026-04-07', due_final_on: null, deadline_provisional: false, next_deadline: '2026-04-07', working_days_left: 3,
  is_overdue: false, created_at: '2026-03-16T01:00:00Z', purpose: 'y', obtain_methods: ['membaca'], copy_methods: [],
  accessibility_needs: [], accessibility_note: null, proxy_name: null, received_at: '2026-03-16T01:00:00Z', extended_at: null,
  extension_reason: null, completion_reason: null, completion_due_on: null, information_status: null, exemption_codes: [],
  exemption_other: null, holder_body: null, decision_note: null, notice_letter_no: null, notice_sent_at: null, delivery_due_on: null,
  fee_total: 0, paid_at: null, delivery_method: null, delivered_at: null, receipt_confirmed_at: null, closed_at: null,
  withdrawn_at: null, withdraw_reason: null, objection_open_until: null, reopened_by_objection: null, ...patch,
})
const event = (id: number, kind: string, data: Record<string, string> = {}, at = '2026-03-16T01:00:00Z'): TimelineEvent =>
  ({ id, at, actor_role: 'petugas', kind, from_status: null, to_status: null, body: null, data })

describe('working days', () => {
  it('counts weekdays after the start up to the deadline; holidays come off (domain.md §3.2: 16 Mar → 7 Apr 2026)', () => {
    expect(weekdaysBetween('2026-03-16', '2026-04-07')).toBe(16)
    const skipped = ['2026-03-18', '2026-03-19', '2026-03-20', '2026-03-23', '2026-03-24', '2026-04-03']
      .map((day) => ({ day, name: 'Libur', kind: 'libur_nasional' as const }))
    expect(workingDays({ from: '2026-03-16', to: '2026-04-07' }, skipped)).toBe(10)
  })

  it('takes the calendar date in the agency zone (WITA), not the device\'s', () => {
    expect(localDate('2026-03-15T17:00:00Z')).toBe('2026-03-16')
  })
})

describe('deadlineSpans', () => {
  it('explains the notice deadline from receipt, the extension and the objection window', () => {
    const r = request({ status: 'closed', due_final_on: '2026-04-16', notice_sent_at: '2026-04-10T02:00:00Z', objection_open_until: '2026-05-26' })
    const spans = deadlineSpans(r, [
      event(1, 'submitted', { due_notice_on: '2026-04-07' }),
      event(2, 'extended', { due_final_on: '2026-04-16' }),
      event(3, 'decided'),
    ], [])
    expect(spans).toEqual([
      { eventId: 1, kind: 'notice', from: '2026-03-16', to: '2026-04-07' },
      { eventId: 2, kind: 'final', from: '2026-04-07', to: '2026-04-16' },
      { eventId: 3, kind: 'objectionWindow', from: '2026-04-10', to: '2026-05-26' },
    ])
  })

  it('ties an objection\'s 30-day answer deadline to its filing event', () => {
    const objection = { id: 'o1', received_on: '2026-05-04', due_on: '2026-06-17' } as Objection
    expect(deadlineSpans(request(), [event(9, 'objection_filed', { objection_id: 'o1' })], [objection]))
      .toEqual([{ eventId: 9, kind: 'objectionDue', from: '2026-05-04', to: '2026-06-17' }])
  })
})

describe('objectionOffer', () => {
  it('is not offered while the request runs on time, nor while an objection is open', () => {
    expect(objectionOffer(request(), [])).toBeNull()
    const refused = request({ status: 'closed', decision_type: 'rejected_exempt', notice_sent_at: '2026-04-01T02:00:00Z', objection_open_until: '2026-05-14' })
    expect(objectionOffer(refused, [{ status: 'in_review' } as Objection])).toBeNull()
  })

  it.each<[string, Partial<MyRequest>, string[]]>([
    ['refused (a)', { status: 'closed', decision_type: 'rejected_exempt' }, ['a']],
    ['partly granted (a, d)', { status: 'decided', decision_type: 'granted_partial' }, ['a', 'd']],
    ['not held, holder unknown (e)', { status: 'closed', decision_type: 'not_held_unknown' }, ['e']],
    ['answered late (g)', { status: 'decided', decision_type: 'granted_full', notice_sent_at: '2026-04-09T02:00:00Z' }, ['g']],
    ['delivered after the promised date (g)', { status: 'delivered', decision_type: 'granted_full', delivery_due_on: '2026-04-08', delivered_at: '2026-04-14T02:00:00Z' }, ['g']],
    ['granted in full on time (nothing preselected)', { status: 'delivered', decision_type: 'granted_full' }, []],
  ])('after a notice: %s', (_, patch, grounds) => {
    const r = request({ notice_sent_at: '2026-04-01T02:00:00Z', objection_open_until: '2026-05-14', ...patch })
    expect(objectionOffer(r, [])).toEqual({ groundOn: patch.notice_sent_at ? localDate(patch.notice_sent_at) : '2026-04-01', windowUntil: '2026-05-14', grounds })
  })

  it('not answered in time (c): from the day after the deadline, window still to be computed', () => {
    expect(objectionOffer(request({ is_overdue: true, due_final_on: '2026-04-16' }), [])).toEqual({ groundOn: '2026-04-17', windowUntil: null, grounds: ['c'] })
  })

  it('closed as incomplete (e)', () => {
    const r = request({ status: 'closed_incomplete', closed_at: '2026-04-20T03:00:00Z', objection_open_until: '2026-06-03' })
    expect(objectionOffer(r, [])).toEqual({ groundOn: '2026-04-20', windowUntil: '2026-06-03', grounds: ['e'] })
  })
})
