import { randomUUID } from 'node:crypto'
import { SignJWT } from 'jose'
import { beforeAll, describe, expect, test } from 'vitest'
import { client, env, REQUEST, sql, submit, type Actor } from './helpers.ts'
import { member, ok, refused, resident, upload, value } from './process-helpers.ts'

// security.md "Bad input gets a clear error and changes nothing".
let warga: Actor
beforeAll(async () => {
  warga = await resident('masukan')
})

const mine = () => value('(select count(*) from public.requests where applicant_id = $1)', [warga.id])
const file = (idempotency_key = randomUUID()) => ({ idempotency_key, ...REQUEST })

describe('NIK structure (never whether it is the person\'s)', () => {
  test.each([
    ['6402011505900001', true, 'a man born 15 May 1990'],
    ['6402015505900001', true, 'a woman: day + 40'],
    ['640201150590001', false, '15 digits'],
    ['64020115059000011', false, '17 digits'],
    ['64020115O5900001', false, 'a letter O'],
    ['6402013205900001', false, 'day 32'],
    ['6402017205900001', false, 'day 72'],
    ['6402010005900001', false, 'day 00'],
    ['6402011513900001', false, 'month 13'],
    ['6402011500900001', false, 'month 00'],
    ['6402011505900000', false, 'serial 0000'],
    ['0902011505900001', false, 'province 09'],
    [' 6402011505900001', false, 'a leading space'],
    ['6402011505900001\n', false, 'a trailing newline'],
  ])('nik_is_valid(%j) = %s (%s)', async (nik, valid) => {
    expect(ok(await client().rpc('nik_is_valid', { nik })).data).toBe(valid)
  })

  test.each(['640201150590001', '64020115059000011', '640201ABCD900001', '6402013205900001', '6402017205900001', '6402011513900001', '6402011505900000'])(
    'a profile with NIK %s is refused by its check, and no profile exists', async (nik) => {
      const a = await member('nik')
      const res = await a.client.from('profiles').insert({ id: a.id, full_name: 'Warga Uji', nik, address: 'Jl. Melati 5, Tenggarong', occupation: 'Petani', phone: '081234567890' })
      expect({ code: res.error?.code, status: res.status }).toEqual({ code: '23514', status: 400 })
      expect(res.error?.message).toContain('profiles_nik_check')
      expect(await value('(select count(*) from public.profiles where id = $1)', [a.id])).toBe('0')
    })
})

describe('single-line fields refuse invisible and direction-changing characters', () => {
  test.each([
    ['an RTL override', 'Budi \u202Egnatas'],
    ['a zero-width space', 'Bu\u200Bdi'],
    ['a zero-width joiner', 'Bu\u200Ddi'],
    ['a byte-order mark', '\uFEFFBudi'],
    ['a newline', 'Budi\nSantoso'],
    ['a tab', 'Budi\tSantoso'],
  ])('a name with %s is refused and the profile keeps its name', async (_label, fullName) => {
    const before = await value('(select full_name from public.profiles where id = $1)', [warga.id])
    const res = await warga.client.from('profiles').update({ full_name: fullName }).eq('id', warga.id)
    expect({ code: res.error?.code, status: res.status }).toEqual({ code: '23514', status: 400 })
    expect(await value('(select full_name from public.profiles where id = $1)', [warga.id])).toBe(before)
  })

  test('quotes and non-Latin letters are fine', async () => {
    ok(await warga.client.from('profiles').update({ full_name: "Ni'mah O'Neil — Сергей 李" }).eq('id', warga.id))
    ok(await warga.client.from('profiles').update({ full_name: 'Warga Uji' }).eq('id', warga.id))
  })
})

