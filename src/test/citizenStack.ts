import { expect } from 'vitest'
import { actor, citizen, submit, type Actor, type Receipt } from '../../supabase/tests/helpers'

// Process steps for the citizen api's stack tests (supabase/tests/process-helpers.ts has the same ones,
// but imports with .ts extensions, which the app's tsconfig does not allow).

export const resident = citizen

export async function officers() {
  const [petugas, ppid, atasan, admin] = await Promise.all([
    actor('petugas', ['petugas']), actor('ppid', ['ppid']), actor('atasan', ['atasan_ppid']), actor('admin', ['admin']),
  ])
  return { petugas, ppid, atasan, admin }
}
export type Officers = Awaited<ReturnType<typeof officers>>

/** Asserts a call went through; shows the database's message when it did not. */
export function ok<T extends { error: { message: string } | null }>(res: T): T {
  expect(res.error?.message ?? null).toBeNull()
  return res
}

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n')

/** A filed request already accepted by a petugas (status in_process). */
export async function accepted(warga: Actor, petugas: Actor): Promise<Receipt> {
  const receipt = await submit(warga)
  ok(await petugas.client.rpc('accept_request', { request_id: receipt.id, expected_status: 'submitted' }))
  return receipt
}

/** A request refused on ground h with a consequence test: closed, with a written notice. */
export async function refusedRequest(warga: Actor, o: Officers): Promise<Receipt> {
  const receipt = await accepted(warga, o.petugas)
  ok(await o.ppid.client.rpc('decide_request', {
    request_id: receipt.id, expected_status: 'in_process', decision: 'rejected_exempt', exemption_codes: ['h'],
    letter_no: '489/1/Diskominfo/XI/2026', note: 'Informasi dikecualikan.',
    consequence_test: {
      document: 'Laporan hasil pemeriksaan internal 2026', exempt_items: 'Nama dan alamat saksi pada halaman 3-5',
      legal_basis: 'UU 14/2008 Pasal 17 huruf h', harm_analysis: 'Membuka identitas saksi dapat membahayakan keselamatan mereka.',
      public_interest: 'Kepentingan publik terpenuhi dengan membuka bagian selain identitas saksi.',
      result: 'Dikecualikan sebagian', signed_by: 'PPID Diskominfo Kukar',
    },
  }))
  return receipt
}
