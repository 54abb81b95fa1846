import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { describe, expect, it, vi, beforeAll } from 'vitest'
import { downloadLetter, listLetters, loadLetterContext, storeLetter } from '@/api/letters'
import { DbFailure } from '@/api/errors'
import { generateLetterPdf, letterDate, sha256Hex, type LetterData } from '@/letters'
import { actAs } from '@/test/stackClient'
import { actor, citizen, sql, submit, type Actor } from '../../supabase/tests/helpers'

vi.mock('@/lib/supabase', async () => (await import('@/test/stackClient')).mockSupabaseModule())

/** The agency's date today (a letter cannot be dated later). */
const today = async () => (await sql<{ d: string }>('select public.local_date(now())::text as d'))[0]!.d

let o: Record<'petugas' | 'ppid' | 'atasan' | 'admin', Actor>
let warga: Actor
let other: Actor
beforeAll(async () => {
  const [petugas, ppid, atasan, admin] = await Promise.all([
    actor('petugas', ['petugas']), actor('ppid', ['ppid']), actor('atasan', ['atasan_ppid']), actor('admin', ['admin'])])
  o = { petugas, ppid, atasan, admin }
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

/** The text of every page as pdf.js extracts it, whitespace collapsed. */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const doc = await getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false }).promise
  const parts: string[] = []
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent()
    parts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '))
  }
  return parts.join(' ').replace(/\s+/g, ' ')
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

  it('the Atasan PPID generates and attaches the answer to the objection they decided: number, decision, name, date', async () => {
    const receipt = await refusedRequest()
    const objection = await warga.client.rpc('submit_objection', {
      request_id: receipt.id, grounds: ['a'], case_position: 'Informasi ini seharusnya terbuka untuk publik.' })
    if (objection.error) throw objection.error
    const { id: objectionId, registration_no: objectionNo } = objection.data as { id: string; registration_no: string }
    const [settings] = await sql<{ atasan_name: string }>('select atasan_name from public.agency_settings')
    const atasanName = `Dr. Atasan Uji ${objectionNo}, S.H.`
    await sql('update public.agency_settings set atasan_name = $1', [atasanName])
    try {
      for (const step of [
        await o.petugas.client.rpc('review_objection', { objection_id: objectionId, expected_status: 'submitted' }),
        await o.atasan.client.rpc('decide_objection', { objection_id: objectionId, expected_status: 'in_review', outcome: 'rejected',
          response: 'Keputusan PPID sudah tepat menurut undang-undang.', reasons: 'Data saksi dilindungi undang-undang.' }),
      ]) if (step.error) throw step.error
    } finally {
      await sql('update public.agency_settings set atasan_name = $1', [settings!.atasan_name])
    }

    actAs(o.atasan)
    const context = await loadLetterContext(receipt.id)
    const decided = context.objections.find((x) => x.id === objectionId)!
    expect(decided).toMatchObject({ status: 'rejected', atasan_name: atasanName })
    const date = await today()
    const data: LetterData = { ...context, objection: decided, type: 'objection_decision', letterNo: '045/KB/XI/2026', letterDate: date }
    const pdf = await generateLetterPdf(data)
    const text = await pdfText(pdf)
    for (const s of ['TANGGAPAN ATASAN PPID ATAS KEBERATAN', objectionNo, receipt.registration_no, 'Keberatan DITOLAK',
      'Data saksi dilindungi undang-undang.', atasanName, letterDate(date), '045/KB/XI/2026']) expect(text).toContain(s)

    const sha256 = await sha256Hex(pdf)
    const letter = { requestId: receipt.id, objectionId, letterNo: data.letterNo, letterDate: date, pdf, sha256 }
    await expect(storeLetter({ ...letter, objectionId: null, type: 'notice' })).rejects.toMatchObject({ reason: 'forbidden' })
    expect(await storeLetter({ ...letter, type: 'objection_decision' })).toMatchObject({ letter_type: 'objection_decision', objection_id: objectionId, sha256 })

    actAs(warga)
    const mine = await listLetters(receipt.id)
    expect(mine.map((l) => l.letter_type)).toEqual(['objection_decision'])
    expect(await sha256Hex(new Uint8Array(await (await downloadLetter(mine[0]!.file!.object_name)).arrayBuffer()))).toBe(sha256)
  })
})