describe('free text is stored verbatim or refused whole', () => {
  test('SQL-looking and HTML/script text is stored exactly as typed (rendering inert is the SPA\'s job)', async () => {
    const details = "Robert'); DROP TABLE public.requests;-- dan ' OR '1'='1; select pg_sleep(10);"
    const purpose = '<script>alert("x")</script><img src=x onerror=alert(1)> {{ constructor.constructor("alert(1)")() }}'
    const r = await submit(warga, { details, purpose })
    const row = ok(await warga.client.from('requests').select('details, purpose').eq('id', r.id).single()).data
    expect(row).toEqual({ details, purpose })
    expect(await value("to_regclass('public.requests')")).toBe('requests')
  })

  test.each([
    ['a NUL byte', { details: 'Rincian informasi \u0000 yang diminta lengkap.' }, '22P05'],
    ['1 MB of text', { details: 'x'.repeat(1024 * 1024) }, 'P0001'],
    ['an RTL override in the details', { details: 'Rincian informasi \u202E yang diminta.' }, 'P0001'],
    ['a control character in the purpose', { purpose: 'Tujuan penggunaan \u0007 informasi.' }, 'P0001'],
    ['details too short', { details: 'pendek' }, 'P0001'],
    ['an unknown way of obtaining', { obtain_methods: ['terbang'] }, '22P02'],
    ['an unknown copy method', { copy_methods: ['merpati'] }, '22P02'],
    ['no way of obtaining', { obtain_methods: [] }, 'P0001'],
    ['a copy without a way to send it', { obtain_methods: ['salinan_hardcopy'], copy_methods: [] }, 'P0001'],
    ['an invalid proxy NIK', { proxy_name: 'Kuasa Uji', proxy_nik: '123', attachments: [] }, 'P0001'],
    ['a unit that does not exist', { target_unit_id: 999999 }, 'P0001'],
  ])('%s: a clean 4xx, no request', async (_label, bad, code) => {
    const before = await mine()
    const res = await warga.client.rpc('submit_request', { ...file(), ...bad })
    expect(res.error?.code).toBe(code)
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
    expect(await mine()).toBe(before)
  })
})

describe('attachments in submit_request', () => {
  test.each([
    ['another citizen\'s upload', async () => ({ bucket: 'attachments', name: await upload(await resident('lain')), kind: 'supporting' }), 'file_missing'],
    ['a file never uploaded', async () => ({ bucket: 'attachments', name: `${warga.id}/${randomUUID()}.pdf`, kind: 'supporting' }), 'file_missing'],
    ['a path climbing out of the folder', async () => ({ bucket: 'attachments', name: `${warga.id}/../${randomUUID()}.pdf`, kind: 'supporting' }), 'file_missing'],
    ['the identity document passed off as an attachment', async () => {
      const name = (await sql<{ object_name: string }>("select object_name from public.files where profile_id = $1 and kind = 'identity'", [warga.id]))[0]!.object_name
      return { bucket: 'identity', name, kind: 'supporting' }
    }, 'file_missing'],
    ['an attachment already linked to a request', async () => {
      const name = await upload(warga)
      await submit(warga, { attachments: [{ bucket: 'attachments', name, kind: 'supporting' }] })
      return { bucket: 'attachments', name, kind: 'supporting' }
    }, 'file_already_linked'],
    ['no kind', async () => ({ bucket: 'attachments', name: await upload(warga) }), 'file_kind_invalid'],
    ['kind identity', async () => ({ bucket: 'attachments', name: await upload(warga), kind: 'identity' }), 'file_kind_invalid'],
    ['a name with an RTL override', async () => ({ bucket: 'attachments', name: await upload(warga), kind: 'supporting', original_name: 'fdp.\u202Eexe' }), 'file_name_invalid'],
  ])('%s: clear error, no request, nothing linked', async (_label, make, hint) => {
    const item = await make()
    const [files, before] = [await value('(select count(*) from public.files)'), await mine()]
    refused(await warga.client.rpc('submit_request', { ...file(), attachments: [item] }), hint)
    expect([await value('(select count(*) from public.files)'), await mine()]).toEqual([files, before])
  })

  test('more than 20, or not a list: refused; a proxy without a power of attorney: refused', async () => {
    const before = await mine()
    const many = Array.from({ length: 21 }, () => ({ bucket: 'attachments', name: `${warga.id}/x.pdf`, kind: 'supporting' }))
    refused(await warga.client.rpc('submit_request', { ...file(), attachments: many }), 'too_many_files')
    refused(await warga.client.rpc('submit_request', { ...file(), attachments: { name: 'x' } }), 'attachments_invalid')
    refused(await warga.client.rpc('submit_request', { ...file(), proxy_name: 'Kuasa Uji' }), 'power_of_attorney_missing')
    expect(await mine()).toBe(before)
  })

  test('an empty upload (Storage accepts it) cannot be attached', async () => {
    const name = `${warga.id}/${randomUUID()}.pdf`
    const up = await warga.client.storage.from('attachments').upload(name, Buffer.alloc(0), { contentType: 'application/pdf' })
    expect(up.error).toBeNull()
    const before = await mine()
    refused(await warga.client.rpc('submit_request', { ...file(), attachments: [{ bucket: 'attachments', name, kind: 'supporting' }] }), 'file_empty')
    expect(await mine()).toBe(before)
  })
})

