import { beforeAll, describe, expect, test } from 'vitest'
import { client } from './helpers.ts'
import { bytesOf, objectNames, objectRows, sleep, storageError, storageUrl, storageUser } from './storage-helpers.ts'

let a: Awaited<ReturnType<typeof storageUser>>
let b: Awaited<ReturnType<typeof storageUser>>
let file: string
let other: string

beforeAll(async () => {
  ;[a, b] = await Promise.all([storageUser('signer'), storageUser('stranger')])
  file = `${a.uid}/signed/report.pdf`
  other = `${a.uid}/signed/other.pdf`
  for (const [path, body] of [[file, '%PDF report'], [other, '%PDF other']] as const) {
    const up = await a.storage.from('docs').upload(path, Buffer.from(body), { contentType: 'application/pdf', cacheControl: '900' })
    expect(up.error).toBeNull()
  }
})

const docs = () => a.storage.from('docs')
const json = async (res: Response) => ({ status: res.status, body: (await res.json()) as Record<string, unknown> })

describe('signed download URLs', () => {
  test('work without any key until they expire, then answer InvalidJWT', async () => {
    // A 1 s token is good for the rest of the second it was made in: start right after a tick.
    while (Date.now() % 1000 > 100) await sleep(10)
    const { data, error } = await docs().createSignedUrl(file, 1)
    expect(error).toBeNull()
    expect(data!.signedUrl).toMatch(new RegExp(`^${storageUrl()}/object/sign/docs/${file}\\?token=[\\w-]+\\.[\\w-]+\\.[\\w-]+$`))
    const ok = await fetch(data!.signedUrl)
    expect(ok.status).toBe(200)
    expect(await ok.text()).toBe('%PDF report')
    expect(ok.headers.get('expires')).toMatch(/GMT$/)
    expect(ok.headers.get('cache-control')).toBeNull()
    await sleep(2100)
    expect(await json(await fetch(data!.signedUrl))).toEqual({ status: 400, body: expect.objectContaining(storageError('400', 'InvalidJWT', /exp/)) })
  })

  test('the download option sets Content-Disposition', async () => {
    const { data } = await docs().createSignedUrl(file, 60, { download: 'laporan.pdf' })
    const res = await fetch(data!.signedUrl)
    expect(res.headers.get('content-disposition')).toBe("attachment; filename=laporan.pdf; filename*=UTF-8''laporan.pdf")
  })

  test('a tampered token is InvalidJWT; a token for another path is InvalidSignature', async () => {
    const { data } = await docs().createSignedUrl(file, 60)
    const url = new URL(data!.signedUrl)
    const [h, p, s] = url.searchParams.get('token')!.split('.') as [string, string, string]
    const flipped = p.slice(0, 10) + (p[10] === 'A' ? 'B' : 'A') + p.slice(11)
    url.searchParams.set('token', `${h}.${flipped}.${s}`)
    expect(await json(await fetch(url))).toEqual({ status: 400, body: expect.objectContaining(storageError('400', 'InvalidJWT', /signature/)) })
    const moved = data!.signedUrl.replace('report.pdf', 'other.pdf')
    expect(await json(await fetch(moved))).toEqual({ status: 400, body: expect.objectContaining(storageError('400', 'InvalidSignature', 'Invalid signature')) })
    const bare = await fetch(`${storageUrl()}/object/sign/docs/${file}`)
    expect(bare.status).toBe(400)
  })

  test('createSignedUrls signs what the caller sees and reports the rest per item', async () => {
    const hidden = `${b.uid}/own.pdf`
    await b.storage.from('docs').upload(hidden, Buffer.from('%PDF b'), { contentType: 'application/pdf' })
    const { data, error } = await docs().createSignedUrls([file, hidden, other], 60)
    expect(error).toBeNull()
    expect(data).toEqual([
      expect.objectContaining({ path: file, error: null, signedUrl: expect.stringContaining(`/object/sign/docs/${file}?token=`) }),
      expect.objectContaining({ path: hidden, error: 'Either the object does not exist or you do not have access to it', signedUrl: null }),
      expect.objectContaining({ path: other, error: null }),
    ])
    expect(await (await fetch(data![2]!.signedUrl!)).text()).toBe('%PDF other')
  })
})

