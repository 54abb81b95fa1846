import { beforeAll, describe, expect, test } from 'vitest'
import { client, sql, type Actor } from './helpers.ts'
import { accepted, member, officers, ok, refused, refusedRequest, resident, value, type Officers } from './process-helpers.ts'

// The officer's workspace: the NIK masked by default and revealed only with an audit row, the staff
// directory for assignments, and the Atasan PPID's 30-working-day clock on objections.
let o: Officers
let warga: Actor
beforeAll(async () => {
  ;[o, warga] = await Promise.all([officers(), resident('ruang-kerja')])
})

const reveals = (requestId: string) =>
  sql<{ actor_id: string; detail: Record<string, unknown> }>(
    "select actor_id, detail from public.audit_log where action = 'reveal_nik' and entity = 'requests' and entity_id = $1 order by id",
    [requestId])

describe('NIK masking and audited reveal', () => {
  test('the computed column masks the NIK; the reveal returns it in full and leaves an audit row per call', async () => {
    const r = await accepted(warga, o.petugas)
    const masked = ok(await o.petugas.client.from('requests').select('applicant_nik_masked').eq('id', r.id).single()).data
    expect(masked).toEqual({ applicant_nik_masked: '6402••••••••0001' })
    expect(await reveals(r.id)).toEqual([])

    expect(ok(await o.petugas.client.rpc('reveal_applicant_nik', { request_id: r.id })).data)
      .toEqual({ applicant_nik: '6402011505900001', proxy_nik: null })
    ok(await o.atasan.client.rpc('reveal_applicant_nik', { request_id: r.id }))
    const rows = await reveals(r.id)
    expect(rows.map((x) => x.actor_id)).toEqual([o.petugas.id, o.atasan.id])
    expect(rows[0]!.detail).toMatchObject({ registration_no: r.registration_no, applicant: true, proxy: false })
  })

  test('citizens (the applicant included), admins and a deactivated officer are refused, and nothing is logged', async () => {
    const r = await accepted(warga, o.petugas)
    const ex = await member('mantan', ['petugas'])
    await sql("update public.user_roles set active = false where user_id = $1", [ex.id])
    for (const who of [warga, o.admin, ex]) {
      const res = await who.client.rpc('reveal_applicant_nik', { request_id: r.id })
      refused(res, 'forbidden', 403)
      expect(res.data).toBeNull()
    }
    expect(await reveals(r.id)).toEqual([])
  })

  test('an unknown request is not found; a request without a NIK reveals null', async () => {
    refused(await o.ppid.client.rpc('reveal_applicant_nik', { request_id: '00000000-0000-4000-8000-00000000abcd' }), 'not_found', 404)
    const offline = ok(await o.petugas.client.rpc('register_offline_request', {
      channel: 'surat', received_at: new Date().toISOString(), applicant_type: 'badan_hukum', applicant_name: 'Yayasan Uji',
      applicant_sk_number: 'AHU-0001.AH.01.04', applicant_address: 'Jl. Uji No. 1, Tenggarong', applicant_occupation: 'Yayasan',
      details: 'Daftar kegiatan dinas tahun 2026.', purpose: 'Bahan laporan pengawasan yayasan.', obtain_methods: ['membaca'],
    })).data as { id: string }
    expect(ok(await o.petugas.client.from('requests').select('applicant_nik_masked').eq('id', offline.id).single()).data)
      .toEqual({ applicant_nik_masked: null })
    expect(ok(await o.petugas.client.rpc('reveal_applicant_nik', { request_id: offline.id })).data)
      .toEqual({ applicant_nik: null, proxy_nik: null })
    expect(await reveals(offline.id)).toHaveLength(1)
  })

  test('anon cannot call it at all', async () => {
    const res = await client().rpc('reveal_applicant_nik', { request_id: '00000000-0000-4000-8000-00000000abcd' })
    expect(res.status).toBe(401)
  })
})

describe('staff directory', () => {
  test('lists active case staff with their account name (or email), roles sorted; not revoked ones, not admins', async () => {
    const created = await client('service').auth.admin.createUser({
      email: `bernama-${Date.now()}@example.test`, password: 'Rahasia123', email_confirm: true,
      user_metadata: { full_name: 'Rina Petugas' },
    })
    if (created.error) throw created.error
    const named = created.data.user.id
    await sql("insert into public.user_roles (user_id, role) values ($1, 'ppid'), ($1, 'petugas')", [named])
    const revoked = await member('dicabut', ['petugas'])
    await sql('update public.user_roles set active = false where user_id = $1', [revoked.id])

    const rows = ok(await o.petugas.client.rpc('list_active_staff')).data as { user_id: string; display_name: string; email: string; roles: string[] }[]
    const byId = new Map(rows.map((r) => [r.user_id, r]))
    expect(byId.get(named)).toMatchObject({ display_name: 'Rina Petugas', roles: ['petugas', 'ppid'] })
    expect(byId.get(o.ppid.id)).toMatchObject({ display_name: o.ppid.email, roles: ['ppid'] })
    expect(byId.get(o.atasan.id)?.roles).toEqual(['atasan_ppid'])
    expect(byId.has(revoked.id)).toBe(false)
    expect(byId.has(o.admin.id)).toBe(false)
    expect(byId.has(warga.id)).toBe(false)
  })

  test('citizens and admins are refused', async () => {
    refused(await warga.client.rpc('list_active_staff'), 'forbidden', 403)
    refused(await o.admin.client.rpc('list_active_staff'), 'forbidden', 403)
  })
})

describe('objection clock', () => {
  test('working days left to due_on while open, negative when overdue, null once decided', async () => {
    const r = await refusedRequest(warga, o)
    const obj = ok(await warga.client.rpc('submit_objection', {
      request_id: r.id, grounds: ['a'], case_position: 'Informasi itu bukan rahasia pribadi menurut saya.',
    })).data as { id: string; due_on: string }
    const read = async () => ok(await o.atasan.client.from('objections').select('objection_working_days_left').eq('id', obj.id).single()).data as { objection_working_days_left: number | null }
    expect(await read()).toEqual({
      objection_working_days_left: Number(await value('public.working_days_between(public.local_date(now()), $1::date)', [obj.due_on])),
    })
    expect((await read()).objection_working_days_left ?? 0).toBeGreaterThanOrEqual(28)

    await sql("update public.objections set due_on = public.add_working_days(public.local_date(now()) - 20, 1) where id = $1", [obj.id])
    expect((await read()).objection_working_days_left ?? 0).toBeLessThan(0)

    ok(await o.petugas.client.rpc('review_objection', { objection_id: obj.id, expected_status: 'submitted' }))
    ok(await o.atasan.client.rpc('decide_objection', { objection_id: obj.id, expected_status: 'in_review', outcome: 'rejected',
      response: 'Tanggapan tertulis atas keberatan ini.', reasons: 'Pengecualian telah diuji konsekuensinya.' }))
    expect(await read()).toEqual({ objection_working_days_left: null })
  })
})