describe('tokens', () => {
  const callWith = (token: string) => fetch(`${env().url}/rest/v1/rpc/nik_is_valid`, {
    method: 'POST', headers: { apikey: env().anonKey, authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ nik: '6402011505900001' }),
  })
  const claims = { role: 'service_role', sub: randomUUID(), aud: 'authenticated' }
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url')

  test.each([
    ['forged (signed with another secret)', () => new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('1h')
      .sign(new TextEncoder().encode('bukan-rahasia-yang-benar-sama-sekali-000'))],
    ['expired', () => new SignJWT({ ...claims, role: 'authenticated' }).setProtectedHeader({ alg: 'HS256' })
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200).setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign(new TextEncoder().encode(env().jwtSecret))],
    ['alg: none', async () => `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...claims, exp: Math.floor(Date.now() / 1000) + 3600 })}.`],
    ['garbage', async () => 'not.a.jwt'],
  ])('a %s JWT on an RPC gets 401', async (_label, make) => {
    const res = await callWith(await make())
    expect(res.status).toBe(401)
  })
})

describe('lookup_request', () => {
  test('wrong secret, unknown number, SQL in the number: the same {found:false}', async () => {
    const r = await submit(warga)
    const look = (registration_no: string, secret: string | null) => client().rpc('lookup_request', { registration_no, secret })
    const answers = await Promise.all([
      look(r.registration_no, 'salah-salah-salah-salah0'), look(r.registration_no, null), look('PI-1999-99999', r.secret!),
      look("PI-2026-00001' OR '1'='1", r.secret!), look("'; select pg_sleep(5); --", 'x'),
    ])
    for (const a of answers) expect({ status: a.status, data: a.data }).toEqual({ status: 200, data: { found: false } })
    expect(ok(await look(r.registration_no.toLowerCase(), r.secret!)).data).toMatchObject({ found: true, status: 'submitted' })
  })

  test('after 10 failures for one number within 15 minutes: 429, even with the right secret; other numbers unaffected', async () => {
    const [r, other] = [await submit(warga), await submit(warga)]
    for (let i = 0; i < 10; i++) {
      expect(ok(await client().rpc('lookup_request', { registration_no: r.registration_no, secret: `salah-${i}` })).data).toEqual({ found: false })
    }
    const blocked = await client().rpc('lookup_request', { registration_no: r.registration_no, secret: r.secret })
    expect({ status: blocked.status, code: blocked.error?.code, hint: blocked.error?.hint }).toEqual({ status: 429, code: 'PT429', hint: 'too_many_attempts' })
    expect(ok(await client().rpc('lookup_request', { registration_no: other.registration_no, secret: other.secret })).data).toMatchObject({ found: true })
  })

  test('30 failures a minute from one address: 429, whatever X-Forwarded-For or X-Real-IP the client sends', async () => {
    await sql("delete from private.lookup_attempts where at > now() - interval '1 minute'")
    const look = (i: number) => fetch(`${env().url}/rest/v1/rpc/lookup_request`, {
      method: 'POST',
      headers: { apikey: env().anonKey, 'content-type': 'application/json', 'x-forwarded-for': `10.9.0.${i}`, 'x-real-ip': `10.8.0.${i}` },
      body: JSON.stringify({ registration_no: `PI-1990-${String(i).padStart(5, '0')}`, secret: 'salah' }),
    })
    try {
      for (let i = 0; i < 30; i++) expect((await look(i)).status).toBe(200)
      expect((await look(30)).status).toBe(429)
    } finally {
      await sql("delete from private.lookup_attempts where registration_no like 'PI-1990-%'")
    }
  })
})
