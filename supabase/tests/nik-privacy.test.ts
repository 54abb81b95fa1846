import { beforeAll, describe, expect, test } from 'vitest'
import { client, env, sql, submit, type Actor } from './helpers.ts'
import { member, officers, ok, refused, resident, upload, type Officers } from './process-helpers.ts'

// Issue 6: the NIK is personal data (UU 27/2022). No API role reads a NIK column through /rest/v1: the
// request's NIKs live in private.request_identity_numbers, profiles.nik is write-only for the API. Staff
// see masks and get the full NIK only through the audited reveal_applicant_nik; a citizen sees their own
// NIK masked and can still set and change it; filing and offline registration still store it.
let o: Officers
let warga: Actor
let tetangga: Actor
beforeAll(async () => {
  ;[o, warga, tetangga] = await Promise.all([officers(), resident('nik-a'), resident('nik-b')])
})

const identity = (requestId: string) =>
  sql<{ applicant_nik: string | null; proxy_nik: string | null }>(
    'select applicant_nik, proxy_nik from private.request_identity_numbers where request_id = $1', [requestId])
const rest = (path: string, token: string, headers: Record<string, string> = {}) =>
  fetch(`${env().url}/rest/v1/${path}`, { headers: { apikey: env().anonKey, authorization: `Bearer ${token}`, ...headers } })

describe('no NIK column through /rest/v1', () => {
  test('requests has no applicant_nik or proxy_nik any more, for staff and the service role alike', async () => {
    const { id } = await submit(warga)
    for (const who of [o.petugas.client, o.ppid.client, warga.client, client('service')]) {
      for (const column of ['applicant_nik', 'proxy_nik', '*']) {
        const res = await who.from('requests').select(column).eq('id', id)
        if (column === '*') expect(Object.keys(ok(res).data![0] ?? {}).filter((k) => k.includes('nik'))).toEqual([])
        else expect(res.error?.code).toBe('42703')
      }
    }
  })

  test('the private table is not reachable, not even by the service role or with Accept-Profile: private', async () => {
    const service = env().serviceRoleKey
    const plain = await rest('request_identity_numbers?select=*', service)
    expect(plain.status).toBe(404)
    const profiled = await rest('request_identity_numbers?select=*', service, { 'accept-profile': 'private' })
    expect(profiled.status).toBe(406)
    expect(await profiled.json()).toMatchObject({ code: 'PGRST106' })
  })

  test('profiles.nik: refused to staff and to the citizen themselves; the other columns stay readable', async () => {
    for (const who of [o.petugas, o.atasan, o.admin, warga]) {
      const res = await who.client.from('profiles').select('nik').eq('id', warga.id)
      expect(res.error?.code).toBe('42501')
      expect(res.status).toBe(403)
    }
    expect(ok(await o.petugas.client.from('profiles').select('full_name').eq('id', warga.id)).data).toEqual([{ full_name: 'Warga Uji' }])
    expect((await client().from('profiles').select('nik')).status).toBe(401)
    expect(ok(await client('service').from('profiles').select('nik').eq('id', warga.id)).data).toEqual([{ nik: '6402011505900001' }])
  })

  test('the citizen sets and changes their NIK, and reads it back masked only; another citizen gets their own', async () => {
    const a = await member('nik-baru')
    ok(await a.client.from('profiles').insert({ id: a.id, full_name: 'Warga Baru', nik: '6402011505900003',
      address: 'Jl. Kenanga No. 2, Tenggarong', occupation: 'Petani', phone: '081234567891' }))
    expect(ok(await a.client.rpc('my_nik_masked')).data).toBe('6402••••••••0003')
    ok(await a.client.from('profiles').update({ nik: '6402014107950002' }).eq('id', a.id).select('id'))
    expect(ok(await a.client.rpc('my_nik_masked')).data).toBe('6402••••••••0002')
    expect(await sql('select nik from public.profiles where id = $1', [a.id])).toEqual([{ nik: '6402014107950002' }])
    expect(ok(await tetangga.client.rpc('my_nik_masked')).data).toBe('6402••••••••0001')
    // No profile (staff), no NIK: null; anon may not call it.
    expect(ok(await o.petugas.client.rpc('my_nik_masked')).data).toBeNull()
    expect((await client().rpc('my_nik_masked')).status).toBe(401)
  })
})

describe('the masked NIK of a request', () => {
  test('staff and the applicant read the mask; another citizen reads no row, and a forged row is not found', async () => {
    const { id } = await submit(warga)
    for (const who of [o.petugas, o.ppid, o.atasan, warga]) {
      expect(ok(await who.client.from('requests').select('applicant_nik_masked').eq('id', id)).data)
        .toEqual([{ applicant_nik_masked: '6402••••••••0001' }])
    }
    expect(ok(await tetangga.client.from('requests').select('applicant_nik_masked').eq('id', id)).data).toEqual([])
    // PostgREST also serves the computed column as an RPC taking a row the caller writes.
    refused(await tetangga.client.rpc('applicant_nik_masked', { r: { id } }), 'not_found', 404)
    refused(await o.admin.client.rpc('applicant_nik_masked', { r: { id } }), 'not_found', 404)
    expect(ok(await warga.client.rpc('applicant_nik_masked', { r: { id } })).data).toBe('6402••••••••0001')
  })
})

