import { describe, expect, it, vi } from 'vitest'
import { lookupRequest } from '@/api/lookup'
import { actAs } from '@/test/stackClient'
import { citizen, client, submit } from '../../supabase/tests/helpers'

vi.mock('@/lib/supabase', async () => (await import('@/test/stackClient')).mockSupabaseModule())

describe('lookupRequest (against the stack)', () => {
  it('answers status, dates and the public timeline for the number plus its secret, without an account', async () => {
    const receipt = await submit(await citizen('cek'))
    actAs(client())
    const result = await lookupRequest(` ${receipt.registration_no.toLowerCase()} `, receipt.secret!)
    expect(result).toMatchObject({
      found: true, registration_no: receipt.registration_no, status: 'submitted', decision_type: null,
      received_on: receipt.received_on, due_notice_on: receipt.due_notice_on, due_final_on: null,
    })
    if (!result.found) throw new Error('not found')
    expect(result.timeline).toEqual([{ at: expect.any(String), kind: 'submitted', to_status: 'submitted' }])
    // Status and dates only: nothing about the applicant or the request's content.
    expect(JSON.stringify(result)).not.toMatch(/Warga Uji|6402011505900001|anggaran/)
  })

  it('gives one generic answer for a wrong secret and an unknown number', async () => {
    const receipt = await submit(await citizen('cek-salah'))
    actAs(client())
    await expect(lookupRequest(receipt.registration_no, 'tebakan')).resolves.toEqual({ found: false })
    await expect(lookupRequest('PI-2099-99999', receipt.secret!)).resolves.toEqual({ found: false })
    await expect(lookupRequest(receipt.registration_no, '')).resolves.toEqual({ found: false })
  })

  it('throttles a number after ten failed tries with too_many_attempts (HTTP 429), even with the right secret', async () => {
    const receipt = await submit(await citizen('cek-batas'))
    actAs(client())
    for (let i = 0; i < 10; i += 1) await lookupRequest(receipt.registration_no, `salah-${i}`)
    const failure = lookupRequest(receipt.registration_no, receipt.secret!)
    await expect(failure).rejects.toMatchObject({ name: 'DbFailure', reason: 'too_many_attempts', code: 'PT429' })
  })
})
