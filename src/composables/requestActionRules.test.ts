import { describe, expect, it } from 'vitest'
import { objectionRegistration, offeredActions } from './requestActionRules'

const base = { status: 'submitted' as const, extended_at: null, due_notice_on: '2026-12-01', completion_due_on: null }
const keys = (...args: Parameters<typeof offeredActions>) => offeredActions(...args).map((a) => (a.blocked ? `${a.key}:${a.blocked}` : a.key))

describe('offeredActions', () => {
  it('offers a petugas verify, completion and assignment on a new request, never the PPID-only ones', () => {
    expect(keys(base, ['petugas'], '2026-11-26')).toEqual(['accept', 'completion', 'assign', 'message', 'note'])
  })

  it('offers the PPID extension and decision in process; the extension is held back once used or late', () => {
    const inProcess = { ...base, status: 'in_process' as const }
    expect(keys(inProcess, ['ppid'], '2026-11-26')).toEqual(['completion', 'assign', 'extend', 'decide', 'upload', 'message', 'note'])
    expect(keys(inProcess, ['ppid'], '2026-12-01')).toContain('extend')
    expect(keys(inProcess, ['ppid'], '2026-12-02')).toContain('extend:tooLate')
    expect(keys({ ...inProcess, extended_at: '2026-11-20T01:00:00Z' }, ['ppid'], '2026-11-26')).toContain('extend:already')
    expect(keys({ ...base, status: 'extended' }, ['ppid'], '2026-11-26')).not.toContain('extend')
    expect(keys(inProcess, ['petugas'], '2026-11-26')).not.toContain('decide')
  })

  it('walks payment, delivery and closing', () => {
    expect(keys({ ...base, status: 'awaiting_payment' }, ['petugas'], '2026-11-26')).toEqual(['payment', 'upload', 'message', 'note'])
    expect(keys({ ...base, status: 'decided' }, ['petugas'], '2026-11-26')).toEqual(['upload', 'deliver', 'message', 'note'])
    expect(keys({ ...base, status: 'delivered' }, ['petugas'], '2026-11-26')).toEqual(['upload', 'close', 'message', 'note'])
    expect(keys({ ...base, status: 'closed' }, ['ppid'], '2026-11-26')).toEqual(['message', 'note'])
  })

  it('closes an incomplete request only after its completion window', () => {
    const waiting = { ...base, status: 'needs_completion' as const, completion_due_on: '2026-12-01' }
    expect(keys(waiting, ['petugas'], '2026-12-01')).toContain('closeIncomplete:waiting')
    expect(keys(waiting, ['petugas'], '2026-12-02')).toContain('closeIncomplete')
  })

  it('gives the Atasan PPID only messages and notes on a request', () => {
    expect(keys({ ...base, status: 'in_process' }, ['atasan_ppid'], '2026-11-26')).toEqual(['message', 'note'])
  })
})

describe('objectionRegistration', () => {
  const noticed = {
    status: 'closed' as const, notice_sent_at: '2026-11-02T03:00:00Z', closed_at: '2026-11-02T03:00:00Z', is_overdue: false,
    due_notice_on: '2026-11-10', due_final_on: null, objection_open_until: '2026-12-15',
  }

  it('is open to petugas and PPID after the written notice, until the window, then only as late', () => {
    expect(objectionRegistration(noticed, [], ['petugas'], '2026-11-26')).toEqual({ groundOn: '2026-11-02', windowUntil: '2026-12-15', late: false })
    expect(objectionRegistration(noticed, [], ['ppid'], '2026-12-15')?.late).toBe(false)
    expect(objectionRegistration(noticed, [], ['ppid'], '2026-12-16')?.late).toBe(true)
  })

  it('is closed to other roles, while an objection is open, and before any ground exists', () => {
    expect(objectionRegistration(noticed, [], ['atasan_ppid', 'admin'], '2026-11-26')).toBeNull()
    expect(objectionRegistration(noticed, [{ status: 'in_review' }], ['petugas'], '2026-11-26')).toBeNull()
    expect(objectionRegistration(noticed, [{ status: 'rejected' }], ['petugas'], '2026-11-26')).not.toBeNull()
    const pending = { ...noticed, status: 'in_process' as const, notice_sent_at: null, closed_at: null, objection_open_until: null }
    expect(objectionRegistration(pending, [], ['petugas'], '2026-11-26')).toBeNull()
  })

  it('after a missed deadline the ground is the day after it; the database knows the window', () => {
    const overdue = { ...noticed, status: 'in_process' as const, notice_sent_at: null, closed_at: null, is_overdue: true, objection_open_until: null }
    expect(objectionRegistration(overdue, [], ['petugas'], '2026-11-26')).toEqual({ groundOn: '2026-11-11', windowUntil: null, late: false })
    const incomplete = { ...noticed, status: 'closed_incomplete' as const, notice_sent_at: null, closed_at: '2026-11-20T20:00:00Z' }
    // 20:00 UTC is already the next day in Tenggarong (UTC+8).
    expect(objectionRegistration(incomplete, [], ['petugas'], '2026-11-26')?.groundOn).toBe('2026-11-21')
  })
})
