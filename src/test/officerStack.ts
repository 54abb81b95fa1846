import { randomUUID } from 'node:crypto'
import { expect } from 'vitest'
import { actor, citizen, client, sql, submit, type Actor, type Receipt } from '../../supabase/tests/helpers'

/**
 * Fixtures for the officer side's stack tests (src/api/*.stack.test.ts), after supabase/tests/process-helpers.ts,
 * which the app's TypeScript project cannot import (it imports with .ts extensions).
 */
export { actor, citizen, client, sql, submit, type Actor, type Receipt }

export async function officers() {
  const [petugas, ppid, atasan, admin] = await Promise.all([
    actor('petugas', ['petugas']), actor('ppid', ['ppid']), actor('atasan', ['atasan_ppid']), actor('admin', ['admin']),
  ])
  return { petugas, ppid, atasan, admin }
}
export type Officers = Awaited<ReturnType<typeof officers>>

/** Asserts a direct call went through (showing the database's message when not) and returns it. */
export function ok<T extends { error: { message: string } | null }>(res: T): T {
  expect(res.error?.message ?? null).toBeNull()
  return res
}

export const CONSEQUENCE_TEST = {
  document: 'Laporan hasil pemeriksaan internal 2026',
  exempt_items: 'Nama dan alamat saksi pada halaman 3-5',
  legal_basis: 'UU 14/2008 Pasal 17 huruf h',
  harm_analysis: 'Membuka identitas saksi dapat membahayakan keselamatan mereka.',
  public_interest: 'Kepentingan publik terpenuhi dengan membuka bagian selain identitas saksi.',
  result: 'Dikecualikan sebagian',
  signed_by: 'PPID Diskominfo Kukar',
}

/** A filed request accepted by a petugas (in_process). */
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
    consequence_test: CONSEQUENCE_TEST, note: 'Informasi dikecualikan.',
  }))
  return receipt
}

export interface Event {
  kind: string
  visibility: string
  actor_role: string
  body: string | null
  data: Record<string, unknown>
}

export function events(requestId: string) {
  return sql<Event>('select kind, visibility, actor_role, body, data from public.request_events where request_id = $1 order by id', [requestId])
}

/** A PDF uploaded (not yet linked) under the citizen's attachments folder. */
export async function upload(who: Actor): Promise<string> {
  const name = `${who.id}/${randomUUID()}.pdf`
  const up = await who.client.storage.from('attachments')
    .upload(name, new Blob(['%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'], { type: 'application/pdf' }), { contentType: 'application/pdf' })
  if (up.error) throw up.error
  return name
}
