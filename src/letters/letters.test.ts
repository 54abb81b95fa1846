// @vitest-environment node
import { jsPDF } from 'jspdf'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { describe, expect, it } from 'vitest'
import { applicableLetterTypes, composeLetter, generateLetterPdf, letterDate, pdfSafe, sha256Hex } from '@/letters'
import { renderLetter } from '@/letters/render'
import { letterData } from '@/letters/testData'
import type { LetterData } from '@/letters/types'

/** The text of every page as pdf.js extracts it, whitespace collapsed. */
async function pdfText(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  const doc = await getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false }).promise
  const parts: string[] = []
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent()
    parts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '))
  }
  return { text: parts.join(' ').replace(/\s+/g, ' '), pages: doc.numPages }
}

const textOf = async (data: LetterData) => (await pdfText(await generateLetterPdf(data))).text

const OBJECTION = {
  id: '20000000-0000-4000-8000-000000000001', registration_no: 'KB-2026-00003', received_on: '2026-04-20',
  grounds: ['a', 'f'] as ('a' | 'f')[], case_position: 'Informasi yang saya minta bukan rahasia pribadi.', status: 'rejected' as const,
  response: 'Atasan PPID menguatkan keputusan PPID.', reasons: 'Data saksi dilindungi undang-undang.', responded_at: '2026-05-04T03:00:00Z',
  atasan_name: 'Dr. Sunggono Hadi, S.H.', atasan_position: 'Sekretaris Daerah selaku Atasan PPID',
}

describe('letter dates and text', () => {
  it('writes dates as the letters need them', () => {
    expect(letterDate('2026-04-07')).toBe('Selasa, 7 April 2026')
    expect(letterDate('2026-08-17T00:00:00Z')).toBe('Senin, 17 Agustus 2026')
  })

  it('keeps WinAnsi text, drops invisible marks and replaces what the standard fonts cannot show', () => {
    expect(pdfSafe('André – “Salinan DPA” <script>')).toBe('André – “Salinan DPA” <script>')
    expect(pdfSafe('A\u202eB\u200bC\tD\u0000E')).toBe('ABC DE')
    expect(pdfSafe('Ğ 中')).toBe('? ?')
  })
})

describe('each letter as PDF: numbers, names and dates as extracted by pdf.js', () => {
  it('the receipt', async () => {
    const text = await textOf(letterData({ type: 'receipt', letterNo: 'TB/042/2026' }))
    for (const s of ['TANDA BUKTI PENERIMAAN PERMOHONAN INFORMASI PUBLIK', 'TB/042/2026', 'PI-2026-00042', 'Senin, 16 Maret 2026',
      'Selasa, 7 April 2026', 'Siti Rahmawati', 'Situs web', 'PEMERINTAH KABUPATEN KUTAI KARTANEGARA', 'Ir. Hj. Nur Aisyah Putri, M.Si.',
      'NIP 197501012000032001', 'Halaman 1 dari 1']) expect(text).toContain(s)
  })

  it('the written notice of a refusal: grounds, other statute, consequence test, the right to object', async () => {
    const text = await textOf(letterData())
    for (const s of ['SURAT PEMBERITAHUAN TERTULIS', '489/123/Diskominfo-PLIP/IV/2026', 'Ditolak (informasi dikecualikan)',
      'Pasal 17 huruf h UU 14/2008: Mengungkap rahasia pribadi', 'UU 27/2022 tentang Pelindungan Data Pribadi',
      'Nama dan alamat saksi pada halaman 3-5', 'Senin, 6 April 2026 oleh PPID Diskominfo Kukar', '30 (tiga puluh) hari kerja',
      'Sekretaris Daerah selaku Atasan PPID', 'Kepala Dinas Komunikasi dan Informatika selaku PPID']) expect(text).toContain(s)
  })

  it('the written notice of a full grant with fees, and of a partial grant', async () => {
    const base = letterData().request
    const full = await textOf(letterData({
      request: { ...base, decision_type: 'granted_full', exemption_codes: [], delivery_due_on: '2026-04-14', fee_total: 15000,
        copy_methods: ['pos', 'ambil_langsung'] },
      fees: [{ item: 'Fotokopi', quantity: 50, unit_price: 200 }, { item: 'Ongkos pos', quantity: 1, unit_price: 5000 }],
      consequenceTest: null,
    }))
    for (const s of ['Dikabulkan seluruhnya', 'dapat diberikan seluruhnya', 'Fotokopi: 50 × Rp 200 = Rp 10.000', 'Ongkos pos: 1 × Rp 5.000',
      'Rp 15.000', 'Pos, Mengambil langsung', 'paling lambat Selasa, 14 April 2026']) expect(full).toContain(s)
    expect(full).not.toContain('Pasal 17 huruf')

    const partial = await textOf(letterData({ request: { ...base, decision_type: 'granted_partial', exemption_codes: ['h'] } }))
    for (const s of ['Dikabulkan sebagian', 'dihitamkan atau dikaburkan', 'Pasal 17 huruf h', 'Ringkasan uji konsekuensi', 'Tanpa biaya (Rp 0)'])
      expect(partial).toContain(s)
  })

  it.each([
    ['not_held_forwarded', 'dikuasai oleh Badan Pusat Statistik Kabupaten Kutai Kartanegara'],
    ['not_held_unknown', 'tidak mengetahui badan publik yang menguasainya'],
    ['not_yet_documented', 'belum dikuasai atau belum didokumentasikan'],
  ] as const)('the written notice for %s', async (decision, phrase) => {
    const request = { ...letterData().request, decision_type: decision, exemption_codes: [], information_status: 'tidak_dikuasai' as const,
      holder_body: 'Badan Pusat Statistik Kabupaten Kutai Kartanegara' }
    const text = await textOf(letterData({ request, consequenceTest: null }))
    expect(text).toContain(phrase)
    expect(text).toContain('Tidak dikuasai')
  })

  it('the extension notice', async () => {
    const text = await textOf(letterData({ type: 'extension', letterNo: '489/100/Diskominfo-PLIP/IV/2026', letterDate: '2026-04-01' }))
    for (const s of ['PEMBERITAHUAN PERPANJANGAN JANGKA WAKTU', '489/100/Diskominfo-PLIP/IV/2026', 'Rabu, 1 April 2026',
      'Dokumen masih dihimpun dari bidang anggaran.', 'Selasa, 7 April 2026', 'Kamis, 16 April 2026', 'Pasal 22 ayat (8)'])
      expect(text).toContain(s)
  })

  it('the refusal decree with its grounds and consequence', async () => {
    const text = await textOf(letterData({ type: 'refusal' }))
    for (const s of ['SURAT KEPUTUSAN PPID TENTANG PENOLAKAN PERMOHONAN INFORMASI', 'INFORMASI YANG DIKECUALIKAN',
      'Membuka identitas saksi dapat membahayakan keselamatan mereka.', 'PERMOHONAN INFORMASI DITOLAK', '5 tahun']) expect(text).toContain(s)
  })

  it('the objection decision, signed by the Atasan PPID, pointing to the Komisi Informasi', async () => {
    const text = await textOf(letterData({ type: 'objection_decision', letterNo: '045/KB/2026', letterDate: '2026-05-04', objection: OBJECTION }))
    for (const s of ['TANGGAPAN ATASAN PPID ATAS KEBERATAN', 'KB-2026-00003', 'PI-2026-00042', 'Senin, 20 April 2026', 'Senin, 4 Mei 2026',
      'a. Permohonan ditolak dengan alasan pengecualian (Pasal 17)', 'f. Biaya yang dikenakan tidak wajar', 'Keberatan DITOLAK',
      'Data saksi dilindungi undang-undang.', 'Komisi Informasi Provinsi Kalimantan Timur', '14 (empat belas) hari kerja',
      'Dr. Sunggono Hadi, S.H.', 'NIP 196802021990031002']) expect(text).toContain(s)
    expect(text).not.toContain('NIP 197501012000032001')
  })
})

