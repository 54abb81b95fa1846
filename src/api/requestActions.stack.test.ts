import { beforeAll, describe, expect, it, vi } from 'vitest'
import {
  acceptRequest, addInternalNote, assignRequest, closeIncomplete, closeRequest, decideRequest, deliverRequest, extendRequest,
  attachResponse, recordPayment, requestCompletion, sendMessage,
} from '@/api/requestActions'
import { DbFailure } from '@/api/errors'
import { checkFile, createUpload, RESUMABLE_THRESHOLD, UploadError } from '@/lib/upload'
import { actAs } from '@/test/stackClient'
import { actor, env } from '../../supabase/tests/helpers'

import { accepted, type Actor, citizen, CONSEQUENCE_TEST, events, officers, type Officers, sql, submit } from '@/test/stackFixtures'

vi.mock('@/lib/supabase', async () => (await import('@/test/stackClient')).mockSupabaseModule())

let o: Officers
let warga: Actor
beforeAll(async () => {
  ;[o, warga] = await Promise.all([officers(), citizen('aksi')])
})

const failureOf = (p: Promise<unknown>) => p.then(() => { throw new Error('expected a failure') }, (e: unknown) => e as DbFailure)
const statusOf = async (id: string) => (await sql<{ status: string }>('select status from public.requests where id = $1', [id]))[0]!.status

describe('verify, completion, close incomplete', () => {
  it('accepts with a unit and answers only id, status and updated_at', async () => {
    const r = await submit(warga)
    const [unit] = await sql<{ id: number }>("insert into public.units (code, name) values ('U-' || upper(substr(md5(random()::text), 1, 6)), 'Bagian Uji') returning id")
    actAs(o.petugas)
    const done = await acceptRequest(r.id, 'submitted', Number(unit!.id))
    expect(Object.keys(done).sort()).toEqual(['id', 'status', 'updated_at'])
    expect(done).toMatchObject({ id: r.id, status: 'in_process' })
    expect((await sql('select assigned_unit_id from public.requests where id = $1', [r.id]))[0]).toEqual({ assigned_unit_id: unit!.id })
  })

  it('a second officer on a stale screen gets a conflict (PT409)', async () => {
    const r = await submit(warga)
    actAs(o.petugas)
    await acceptRequest(r.id, 'submitted')
    actAs(o.ppid)
    const failure = await failureOf(acceptRequest(r.id, 'submitted'))
    expect(failure).toBeInstanceOf(DbFailure)
    expect(failure.isConflict).toBe(true)
    expect(failure.code).toBe('PT409')
  })

  it('asks for completion with a reason, refuses a short one, and closes only after the window', async () => {
    const r = await accepted(warga, o.petugas)
    actAs(o.petugas)
    expect((await failureOf(requestCompletion(r.id, 'in_process', 'pendek'))).reason).toBe('reason_required')
    expect((await requestCompletion(r.id, 'in_process', 'Scan KTP tidak terbaca, mohon unggah ulang.')).status).toBe('needs_completion')
    expect((await failureOf(closeIncomplete(r.id, 'needs_completion'))).reason).toBe('completion_window_open')
    await sql('update public.requests set completion_due_on = public.local_date(now()) - 1 where id = $1', [r.id])
    expect((await closeIncomplete(r.id, 'needs_completion', 'Tidak dilengkapi.')).status).toBe('closed_incomplete')
  })
})

describe('assign and extend', () => {
  it('assigns an officer (internal event), refuses an inactive one', async () => {
    const r = await accepted(warga, o.petugas)
    actAs(o.petugas)
    expect((await assignRequest(r.id, { assigneeId: o.ppid.id })).status).toBe('in_process')
    expect((await events(r.id)).at(-1)).toMatchObject({ kind: 'assigned', visibility: 'internal', data: { assignee_id: o.ppid.id } })
    expect((await failureOf(assignRequest(r.id, { assigneeId: warga.id }))).reason).toBe('assignee_invalid')
  })

  it('extends once as PPID; a petugas is forbidden; a second extension is illegal', async () => {
    const r = await accepted(warga, o.petugas)
    actAs(o.petugas)
    expect((await failureOf(extendRequest(r.id, 'in_process', 'Dokumen masih dikumpulkan dari bidang.'))).reason).toBe('forbidden')
    actAs(o.ppid)
    expect((await extendRequest(r.id, 'in_process', 'Dokumen masih dikumpulkan dari bidang.')).status).toBe('extended')
    expect((await failureOf(extendRequest(r.id, 'extended', 'Dokumen masih dikumpulkan dari bidang.'))).reason).toBe('illegal_transition')
  })
})

