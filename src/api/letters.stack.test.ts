import { describe, expect, it, vi, beforeAll } from 'vitest'
import { downloadLetter, listLetters, loadLetterContext, storeLetter } from '@/api/letters'
import { DbFailure } from '@/api/errors'
import { generateLetterPdf, sha256Hex, type LetterData } from '@/letters'
import { actAs } from '@/test/stackClient'
import { actor, citizen, sql, submit, type Actor } from '../../supabase/tests/helpers'

vi.mock('@/lib/supabase', async () => (await import('@/test/stackClient')).mockSupabaseModule())

/** The agency's date today (a letter cannot be dated later). */
const today = async () => (await sql<{ d: string }>('select public.local_date(now())::text as d'))[0]!.d

let o: Record<'petugas' | 'ppid' | 'admin', Actor>
let warga: Actor
let other: Actor
beforeAll(async () => {
  const [petugas, ppid, admin] = await Promise.all([actor('petugas', ['petugas']), actor('ppid', ['ppid']), actor('admin', ['admin'])])
  o = { petugas, ppid, admin }
  ;[warga, other] = await Promise.all([citizen('surat'), citizen('surat-lain')])
})

/** A request refused on Pasal 17 huruf h with a consequence test: it has a written notice and a refusal. */
async function refusedRequest() {
  const receipt = await submit(warga)
  const steps = [
    await o.petugas.client.rpc('accept_request', { request_id: receipt.id, expected_status: 'submitted' }),
    await o.ppid.client.rpc('decide_request', {
      request_id: receipt.id, expected_status: 'in_process', decision: 'rejected_exempt', exemption_codes: ['h'],
      letter_no: '489/7/Diskominfo/XI/2026', note: 'Informasi dikecualikan.',
      consequence_test: {
        document: 'Laporan hasil pemeriksaan internal 2026', exempt_items: 'Nama dan alamat saksi',
        legal_basis: 'UU 14/2008 Pasal 17 huruf h', harm_analysis: 'Membuka identitas saksi membahayakan mereka.',
        public_interest: 'Bagian lain dokumen tetap terbuka untuk publik.', result: 'Dikecualikan', signed_by: 'PPID Diskominfo Kukar',
      },
    }),
  ]
  for (const step of steps) if (step.error) throw step.error
  return receipt
}

describe('letters (against the stack)', () => {
  it('an officer generates and stores the written notice; the applicant reads it, another citizen cannot', async () => {
    const receipt = await refusedRequest()
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
    const receipt = await refusedRequest()
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