describe('hostile and long text', () => {
  it('shows markup and PDF syntax in free-text fields verbatim, as text', async () => {
    const hostile = '<script>alert("x")</script> <img src=x onerror=alert(1)> ) Tj (injected) \\ <b>tebal</b>'
    const request = { ...letterData().request, applicant_name: '<b>Budi</b> & "Ani"', details: hostile, decision_note: hostile }
    const bytes = await generateLetterPdf(letterData({ request }))
    const { text } = await pdfText(bytes)
    expect(text).toContain('<b>Budi</b> & "Ani"')
    expect(text).toContain('<script>alert("x")</script>')
    expect(text).toContain(') Tj (injected) \\ <b>tebal</b>')
    const raw = new TextDecoder('latin1').decode(bytes)
    // jsPDF's only OpenAction is the initial view (FitH); no script, launch, link or form action exists.
    expect(raw).not.toMatch(/\/(JavaScript|JS|Launch|URI|SubmitForm|AA)\b/)
  })

  it('breaks a long letter over pages and numbers them', async () => {
    const long = Array.from({ length: 120 }, (_, i) => `Baris rincian ke-${i + 1} tentang dokumen anggaran.`).join(' ')
    const request = { ...letterData().request, details: long }
    const { text, pages } = await pdfText(await generateLetterPdf(letterData({ request })))
    expect(pages).toBeGreaterThan(1)
    expect(text).toContain('Baris rincian ke-120')
    expect(text).toContain(`Halaman ${pages} dari ${pages}`)
  })
})

describe('which letters fit and the hash', () => {
  it('offers only the letter types that fit the request', () => {
    expect(applicableLetterTypes({ decision_type: null, extended_at: null })).toEqual(['receipt'])
    expect(applicableLetterTypes({ decision_type: 'granted_full', extended_at: '2026-04-01T00:00:00Z' })).toEqual(['receipt', 'extension', 'notice'])
    expect(applicableLetterTypes({ decision_type: 'rejected_exempt', extended_at: null }, { status: 'in_review' })).toEqual(['receipt', 'notice', 'refusal'])
    expect(applicableLetterTypes({ decision_type: 'rejected_exempt', extended_at: null }, { status: 'upheld' })).toContain('objection_decision')
  })

  it('composes the same text the PDF shows, and hashes the bytes', async () => {
    const data = letterData({ type: 'refusal' })
    expect(composeLetter(data).title).toBe('SURAT KEPUTUSAN PPID TENTANG PENOLAKAN PERMOHONAN INFORMASI')
    const bytes = renderLetter(jsPDF, composeLetter(data))
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-')
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  })
})
