import { describe, expect, it } from 'vitest'
import { DbFailure, toDbFailure, unwrap } from '@/api/errors'

describe('toDbFailure', () => {
  it('keeps the stable reason code from the hint and recognises a lost race', () => {
    const failure = toDbFailure({ message: 'Status berubah', code: 'PT409', hint: 'conflict' })
    expect(failure).toBeInstanceOf(DbFailure)
    expect(failure.reason).toBe('conflict')
    expect(failure.isConflict).toBe(true)
  })

  it('calls a failure without a code a network failure', () => {
    expect(toDbFailure({ message: 'TypeError: Failed to fetch' }).reason).toBe('network')
    expect(toDbFailure({ message: 'permission denied', code: '42501' }).reason).toBe('unknown')
  })

  it('unwrap returns data or throws', () => {
    expect(unwrap({ data: [1], error: null })).toEqual([1])
    expect(() => unwrap({ data: null, error: { message: 'x', code: 'P0001', hint: 'reason_required' } })).toThrow(
      expect.objectContaining({ reason: 'reason_required' }),
    )
  })
})