describe('decide, pay, deliver, close', () => {
  it('grants with fees → awaiting_payment → paid → delivered → closed', async () => {
    const r = await accepted(warga, o.petugas)
    actAs(o.ppid)
    const decided = await decideRequest(r.id, 'in_process', {
      decision: 'granted_full', letterNo: '489/7/Diskominfo/XI/2026', informationForms: ['softcopy'],
      fees: [{ item: 'Fotokopi', quantity: 20, unit_price: 500 }], deliveryDueOn: await todayPlus(3),
    })
    expect(decided.status).toBe('awaiting_payment')
    actAs(o.petugas)
    expect((await recordPayment(r.id, 'awaiting_payment', 'Tunai di loket')).status).toBe('decided')
    expect((await deliverRequest(r.id, 'decided', 'ambil_langsung', 'Diterima langsung oleh pemohon.')).status).toBe('delivered')
    expect((await closeRequest(r.id, 'delivered')).status).toBe('closed')
    const [row] = await sql('select fee_total::int as fee, notice_letter_no, payment_method, delivery_method from public.requests where id = $1', [r.id])
    expect(row).toEqual({ fee: 10000, notice_letter_no: '489/7/Diskominfo/XI/2026', payment_method: 'Tunai di loket', delivery_method: 'ambil_langsung' })
  })

  it('refuses a refusal without grounds or a consequence test, then closes it with both', async () => {
    const r = await accepted(warga, o.petugas)
    actAs(o.ppid)
    expect((await failureOf(decideRequest(r.id, 'in_process', { decision: 'rejected_exempt' }))).reason).toBe('grounds_required')
    expect((await failureOf(decideRequest(r.id, 'in_process', { decision: 'rejected_exempt', exemptionCodes: ['h'] }))).reason)
      .toBe('consequence_test_required')
    expect((await decideRequest(r.id, 'in_process', {
      decision: 'rejected_exempt', exemptionCodes: ['h'], consequenceTest: CONSEQUENCE_TEST, note: 'Dikecualikan.',
    })).status).toBe('closed')
  })

  it('needs the holding body when not held and forwarded', async () => {
    const r = await accepted(warga, o.petugas)
    actAs(o.ppid)
    expect((await failureOf(decideRequest(r.id, 'in_process', { decision: 'not_held_forwarded' }))).reason).toBe('holder_body_required')
    expect((await decideRequest(r.id, 'in_process', { decision: 'not_held_forwarded', holderBody: 'Dinas Pendidikan Kukar' })).status).toBe('closed')
    expect((await sql('select holder_body from public.requests where id = $1', [r.id]))[0]).toEqual({ holder_body: 'Dinas Pendidikan Kukar' })
  })
})

