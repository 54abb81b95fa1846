import { describe, expect, it, vi, beforeAll } from 'vitest'
import { downloadLetter, listLetters, loadLetterContext, storeLetter } from '@/api/letters'
import { DbFailure } from '@/api/errors'
import { generateLetterPdf, sha256Hex, type LetterData } from '@/letters'
import { actAs } from '@/test/stackClient'
import type { Actor } from '../../supabase/tests/helpers'
import { officers, refusedRequest, resident, value, type Officers } from '../../supabase/tests/process-helpers'

vi.mock('@/lib/supabase', async () => (await import('@/test/stackClient')).mockSupabaseModule())

/** The agency's date today (a letter cannot be dated later). */
const today = async () => (await value('public.local_date(now())'))!

let o: Officers
let warga: Actor
let other: Actor
beforeAll(async () => {
  ;[o, warga, other] = await Promise.all([officers(), resident('surat'), resident('surat-lain')])
})

describe('letters (against the stack)', () => {
  it('an officer generates and stores the written notice; the applicant reads it, another citizen cannot', async () => {
    const receipt = await refusedRequest(warga, o)
    actAs(o.petugas)
    const context = await loadLetterContext(receipt.id)
    expect(context.request).toMatchObject({ registration_no: receipt.registration_no, decision_type: 'rejected_exempt', exemption_codes: ['h'] })
    expect(context.consequenceTest?.legal_basis).toBe('UU 14/2008 Pasal 17 huruf h')
    expect(context.grounds.find((g) => g.code === 'h')?.label).toBe('Mengungkap rahasia pribadi')

    const data: LetterData = { ...context, objection: null, type: 'notice', letterNo: '489/7/Diskominfo/XI/2026', letterDate: await today() }
    const pdf = await generateLetterPdf(data)
    const sha256 = await sha256Hex(pdf)
    const stored = await storeLetter({ requestId: receipt.id, objectionId: null, type: 'notice', letterNo: data.letterNo, letterDate: data.letterDate, pdf, sha256 })
    expect(stored).toMatchObject({ letter_type: 'notice', letter_no: '489/7/Diskominfo/XI/2026', sha256 })

    actAs(warga)
    const mine = await listLetters(receipt.id)
    expect(mine).toHaveLength(1)
    const blob = await downloadLetter(mine[0]!.file!.object_name)
    expect(await sha256Hex(new Uint8Array(await blob.arrayBuffer()))).toBe(sha256)

    actAs(other)
    expect(await listLetters(receipt.id)).toEqual([])
    await expect(downloadLetter(mine[0]!.file!.object_name)).rejects.toBeInstanceOf(Error)
    await expect(loadLetterContext(receipt.id)).rejects.toBeInstanceOf(DbFailure)

    actAs(o.admin)
    await expect(loadLetterContext(receipt.id)).rejects.toBeInstanceOf(DbFailure)
  })

  it('refuses a letter the request does not fit yet, and a citizen storing one', async () => {
    const receipt = await refusedRequest(warga, o)
    actAs(o.petugas)
    const pdf = new TextEncoder().encode('%PDF-1.4\n%%EOF\n')
    const letter = { requestId: receipt.id, objectionId: null, letterNo: '1/2026', letterDate: await today(), pdf, sha256: await sha256Hex(pdf) }
    await expect(storeLetter({ ...letter, type: 'extension' })).rejects.toMatchObject({ reason: 'letter_not_applicable' })
    await expect(storeLetter({ ...letter, type: 'objection_decision' })).rejects.toMatchObject({ reason: 'not_found' })
    actAs(warga)
    await expect(storeLetter({ ...letter, type: 'receipt' })).rejects.toBeInstanceOf(DbFailure)
    actAs(o.petugas)
    expect(await listLetters(receipt.id)).toEqual([])
  })
})
