import { Readable } from 'node:stream'
import { beforeAll, describe, expect, test } from 'vitest'
import { authHeaders, bytesOf, dropMidBody, objectNames, rawHttp, service, sleep, storageError, storageUrl, storageUser } from './storage-helpers.ts'

// Fixture bucket `docs`: private, 1 MiB, image/png, image/jpeg, application/pdf, text/plain.
const MIB = 1024 * 1024
let a: Awaited<ReturnType<typeof storageUser>>
let b: Awaited<ReturnType<typeof storageUser>>

beforeAll(async () => {
  ;[a, b] = await Promise.all([storageUser('limits'), storageUser('limits-b')])
})

const docs = () => a.storage.from('docs')
const post = async (path: string, body: RequestInit['body'], headers: Record<string, string>) => {
  const res = await fetch(`${storageUrl()}/object/docs/${path}`, { method: 'POST', headers: { ...authHeaders(a.token), ...headers }, body })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}
const TOO_LARGE = storageError('413', 'Payload too large', 'The object exceeded the maximum allowed size')

describe('size and type', () => {
  test("an object over the bucket's 1 MiB is 413, raw or multipart; exactly 1 MiB is fine", async () => {
    const over = Buffer.alloc(MIB + 1, 1)
    expect(await post(`${a.uid}/big.pdf`, over, { 'content-type': 'application/pdf' })).toEqual({ status: 400, body: expect.objectContaining(TOO_LARGE) })
    const form = new FormData()
    form.append('', new Blob([over], { type: 'application/pdf' }), 'big.pdf')
    expect(await post(`${a.uid}/big.pdf`, form, {})).toEqual({ status: 400, body: expect.objectContaining(TOO_LARGE) })
    expect((await docs().upload(`${a.uid}/big.pdf`, new Blob([over], { type: 'application/pdf' }))).error).toMatchObject({ statusCode: '413' })
    expect(await objectNames('docs', `${a.uid}/big`)).toEqual([])

    expect((await docs().upload(`${a.uid}/edge-raw.pdf`, Buffer.alloc(MIB, 2), { contentType: 'application/pdf' })).error).toBeNull()
    expect((await docs().upload(`${a.uid}/edge-form.pdf`, new Blob([Buffer.alloc(MIB, 3)], { type: 'application/pdf' }))).error).toBeNull()
    expect((await docs().info(`${a.uid}/edge-form.pdf`)).data?.size).toBe(MIB)
  })

  test('a streamed body with no length is cut off at the limit, and the connection stays usable', async () => {
    const stream = (chunks: number) => Readable.toWeb(Readable.from((function* () {
      for (let i = 0; i < chunks; i++) yield Buffer.alloc(64 * 1024, i)
    })())) as ReadableStream
    const send = async (bucket: string, name: string, chunks: number) => {
      const init = { method: 'POST', body: stream(chunks), duplex: 'half', signal: AbortSignal.timeout(5000), headers: { ...authHeaders(a.token), 'content-type': 'application/pdf' } }
      const res = await fetch(`${storageUrl()}/object/${bucket}/${a.uid}/${name}`, init as RequestInit)
      return { status: res.status, body: (await res.json()) as Record<string, unknown> }
    }
    for (let round = 0; round < 2; round++) {
      expect(await send('docs', 'streamed.pdf', 40)).toEqual({ status: 400, body: expect.objectContaining(TOO_LARGE) })
      for (const n of [2, 3]) expect((await send('big', `streamed-${round}-${n}.pdf`, n)).status).toBe(200)
    }
    expect(await objectNames('docs', `${a.uid}/streamed`)).toEqual([])
    expect((await a.storage.from('big').info(`${a.uid}/streamed-1-3.pdf`)).data?.size).toBe(3 * 64 * 1024)
  })

  test('a client gone mid-upload, raw or multipart, leaves no object and the key free', async () => {
    const form = new FormData()
    form.append('', new Blob([Buffer.alloc(500_000, 7)], { type: 'application/pdf' }), 'cut.pdf')
    const multipart = new Request('http://x', { method: 'POST', body: form })
    const formBytes = Buffer.from(await multipart.arrayBuffer())
    const bodies = [
      { 'content-type': 'application/pdf', body: Buffer.alloc(500_000, 7) },
      { 'content-type': multipart.headers.get('content-type')!, body: formBytes },
    ]
    for (const { body, ...type } of bodies) {
      const headers = { ...authHeaders(a.token), ...type, 'content-length': String(body.length) }
      await dropMidBody(`${storageUrl()}/object/docs/${a.uid}/cut.pdf`, 'POST', headers, body.subarray(0, 200_000))
      await sleep(100)
      expect(await objectNames('docs', `${a.uid}/cut`)).toEqual([])
    }
    expect((await docs().upload(`${a.uid}/cut.pdf`, Buffer.from('%PDF whole'), { contentType: 'application/pdf' })).error).toBeNull()
  })

  test('a type the bucket does not allow is 415, raw or multipart; parameters and case do not matter', async () => {
    const gif = Buffer.from('GIF89a')
    expect(await post(`${a.uid}/x.gif`, gif, { 'content-type': 'image/gif' })).toEqual({
      status: 400, body: expect.objectContaining(storageError('415', 'invalid_mime_type', 'mime type image/gif is not supported')),
    })
    expect((await docs().upload(`${a.uid}/x.gif`, new Blob([gif], { type: 'image/gif' }))).error).toMatchObject({ statusCode: '415' })
    expect((await docs().upload(`${a.uid}/x.html`, Buffer.from('<p>'), { contentType: 'text/html' })).error).toMatchObject({ statusCode: '415' })
    expect(await objectNames('docs', `${a.uid}/x.`)).toEqual([])
    expect((await docs().upload(`${a.uid}/ok.txt`, Buffer.from('ok'), { contentType: 'text/plain;charset=UTF-8' })).error).toBeNull()
    expect((await docs().upload(`${a.uid}/ok.png`, Buffer.from('png'), { contentType: 'IMAGE/PNG' })).error).toBeNull()
  })

  test('a second upload without upsert is 409 Duplicate and keeps the first bytes', async () => {
    const path = `${a.uid}/dup.txt`
    expect((await docs().upload(path, Buffer.from('first'), { contentType: 'text/plain' })).error).toBeNull()
    expect(await post(path, 'second', { 'content-type': 'text/plain' })).toEqual({
      status: 400, body: expect.objectContaining(storageError('409', 'Duplicate', 'The resource already exists')),
    })
    expect((await docs().upload(path, new Blob(['second'], { type: 'text/plain' }))).error).toMatchObject({ statusCode: '409' })
    expect((await bytesOf((await docs().download(path)).data)).toString()).toBe('first')
  })

  test('an empty file is a valid object; a form without a file is not', async () => {
    expect((await docs().upload(`${a.uid}/empty.txt`, Buffer.alloc(0), { contentType: 'text/plain' })).error).toBeNull()
    expect((await docs().info(`${a.uid}/empty.txt`)).data?.size).toBe(0)
    expect((await bytesOf((await docs().download(`${a.uid}/empty.txt`)).data)).length).toBe(0)
    const form = new FormData()
    form.append('cacheControl', '60')
    expect(await post(`${a.uid}/nofile.txt`, form, {})).toEqual({ status: 400, body: expect.objectContaining({ statusCode: '400', message: 'No content provided' }) })
    expect(await objectNames('docs', `${a.uid}/nofile`)).toEqual([])
  })
})