describe('messages, notes and the response upload', () => {
  it('a message is public, a note internal', async () => {
    const r = await accepted(warga, o.petugas)
    actAs(o.petugas)
    await sendMessage(r.id, 'Dokumen sedang kami siapkan.')
    await addInternalNote(r.id, 'Minta data ke Bidang Anggaran.')
    expect((await events(r.id)).slice(-2).map((e) => [e.kind, e.visibility, e.body])).toEqual([
      ['message', 'public', 'Dokumen sedang kami siapkan.'], ['note', 'internal', 'Minta data ke Bidang Anggaran.']])
    expect((await failureOf(addInternalNote(r.id, '  '))).reason).toBe('reason_required')
  })

  it('uploads a small answer in one request under the request\'s folder with a generated key and links it', async () => {
    const r = await accepted(warga, o.petugas)
    actAs(o.petugas)
    const file = new File([Buffer.from('%PDF-1.4\n%%EOF\n')], 'Jawaban <final>.pdf', { type: 'application/pdf' })
    const uploaded = await createUpload(file, await checkFile(file, 'responses'), { bucket: 'responses', folder: r.id }).start()
    const id = await attachResponse(r.id, uploaded.path, 'response', uploaded.originalName)
    const [row] = await sql<{ object_name: string; kind: string; original_name: string; bucket_id: string }>(
      'select bucket_id, object_name, kind, original_name from public.files where id = $1', [id])
    expect(row).toMatchObject({ bucket_id: 'responses', kind: 'response', original_name: 'Jawaban <final>.pdf' })
    expect(row!.object_name).toMatch(new RegExp(`^${r.id}/[0-9a-f-]{36}\\.pdf$`))
    expect((await events(r.id)).at(-1)).toMatchObject({ kind: 'document', visibility: 'public' })
    expect((await failureOf(attachResponse(r.id, uploaded.path))).reason).toBe('file_already_linked')
  })

  it('sends an answer above 6 MB through TUS in chunks into the responses bucket, then links it', async () => {
    // The resumable endpoint and apikey come from the build's env, as in the browser.
    vi.stubEnv('VITE_SUPABASE_URL', env().url)
    vi.stubEnv('VITE_SUPABASE_ANON_KEY', env().anonKey)
    // Signed in with a password, as in the browser: TUS takes the session's access token.
    const [petugas, atasan] = await Promise.all([actor('petugas-tus', ['petugas']), actor('atasan-tus', ['atasan_ppid'])])
    const r = await accepted(warga, o.petugas)
    const bytes = new Uint8Array(RESUMABLE_THRESHOLD + 1_500_000)
    bytes.set([0x50, 0x4b, 0x03, 0x04])
    for (let i = 8; i < bytes.length; i += 4096) bytes[i] = i % 251
    const file = new File([bytes], 'Lampiran DPA 2026.zip', { type: 'application/zip' })
    actAs(petugas)
    const progress: number[] = []
    const uploaded = await createUpload(file, await checkFile(file, 'responses'), {
      bucket: 'responses', folder: r.id, onProgress: (sent) => progress.push(sent),
    }).start()
    expect(progress.length).toBeGreaterThan(2)
    expect(progress.at(-1)).toBe(file.size)
    const id = await attachResponse(r.id, uploaded.path, 'response', uploaded.originalName)
    expect(await sql(`select f.size_bytes::text, f.mime_type, o.metadata->>'size' as stored from public.files f
      join storage.objects o on o.bucket_id = f.bucket_id and o.name = f.object_name where f.id = $1`, [id]))
      .toEqual([{ size_bytes: String(file.size), mime_type: 'application/zip', stored: String(file.size) }])

    // Only petugas and PPID write into a request's folder, through TUS as through the single request.
    actAs(atasan)
    const denied = await createUpload(file, 'application/zip', { bucket: 'responses', folder: r.id }).start().catch((e: unknown) => e)
    expect(denied).toBeInstanceOf(UploadError)
    expect((denied as UploadError).reason).toBe('file_denied')
    vi.unstubAllEnvs()
  })

  it('refuses a type the bucket does not take before uploading, and the atasan by policy', async () => {
    const r = await accepted(warga, o.petugas)
    actAs(o.petugas)
    await expect(checkFile(new File(['<script>'], 'x.html', { type: 'text/html' }), 'responses')).rejects.toMatchObject({ reason: 'file_type_not_allowed' })
    actAs(o.atasan)
    const pdf = new File(['%PDF-1.4'], 'x.pdf', { type: 'application/pdf' })
    expect(await createUpload(pdf, 'application/pdf', { bucket: 'responses', folder: r.id }).start().catch((e: unknown) => e))
      .toMatchObject({ reason: 'file_denied' })
    expect(await statusOf(r.id)).toBe('in_process')
  })
})

async function todayPlus(days: number) {
  return (await sql<{ d: string }>('select (public.local_date(now()) + $1::int)::text as d', [days]))[0]!.d
}
