import { beforeAll, describe, expect, it, vi } from 'vitest'
import { DbFailure } from '@/api/errors'
import { getMySurvey, submitSurvey } from '@/api/survey'
import { actAs } from '@/test/stackClient'
import { type Actor } from '../../supabase/tests/helpers'
import { accepted, officers, refusedRequest, resident, type Officers } from '@/test/citizenStack'

vi.mock('@/lib/supabase', async () => (await import('@/test/stackClient')).mockSupabaseModule())

let o: Officers
let warga: Actor
let other: Actor
beforeAll(async () => {
  ;[o, warga, other] = await Promise.all([officers(), resident('api-skm'), resident('api-skm-lain')])
})

const reason = (e: unknown) => (e instanceof DbFailure ? e.reason : String(e))

describe('survey', () => {
  it('answers once for a closed request and reads the answer back', async () => {
    const r = await refusedRequest(warga, o)
    actAs(warga)
    expect(await getMySurvey(r.id)).toBeNull()
    const saved = await submitSurvey(r.id, { satisfaction: 5, ease: 4, onTime: true, comment: '  Jelas.  ' })
    expect(saved).toMatchObject({ request_id: r.id, satisfaction: 5, ease: 4, on_time: true, comment: 'Jelas.' })
    expect(await getMySurvey(r.id)).toEqual(saved)
    expect(reason(await submitSurvey(r.id, { satisfaction: 1, ease: 1, onTime: null }).catch((e: unknown) => e))).toBe('survey_exists')
    actAs(other)
    expect(await getMySurvey(r.id)).toBeNull()
  })

  it('is refused while the request is open, for scores out of range and for someone else', async () => {
    const open = await accepted(warga, o.petugas)
    const closed = await refusedRequest(warga, o)
    actAs(warga)
    expect(reason(await submitSurvey(open.id, { satisfaction: 4, ease: 4, onTime: null }).catch((e: unknown) => e))).toBe('survey_not_open')
    expect(reason(await submitSurvey(closed.id, { satisfaction: 9, ease: 4, onTime: null }).catch((e: unknown) => e))).toBe('survey_invalid')
    actAs(other)
    expect(reason(await submitSurvey(closed.id, { satisfaction: 4, ease: 4, onTime: null }).catch((e: unknown) => e))).toBe('not_found')
  })
})
