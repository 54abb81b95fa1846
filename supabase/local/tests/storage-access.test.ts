import { SignJWT } from 'jose'
import { beforeAll, describe, expect, test } from 'vitest'
import { client, stack } from './helpers.ts'
import { authHeaders, bytesOf, objectNames, service, storageError, storageUrl, storageUser } from './storage-helpers.ts'

// Fixture policies: in `docs` and `big` a user reads and writes only the folder named by its uid.
let a: Awaited<ReturnType<typeof storageUser>>
let b: Awaited<ReturnType<typeof storageUser>>
let file: string
const RLS = 'new row violates row-level security policy'

beforeAll(async () => {
  ;[a, b] = await Promise.all([storageUser('owner'), storageUser('other')])
  file = `${a.uid}/private/letter.txt`
  const up = await a.storage.from('docs').upload(file, Buffer.from('rahasia'), { contentType: 'text/plain' })
  expect(up.error).toBeNull()
})

const stillThere = async () => expect(await objectNames('docs', file)).toEqual([file])

describe("another user and A's folder", () => {
  test('B cannot upload into it: 403 in the body, HTTP 400, nothing stored', async () => {
    const res = await b.storage.from('docs').upload(`${a.uid}/planted.txt`, Buffer.from('x'), { contentType: 'text/plain' })
    expect(res.error).toMatchObject({ status: 400, statusCode: '403', message: RLS })
    const raw = await fetch(`${storageUrl()}/object/docs/${a.uid}/planted.txt`, {
      method: 'POST', headers: { ...authHeaders(b.token), 'content-type': 'text/plain' }, body: 'x',
    })
    expect(raw.status).toBe(400)
    expect(await raw.json()).toMatchObject(storageError('403', 'Unauthorized', RLS))
    expect(await objectNames('docs', `${a.uid}/planted`)).toEqual([])
  })

  test('B cannot overwrite it with update() or upsert', async () => {
    const upd = await b.storage.from('docs').update(file, Buffer.from('defaced'), { contentType: 'text/plain' })
    expect(upd.error).toMatchObject({ statusCode: '403' })
    const ups = await b.storage.from('docs').upload(file, Buffer.from('defaced'), { contentType: 'text/plain', upsert: true })
    expect(ups.error).toMatchObject({ statusCode: '403' })
    expect((await bytesOf((await a.storage.from('docs').download(file)).data)).toString()).toBe('rahasia')
  })

  test('B cannot read it: download, info and exists answer as for a missing object', async () => {
    const dl = await b.storage.from('docs').download(file)
    expect(dl.data).toBeNull()
    expect(dl.error).toMatchObject({ status: 400, statusCode: '404', message: 'Object not found' })
    expect((await b.storage.from('docs').info(file)).error).toMatchObject({ statusCode: '404' })
    expect((await b.storage.from('docs').exists(file)).data).toBe(false)
    const raw = await fetch(`${storageUrl()}/object/authenticated/docs/${file}`, { headers: authHeaders(b.token) })
    expect(raw.status).toBe(400)
    expect(await raw.json()).toEqual({ ...storageError('404', 'not_found', 'Object not found'), code: 'NoSuchKey' })
  })

  test("B lists A's folder as empty; A sees only its own folder at the root", async () => {
    expect(await b.storage.from('docs').list(`${a.uid}/private`)).toEqual({ data: [], error: null })
    expect((await b.storage.from('docs').list()).data!.map((e) => e.name)).not.toContain(a.uid)
    expect((await a.storage.from('docs').list(`${a.uid}/private`)).data!.map((e) => e.name)).toEqual(['letter.txt'])
  })

  test('B cannot sign a URL for it', async () => {
    const res = await b.storage.from('docs').createSignedUrl(file, 60)
    expect(res.error).toMatchObject({ statusCode: '404', message: 'Object not found' })
  })

  test('B cannot move or copy it, nor move or copy its own file into A\'s folder', async () => {
    const own = `${b.uid}/mine.txt`
    await b.storage.from('docs').upload(own, Buffer.from('b'), { contentType: 'text/plain' })
    expect((await b.storage.from('docs').move(file, `${b.uid}/stolen.txt`)).error).toMatchObject({ statusCode: '404' })
    expect((await b.storage.from('docs').copy(file, `${b.uid}/stolen.txt`)).error).toMatchObject({ statusCode: '404' })
    expect((await b.storage.from('docs').move(own, `${a.uid}/pushed.txt`)).error).toMatchObject({ statusCode: '403', message: RLS })
    expect((await b.storage.from('docs').copy(own, `${a.uid}/pushed.txt`)).error).toMatchObject({ statusCode: '403', message: RLS })
    expect(await objectNames('docs', b.uid)).toEqual([own])
    expect(await objectNames('docs', `${a.uid}/pushed`)).toEqual([])
    await stillThere()
  })

  test('B cannot delete it: remove() returns [] and the object stays', async () => {
    expect(await b.storage.from('docs').remove([file])).toEqual({ data: [], error: null })
    await stillThere()
    expect((await service().storage.from('docs').exists(file)).data).toBe(true)
  })
})

