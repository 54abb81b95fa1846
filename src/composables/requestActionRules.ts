import type { ObjectionStatus } from '@/api/objectionDecisions'
import type { StaffRole } from '@/api/roles'
import type { WorkspaceRequest } from '@/api/requestWorkspace'
import { addDays, localDate } from './requestDeadlines'

export type ActionKey =
  | 'accept' | 'completion' | 'assign' | 'extend' | 'decide' | 'payment' | 'upload' | 'deliver' | 'close'
  | 'closeIncomplete' | 'message' | 'note'

/** An action the state machine offers now: `blocked` carries the guard that holds it back, if any. */
export interface OfferedAction {
  key: ActionKey
  blocked?: 'already' | 'tooLate' | 'waiting'
}

type Request = Pick<WorkspaceRequest, 'status' | 'extended_at' | 'due_notice_on' | 'completion_due_on'>

const OFFICERS: StaffRole[] = ['petugas', 'ppid']
const OPEN = ['submitted', 'in_process', 'needs_completion', 'extended']

/**
 * The actions of domain.md §8.2 the caller's roles may take on a request in its current state, in the
 * order an officer works. Only for the UI: each database function checks the same again.
 */
export function offeredActions(r: Request, roles: readonly StaffRole[], today: string): OfferedAction[] {
  const has = (wanted: StaffRole[]) => wanted.some((role) => roles.includes(role))
  const officer = has(OFFICERS)
  const out: OfferedAction[] = []
  const add = (key: ActionKey, when: boolean, blocked?: OfferedAction['blocked']) => {
    if (when) out.push(blocked ? { key, blocked } : { key })
  }
  add('accept', officer && r.status === 'submitted')
  add('completion', officer && (r.status === 'submitted' || r.status === 'in_process'))
  add('assign', officer && OPEN.includes(r.status))
  if (has(['ppid']) && r.status === 'in_process') {
    add('extend', true, r.extended_at ? 'already' : today > r.due_notice_on ? 'tooLate' : undefined)
  }
  add('decide', has(['ppid']) && (r.status === 'in_process' || r.status === 'extended'))
  add('payment', officer && r.status === 'awaiting_payment')
  add('upload', officer && ['in_process', 'extended', 'decided', 'awaiting_payment', 'delivered'].includes(r.status))
  add('deliver', officer && r.status === 'decided')
  add('close', officer && r.status === 'delivered')
  if (officer && r.status === 'needs_completion') {
    add('closeIncomplete', true, r.completion_due_on && today <= r.completion_due_on ? 'waiting' : undefined)
  }
  add('message', has(['petugas', 'ppid', 'atasan_ppid']))
  add('note', has(['petugas', 'ppid', 'atasan_ppid']))
  return out
}

/** A paper objection the officer may register now: when its ground arose, its window, and whether it is late. */
export interface ObjectionRegistration {
  groundOn: string
  /** The last day of the 30 working days, when the request already knows it (after a notice or an incomplete close). */
  windowUntil: string | null
  late: boolean
}

type ObjectionBasis = Pick<WorkspaceRequest, 'status' | 'notice_sent_at' | 'closed_at' | 'is_overdue' | 'due_notice_on' |
  'due_final_on' | 'objection_open_until'>

/**
 * Whether petugas or PPID may register an objection received offline (register_objection): a ground exists
 * (the database's objection_ground_date: a written notice, an incomplete close, or a missed deadline) and
 * no objection is open. After the window the database still accepts it, but only with a late note.
 */
export function objectionRegistration(
  r: ObjectionBasis, objections: readonly { status: ObjectionStatus }[], roles: readonly StaffRole[], today: string,
): ObjectionRegistration | null {
  if (!OFFICERS.some((role) => roles.includes(role))) return null
  if (objections.some((o) => o.status === 'submitted' || o.status === 'in_review')) return null
  let groundOn: string | null = null
  if (r.notice_sent_at) groundOn = localDate(r.notice_sent_at)
  else if (r.status === 'closed_incomplete' && r.closed_at) groundOn = localDate(r.closed_at)
  else if (r.is_overdue) groundOn = addDays(r.due_final_on ?? r.due_notice_on, 1)
  if (!groundOn) return null
  const windowUntil = r.notice_sent_at || r.status === 'closed_incomplete' ? r.objection_open_until : null
  return { groundOn, windowUntil, late: windowUntil !== null && today > windowUntil }
}