describe('object keys', () => {
  const invalidKey = { status: 400, json: expect.objectContaining({ statusCode: '400', error: 'InvalidKey', message: expect.stringMatching(/^Invalid key: /) }) }

  test('encoded separators, dot segments, empty segments, NUL and non-ASCII in the URL are InvalidKey, and nothing is written', async () => {
    const before = await objectNames('docs')
    const tails = [
      `${a.uid}/%2e%2e%2F${b.uid}%2Fx.txt`, `${a.uid}%2F..%2F${b.uid}%2Fx.txt`, `${a.uid}/..%2fx.txt`, `${a.uid}/a%5C..%5Cx.txt`,
      `${a.uid}/a%00.txt`, `/${a.uid}/abs.txt`, `${a.uid}//b.txt`, `${a.uid}/caf%C3%A9.txt`, `${a.uid}/a%23b.txt`, `${a.uid}/bad%ZZ.txt`,
    ]
    for (const caller of [a.token, 'service'] as const) {
      for (const tail of tails) {
        const res = await rawHttp('POST', `/storage/v1/object/docs/${tail}`, { ...authHeaders(caller), 'content-type': 'text/plain' }, 'x')
        expect({ tail, status: res.status, json: res.json }).toEqual({ tail, ...invalidKey })
        expect(await objectNames('docs')).toEqual(before)
      }
    }
  })

  test('literal dot segments are resolved before Storage sees the key, so policies still decide', async () => {
    const res = await rawHttp('POST', `/storage/v1/object/docs/${a.uid}/../${b.uid}/planted.txt`, { ...authHeaders(a.token), 'content-type': 'text/plain' }, 'x')
    expect(res.json).toMatchObject({ statusCode: '403', error: 'Unauthorized' })
    expect(await objectNames('docs', b.uid)).toEqual([])
    const own = await rawHttp('POST', `/storage/v1/object/docs/${a.uid}/sub/../flat.txt`, { ...authHeaders(a.token), 'content-type': 'text/plain' }, 'x')
    expect(own.status).toBe(200)
    expect(own.json).toMatchObject({ Key: `docs/${a.uid}/flat.txt` })
    expect((await objectNames('docs')).filter((n) => n.includes('..'))).toEqual([])
  })

  test('move and copy destinations and non-ASCII names are checked too', async () => {
    const src = `${a.uid}/keys/src.txt`
    await docs().upload(src, Buffer.from('src'), { contentType: 'text/plain' })
    const before = await objectNames('docs')
    const bad = [`${a.uid}/../${b.uid}/x.txt`, `${a.uid}/a/../../x.txt`, `/${a.uid}/x.txt`, `${a.uid}//x.txt`, `${a.uid}/x\u0000.txt`, `${a.uid}/é.txt`, `${a.uid}/a\\b.txt`, '']
    for (const admin of [false, true]) {
      const api = admin ? service().storage.from('docs') : docs()
      for (const dest of bad) {
        expect({ dest, error: (await api.move(src, dest)).error?.message }).toEqual({ dest, error: expect.stringMatching(/^Invalid key: |required property/) })
        expect({ dest, error: (await api.copy(src, dest)).error?.message }).toEqual({ dest, error: expect.stringMatching(/^Invalid key: |required property/) })
        expect(await objectNames('docs')).toEqual(before)
      }
    }
    const unicode = await docs().upload(`${a.uid}/café.txt`, Buffer.from('x'), { contentType: 'text/plain' })
    expect(unicode.error).toMatchObject({ statusCode: '400', message: expect.stringMatching(/^Invalid key: /) })
    expect(await objectNames('docs')).toEqual(before)
  })

  test('SQL-looking names within the key alphabet are stored verbatim', async () => {
    const names = [`${a.uid}/x'); drop table storage.objects; --.txt`, `${a.uid}/a&b=c;d$e@f+g,h!(1)*.txt`, `${a.uid}/' or '1'='1.txt`]
    for (const name of names) {
      const up = await docs().upload(name, Buffer.from(name), { contentType: 'text/plain' })
      expect({ name, error: up.error }).toEqual({ name, error: null })
      expect((await bytesOf((await docs().download(name)).data)).toString()).toBe(name)
    }
    expect(await objectNames('docs', `${a.uid}/`)).toEqual(expect.arrayContaining(names))
    const listed = (await docs().list(a.uid, { limit: 1000 })).data!.map((e) => `${a.uid}/${e.name}`)
    expect(listed).toEqual(expect.arrayContaining(names))
  })

  test('HTML with a script stored as text/plain is served as text/plain with nosniff', async () => {
    const path = `${a.uid}/page.txt`
    const html = '<!doctype html><script>document.cookie</script>'
    await docs().upload(path, Buffer.from(html), { contentType: 'text/plain' })
    const res = await fetch(`${storageUrl()}/object/authenticated/docs/${path}`, { headers: authHeaders(a.token) })
    expect(res.headers.get('content-type')).toBe('text/plain')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await res.text()).toBe(html)
  })
})