describe('filing and registering still store the NIK, privately', () => {
  test('submit_request snapshots the profile NIK and the proxy NIK; a later profile change leaves the request alone', async () => {
    const proxy = await upload(warga)
    const r = await submit(warga, { proxy_name: 'Kuasa Uji', proxy_nik: '6402015505900001', proxy_address: 'Jl. Kuasa No. 1, Tenggarong',
      attachments: [{ bucket: 'attachments', name: proxy, kind: 'power_of_attorney', original_name: 'kuasa.pdf' }] })
    expect(await identity(r.id)).toEqual([{ applicant_nik: '6402011505900001', proxy_nik: '6402015505900001' }])
    ok(await tetangga.client.from('profiles').update({ nik: '6402011505900009' }).eq('id', tetangga.id).select('id'))
    const later = await submit(tetangga)
    expect(await identity(later.id)).toEqual([{ applicant_nik: '6402011505900009', proxy_nik: null }])
    ok(await tetangga.client.from('profiles').update({ nik: '6402011505900001' }).eq('id', tetangga.id).select('id'))
    expect(await identity(later.id)).toEqual([{ applicant_nik: '6402011505900009', proxy_nik: null }])

    const revealed = ok(await o.ppid.client.rpc('reveal_applicant_nik', { request_id: r.id })).data
    expect(revealed).toEqual({ applicant_nik: '6402011505900001', proxy_nik: '6402015505900001' })
    const [audit] = await sql<{ actor_id: string; detail: Record<string, unknown> }>(
      "select actor_id, detail from public.audit_log where action = 'reveal_nik' and entity_id = $1", [r.id])
    expect(audit).toMatchObject({ actor_id: o.ppid.id, detail: { applicant: true, proxy: true } })
  })

  test('an invalid proxy NIK refuses the whole submission: no request, no identity row', async () => {
    const before = await sql('select count(*) from public.requests where applicant_id = $1', [warga.id])
    const proxy = await upload(warga)
    const res = await warga.client.rpc('submit_request', { idempotency_key: crypto.randomUUID(), details: 'Salinan dokumen anggaran 2026.',
      purpose: 'Bahan penelitian anggaran daerah.', obtain_methods: ['melihat'], declaration: true, proxy_name: 'Kuasa Uji',
      proxy_nik: '6402011399950002', attachments: [{ bucket: 'attachments', name: proxy, kind: 'power_of_attorney' }] })
    refused(res, 'invalid_request')
    expect(res.error?.message).toContain('request_identity_numbers_proxy_nik_check')
    expect(await sql('select count(*) from public.requests where applicant_id = $1', [warga.id])).toEqual(before)
  })

  test('register_offline_request keeps the applicant NIK privately and refuses an invalid one', async () => {
    const args = { channel: 'langsung', received_at: new Date().toISOString(), applicant_type: 'perorangan', applicant_name: 'Pak Darto',
      applicant_address: 'Jl. Pahlawan No. 3, Tenggarong', applicant_occupation: 'Petani', details: 'Data irigasi desa 2026.',
      purpose: 'Usulan perbaikan saluran.', obtain_methods: ['melihat'] }
    const r = ok(await o.petugas.client.rpc('register_offline_request', { ...args, applicant_nik: '6402011505900002' })).data as { id: string }
    expect(await identity(r.id)).toEqual([{ applicant_nik: '6402011505900002', proxy_nik: null }])
    expect(ok(await o.petugas.client.from('requests').select('applicant_nik_masked').eq('id', r.id)).data)
      .toEqual([{ applicant_nik_masked: '6402••••••••0002' }])
    refused(await o.petugas.client.rpc('register_offline_request', { ...args, applicant_nik: '123' }), 'invalid_request')
  })

  test('a web request must name its applicant by NIK or SK number, checked at commit (the old requests_identity)', async () => {
    const { id } = await submit(warga)
    await expect(sql('delete from private.request_identity_numbers where request_id = $1', [id]))
      .rejects.toMatchObject({ code: '23514', constraint: 'requests_identity' })
    await expect(sql(`insert into public.requests (registration_no, channel, applicant_type, applicant_name, applicant_address,
        applicant_occupation, details, purpose, obtain_methods, declared_at, received_at, received_on, due_notice_on, lookup_secret_hash)
      values ('PI-1999-' || floor(random() * 1e5)::int, 'web', 'perorangan', 'Tanpa NIK', 'Jl. Uji No. 1', 'Guru',
        'Rincian informasi uji.', 'Tujuan penggunaan uji.', '{melihat}', now(), now(), current_date, current_date, 'x')`))
      .rejects.toMatchObject({ code: '23514', constraint: 'requests_identity' })
    expect(await identity(id)).toHaveLength(1)
  })
})