describe('signed upload URLs', () => {
  test('createSignedUploadUrl + uploadToSignedUrl stores the object for its owner, without a session', async () => {
    const path = `${a.uid}/up/by-link.txt`
    const signed = await docs().createSignedUploadUrl(path)
    expect(signed.error).toBeNull()
    expect(signed.data).toMatchObject({ path, token: expect.any(String), signedUrl: expect.stringContaining(`/object/upload/sign/docs/${path}?token=`) })
    const put = await client().storage.from('docs').uploadToSignedUrl(path, signed.data!.token, Buffer.from('lewat tautan'), { contentType: 'text/plain' })
    expect(put).toEqual({ data: { path, fullPath: `docs/${path}` }, error: null })
    expect((await bytesOf((await docs().download(path)).data)).toString()).toBe('lewat tautan')
    expect((await objectRows('docs', path))[0]).toMatchObject({ owner_id: a.uid, owner: a.uid })
    // Without upsert in the token, a second use is a duplicate.
    const again = await client().storage.from('docs').uploadToSignedUrl(path, signed.data!.token, Buffer.from('again'), { contentType: 'text/plain' })
    expect(again.error).toMatchObject({ statusCode: '409', message: 'The resource already exists' })
  })

  test('an upsert token may overwrite', async () => {
    const path = `${a.uid}/up/upsert.txt`
    await docs().upload(path, Buffer.from('v1'), { contentType: 'text/plain' })
    const signed = await docs().createSignedUploadUrl(path, { upsert: true })
    const put = await client().storage.from('docs').uploadToSignedUrl(path, signed.data!.token, new Blob(['v2'], { type: 'text/plain' }))
    expect(put.error).toBeNull()
    expect((await bytesOf((await docs().download(path)).data)).toString()).toBe('v2')
  })

  test('an upload token cannot download, and a download token cannot upload', async () => {
    const up = await docs().createSignedUploadUrl(`${a.uid}/signed/report.pdf`, { upsert: true })
    const asDownload = await fetch(`${storageUrl()}/object/sign/docs/${file}?token=${up.data!.token}`)
    expect(await json(asDownload)).toEqual({ status: 400, body: expect.objectContaining(storageError('400', 'InvalidSignature', /not scoped for download/)) })

    const down = await docs().createSignedUrl(file, 60)
    const token = new URL(down.data!.signedUrl).searchParams.get('token')!
    const asUpload = await client().storage.from('docs').uploadToSignedUrl(file, token, Buffer.from('%PDF evil'), { contentType: 'application/pdf', upsert: true })
    expect(asUpload.error).toMatchObject({ statusCode: '400', message: expect.stringMatching(/not scoped for upload/) })
    expect((await bytesOf((await docs().download(file)).data)).toString()).toBe('%PDF report')
  })

  test('an upload token is bound to its path', async () => {
    const signed = await docs().createSignedUploadUrl(`${a.uid}/up/one.txt`)
    const res = await client().storage.from('docs').uploadToSignedUrl(`${a.uid}/up/two.txt`, signed.data!.token, Buffer.from('x'), { contentType: 'text/plain' })
    expect(res.error).toMatchObject({ statusCode: '400', message: 'Invalid signature' })
    expect(await objectNames('docs', `${a.uid}/up/two`)).toEqual([])
  })

  test("a signed upload URL for another user's folder is refused at creation", async () => {
    const res = await b.storage.from('docs').createSignedUploadUrl(`${a.uid}/up/from-b.txt`)
    expect(res.error).toMatchObject({ status: 400, statusCode: '403', message: 'new row violates row-level security policy' })
    const anon = await client().storage.from('docs').createSignedUploadUrl(`${a.uid}/up/from-anon.txt`)
    expect(anon.error).toMatchObject({ statusCode: '403' })
  })

  test('an upload through a signed URL still obeys the bucket type and size limits', async () => {
    const path = `${a.uid}/up/limits.gif`
    const signed = await docs().createSignedUploadUrl(path)
    const gif = await client().storage.from('docs').uploadToSignedUrl(path, signed.data!.token, Buffer.from('GIF89a'), { contentType: 'image/gif' })
    expect(gif.error).toMatchObject({ statusCode: '415' })
    const big = await client().storage.from('docs').uploadToSignedUrl(path, signed.data!.token, Buffer.alloc(1024 * 1024 + 1), { contentType: 'image/png' })
    expect(big.error).toMatchObject({ statusCode: '413' })
    expect(await objectNames('docs', path)).toEqual([])
  })
})
