import { describe, expect, it, vi } from 'vitest'
import { shallowRef } from 'vue'
import { DbFailure } from '@/api/errors'
import * as objections from '@/api/objections'
import { fakeRequest } from '@/test/officerFixtures'
import { useRequestActions } from './useRequestActions'

vi.mock('@/api/objections', async () => (await import('@/test/officerFixtures')).loudApi('@/api/objections'))

const INPUT = { grounds: ['a' as const], casePosition: 'Informasi itu seharusnya terbuka.' }

describe('useRequestActions.registerObjection', () => {
  it('registers for the request on screen', async () => {
    vi.mocked(objections.registerObjection).mockResolvedValue({ id: 'o1' } as objections.Objection)
    const actions = useRequestActions(shallowRef(fakeRequest()))
    await actions.registerObjection(INPUT)
    expect(objections.registerObjection).toHaveBeenCalledWith({ requestId: fakeRequest().id, ...INPUT })
  })

  it('an objection already open means another officer registered first: a conflict; other refusals pass through', async () => {
    const actions = useRequestActions(shallowRef(fakeRequest()))
    vi.mocked(objections.registerObjection).mockRejectedValueOnce(new DbFailure('open', 'objection_open', 'P0001'))
    await expect(actions.registerObjection(INPUT)).rejects.toMatchObject({ isConflict: true })
    vi.mocked(objections.registerObjection).mockRejectedValueOnce(new DbFailure('late', 'late_note_required', 'P0001'))
    await expect(actions.registerObjection(INPUT)).rejects.toMatchObject({ reason: 'late_note_required', isConflict: false })
  })
})
