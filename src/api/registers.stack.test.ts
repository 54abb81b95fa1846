import { beforeAll, describe, expect, it, vi } from 'vitest'
import { DbFailure } from '@/api/errors'
import {
  EXPORT_BATCH,
  listAllObjectionRegister,
  listAllRequestRegister,
  listObjectionRegister,
  listRequestRegister,
} from '@/api/registers'
import { actAs } from '@/test/stackClient'
import { actor, client, sql, type Actor } from '../../supabase/tests/helpers'
import { buildYear2024, type Fixture } from '../../supabase/tests/report-fixture'

/** The four staff actors, each signed in on its own client. */
async function officers() {
  const [petugas, ppid, atasan, admin] = await Promise.all([
    actor('petugas', ['petugas']), actor('ppid', ['ppid']), actor('atasan', ['atasan_ppid']), actor('admin', ['admin']),
  ])
  return { petugas, ppid, atasan, admin }
}

vi.mock('@/lib/supabase', async () => (await import('@/test/stackClient')).mockSupabaseModule())

// The registers over the hand-built 2024 of report-fixture.ts (no other test files anything in 2024).
const YEAR = { from: '2024-01-01', to: '2024-12-31' }
let o: Record<'petugas' | 'ppid' | 'atasan' | 'admin', Actor>
let owner: Actor
let f: Fixture

beforeAll(async () => {
  ;[o, owner] = await Promise.all([officers(), actor('pemohon-register')])
  f = await buildYear2024(sql, owner.id)
})

describe('request register (against the stack)', () => {
  it('pages through the range oldest first, with every column of §6.1 and the total for the pager', async () => {
    actAs(o.petugas)
    const first = await listRequestRegister(YEAR, 0, 3)
    expect(first.total).toBe(8)
    expect(first.rows.map((r) => r.registration_no)).toEqual(['A1', 'A2', 'A3'].map((n) => `${f.mark}-${n}`))
    expect(first.rows[2]).toEqual({
      id: f.ids.A3, registration_no: `${f.mark}-A3`, received_on: '2024-03-04', channel: 'surat',
      applicant_name: 'Pemohon Tahunan A3', applicant_address: 'Jl. Laporan A3, Tenggarong', applicant_contact: '081234567890 / a3@contoh.id',
      applicant_occupation: 'Peneliti', details: 'Rincian informasi A3 untuk laporan tahunan.', purpose: 'Tujuan penggunaan A3 untuk laporan.',
      information_status: 'dikuasai', holder_body: null, information_forms: ['softcopy'], obtain_methods: ['salinan_softcopy'],
      decision_type: 'granted_partial', refusal_grounds: 'h, k — UU 36/2009 tentang Kesehatan Pasal 57',
      notice_sent_at: '2024-03-22T02:00:00+00:00', notice_letter_no: '480/A3/PPID/2024', delivered_at: '2024-03-22T06:00:00+00:00',
      fee_total: 15000, payment_method: 'Transfer bank', status: 'delivered', on_time: false,
    })
    const last = await listRequestRegister(YEAR, 6, 3)
    expect(last).toEqual({ total: 8, rows: [expect.objectContaining({ registration_no: `${f.mark}-A7`, status: 'withdrawn', on_time: null }),
      expect.objectContaining({ registration_no: `${f.mark}-A8`, channel: 'telepon', on_time: true })] })
  })

  it('a narrower range keeps only the requests received in it, offline ones included', async () => {
    actAs(o.atasan)
    const jan = await listAllRequestRegister({ from: '2024-01-01', to: '2024-01-31' })
    expect(jan.map((r) => [r.registration_no, r.channel])).toEqual([[`${f.mark}-A1`, 'web'], [`${f.mark}-A2`, 'langsung']])
  })

  it('the export reads past PostgREST\'s max_rows in pages', async () => {
    // 1,001 requests on one day of 2023, more than one page of EXPORT_BATCH (1,000).
    const mark = `${f.mark}-B`
    await sql(`insert into public.requests (registration_no, channel, applicant_type, applicant_name, applicant_address,
        applicant_occupation, details, purpose, obtain_methods, declared_at, received_at, received_on, due_notice_on, status, lookup_secret_hash)
      select $1 || '-' || lpad(i::text, 4, '0'), 'surat', 'perorangan', 'Pemohon Massal', 'Jl. Massal 1', 'Guru',
        'Rincian informasi massal.', 'Tujuan penggunaan massal.', '{melihat}', '2023-06-05 09:00+08', '2023-06-05 09:00+08', '2023-06-05',
        '2023-06-19', 'submitted', 'x'
      from generate_series(1, $2::int) i`, [mark, EXPORT_BATCH + 1])
    actAs(o.ppid)
    const rows = await listAllRequestRegister({ from: '2023-06-05', to: '2023-06-05' })
    expect(rows).toHaveLength(EXPORT_BATCH + 1)
    expect(new Set(rows.map((r) => r.registration_no)).size).toBe(EXPORT_BATCH + 1)
    expect(rows.at(-1)?.registration_no).toBe(`${mark}-1001`)
  })

  it('a citizen sees only their own row, an admin none, and anon is refused', async () => {
    actAs(owner)
    expect((await listAllRequestRegister(YEAR)).map((r) => r.registration_no)).toEqual([`${f.mark}-A2`])
    actAs(o.admin)
    await expect(listRequestRegister(YEAR, 0, 50)).resolves.toEqual({ rows: [], total: 0 })
    actAs(client())
    const refused = await listRequestRegister(YEAR, 0, 50).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(DbFailure)
    expect((refused as DbFailure).code).toBe('42501')
  })
})

describe('objection register (against the stack)', () => {
  it('lists the objections received in the range with every column of §6.2', async () => {
    actAs(o.petugas)
    const page = await listObjectionRegister(YEAR, 0, 2)
    expect(page.total).toBe(3)
    expect(page.rows.map((r) => r.registration_no)).toEqual([`${f.mark}-K1`, `${f.mark}-K2`])
    expect(page.rows[1]).toEqual({
      id: expect.any(String), registration_no: `${f.mark}-K2`, received_on: '2024-04-01', applicant_name: 'Pemohon Tahunan A3',
      applicant_address: 'Jl. Laporan A3, Tenggarong', applicant_contact: '081234567890 / a3@contoh.id', proxy_name: 'Kuasa K2',
      request_registration_no: `${f.mark}-A3`, details: 'Rincian informasi A3 untuk laporan tahunan.', purpose: 'Tujuan penggunaan A3 untuk laporan.',
      grounds: ['a', 'd'], status: 'upheld', response: 'Tanggapan K2', reasons: null, responded_at: '2024-06-28T02:00:00+00:00',
      atasan_name: 'Atasan Uji', atasan_position: 'Sekretaris Daerah', applicant_reaction: null, filed_late: false,
    })
    const all = await listAllObjectionRegister(YEAR)
    expect(all.map((r) => [r.registration_no, r.status])).toEqual([[`${f.mark}-K1`, 'rejected'], [`${f.mark}-K2`, 'upheld'], [`${f.mark}-K3`, 'in_review']])
  })

  it('a citizen sees only the objection on their request; an admin none; anon is refused', async () => {
    actAs(owner)
    expect((await listAllObjectionRegister(YEAR)).map((r) => [r.registration_no, r.applicant_reaction])).toEqual([[`${f.mark}-K1`, 'Menerima tanggapan']])
    actAs(o.admin)
    await expect(listAllObjectionRegister(YEAR)).resolves.toEqual([])
    actAs(client())
    await expect(listObjectionRegister(YEAR, 0, 10)).rejects.toMatchObject({ code: '42501' })
  })
})