describe('anon and the service role', () => {
  test('anon can neither upload to nor download from a private bucket, nor list it', async () => {
    const anon = client().storage.from('docs')
    expect((await anon.upload(`${a.uid}/anon.txt`, Buffer.from('x'), { contentType: 'text/plain' })).error).toMatchObject({ statusCode: '403', message: RLS })
    expect((await anon.download(file)).error).toMatchObject({ statusCode: '404' })
    expect(await anon.list(`${a.uid}/private`)).toEqual({ data: [], error: null })
    expect(await objectNames('docs', `${a.uid}/anon`)).toEqual([])
  })

  test('no token or a forged token on an authenticated route is AccessDenied', async () => {
    const none = await fetch(`${storageUrl()}/object/list/docs`, { method: 'POST', headers: { apikey: stack().anonKey, 'content-type': 'application/json' }, body: '{"prefix":""}' })
    expect(none.status).toBe(400)
    expect(await none.json()).toMatchObject({ statusCode: '403', error: 'Unauthorized' })
    const forged = await new SignJWT({ sub: a.uid, role: 'authenticated' })
      .setProtectedHeader({ alg: 'HS256' }).setExpirationTime('1h').sign(new TextEncoder().encode('not-the-project-secret-000000000000'))
    const res = await fetch(`${storageUrl()}/object/sign/docs/${file}`, {
      method: 'POST', headers: { ...authHeaders(forged), 'content-type': 'application/json' }, body: '{"expiresIn":60}',
    })
    expect(await res.json()).toMatchObject(storageError('403', 'Unauthorized', /signature/))
  })

  test('the service role reads, lists, signs, copies, moves and deletes anywhere', async () => {
    const admin = service().storage.from('docs')
    expect((await bytesOf((await admin.download(file)).data)).toString()).toBe('rahasia')
    expect((await admin.list(`${a.uid}/private`)).data!.map((e) => e.name)).toEqual(['letter.txt'])
    const signed = await admin.createSignedUrl(file, 60)
    expect(await (await fetch(signed.data!.signedUrl)).text()).toBe('rahasia')
    const put = await admin.upload(`${a.uid}/from-admin.txt`, Buffer.from('dari admin'), { contentType: 'text/plain' })
    expect(put.error).toBeNull()
    expect((await bytesOf((await a.storage.from('docs').download(`${a.uid}/from-admin.txt`)).data)).toString()).toBe('dari admin')
    expect((await admin.copy(file, `${b.uid}/copy.txt`)).error).toBeNull()
    expect((await admin.move(`${b.uid}/copy.txt`, `${b.uid}/moved.txt`)).error).toBeNull()
    expect((await b.storage.from('docs').download(`${b.uid}/moved.txt`)).error).toBeNull()
    const removed = await admin.remove([`${a.uid}/from-admin.txt`, `${b.uid}/moved.txt`])
    expect(removed.data!.map((r) => r.name).sort()).toEqual([`${a.uid}/from-admin.txt`, `${b.uid}/moved.txt`].sort())
  })
})

describe('public and private buckets', () => {
  test("a private bucket's object is not reachable at /object/public/…", async () => {
    const { publicUrl } = a.storage.from('docs').getPublicUrl(file).data
    for (const headers of [{}, authHeaders('service')]) {
      const res = await fetch(publicUrl, { headers })
      expect(res.status).toBe(400)
      expect(await res.json()).toMatchObject(storageError('404', 'Bucket not found', 'Bucket not found'))
    }
  })

  test('an object in the public bucket is readable by anyone, and a missing one is not_found', async () => {
    const path = `${b.uid}/shared.txt`
    expect((await b.storage.from('open').upload(path, Buffer.from('umum'), { contentType: 'text/plain' })).error).toBeNull()
    expect((await bytesOf((await a.storage.from('open').download(path)).data)).toString()).toBe('umum')
    expect((await bytesOf((await client().storage.from('open').download(path)).data)).toString()).toBe('umum')
    const missing = await fetch(`${storageUrl()}/object/public/open/${b.uid}/nope.txt`)
    expect(missing.status).toBe(400)
    expect(await missing.json()).toMatchObject(storageError('404', 'not_found', 'Object not found'))
  })
})
