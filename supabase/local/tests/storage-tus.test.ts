import * as tus from 'tus-js-client'
import { beforeAll, describe, expect, test } from 'vitest'
import { authHeaders, bytesOf, dropMidBody, objectNames, pattern, sleep, storageUrl, storageUser } from './storage-helpers.ts'

const MB6 = 6 * 1024 * 1024
let a: Awaited<ReturnType<typeof storageUser>>
let b: Awaited<ReturnType<typeof storageUser>>

beforeAll(async () => {
  ;[a, b] = await Promise.all([storageUser('tus'), storageUser('tus-b')])
})

const endpoint = () => `${storageUrl()}/upload/resumable`
const TUS = { 'tus-resumable': '1.0.0' }
const meta = (m: Record<string, string>) => Object.entries(m).map(([k, v]) => `${k} ${Buffer.from(v).toString('base64')}`).join(',')

interface Run { upload: tus.Upload; patches: number[]; done: Promise<void> }

/** A tus-js-client upload as the SPA makes one; `patches` records each PATCH's Upload-Offset. */
function tusUpload(user: typeof a, data: Buffer, metadata: Record<string, string>, extra: Partial<tus.UploadOptions> = {}): Run {
  const patches: number[] = []
  let upload!: tus.Upload
  const done = new Promise<void>((resolve, reject) => {
    upload = new tus.Upload(data, {
      endpoint: endpoint(),
      headers: authHeaders(user.token),
      chunkSize: MB6,
      retryDelays: null,
      metadata,
      onBeforeRequest: (req) => {
        if (req.getMethod() === 'PATCH') patches.push(Number(req.getHeader('Upload-Offset')))
      },
      onError: reject,
      onSuccess: () => resolve(),
      ...extra,
    })
  })
  upload.start()
  return { upload, patches, done }
}

/** Creates an upload by hand and returns its absolute URL. */
async function create(user: typeof a, length: number, m: Record<string, string>, headers: Record<string, string> = {}) {
  const res = await fetch(endpoint(), { method: 'POST', headers: { ...authHeaders(user.token), ...TUS, 'upload-length': String(length), 'upload-metadata': meta(m), ...headers } })
  return { status: res.status, location: res.headers.get('location'), text: await res.text() }
}
const head = (user: typeof a, url: string) => fetch(url, { method: 'HEAD', headers: { ...authHeaders(user.token), ...TUS } })
const statusOf = (err: unknown) => (err as tus.DetailedError).originalResponse?.getStatus()

describe('resumable uploads (TUS)', () => {
  test('tus-js-client uploads 13 MB in 6 MB chunks', async () => {
    const data = pattern(13_000_000, 11)
    const name = `${a.uid}/scan.bin`
    const run = tusUpload(a, data, { bucketName: 'big', objectName: name, contentType: 'application/octet-stream', cacheControl: '3600', metadata: '{"source":"tus"}' })
    await run.done
    expect(run.patches).toEqual([0, MB6, 2 * MB6])
    const info = await a.storage.from('big').info(name)
    expect(info.data).toMatchObject({ size: 13_000_000, contentType: 'application/octet-stream', cacheControl: 'max-age=3600', metadata: { source: 'tus' } })
    expect((await bytesOf((await a.storage.from('big').download(name)).data)).equals(data)).toBe(true)
  })

  test('an interrupted upload resumes from the stored offset', async () => {
    const data = pattern(13_000_000, 12)
    const name = `${a.uid}/resumed.bin`
    const m = { bucketName: 'big', objectName: name, contentType: 'application/octet-stream' }
    let aborted!: () => void
    const stopped = new Promise<void>((r) => (aborted = r))
    const first = tusUpload(a, data, m, { onChunkComplete: () => void first.upload.abort().then(aborted) })
    await stopped
    const url = first.upload.url!
    expect(url).toMatch(new RegExp(`^${endpoint()}/[\\w-]+$`))
    const h = await head(a, url)
    expect(h.headers.get('upload-offset')).toBe(String(MB6))
    expect(h.headers.get('upload-length')).toBe('13000000')
    expect(await objectNames('big', name)).toEqual([])

    const second = tusUpload(a, data, m, { uploadUrl: url })
    await second.done
    expect(second.patches).toEqual([MB6, 2 * MB6])
    expect((await bytesOf((await a.storage.from('big').download(name)).data)).equals(data)).toBe(true)
  })

  test('a client that drops mid-PATCH leaves no object; the upload resumes from what arrived', async () => {
    const data = pattern(1_000_000, 13)
    const name = `${a.uid}/dropped.bin`
    const { location } = await create(a, data.length, { bucketName: 'big', objectName: name })
    const headers = { ...authHeaders(a.token), ...TUS, 'upload-offset': '0', 'content-type': 'application/offset+octet-stream', 'content-length': String(data.length) }
    await dropMidBody(location!, 'PATCH', headers, data.subarray(0, 400_000))
    await sleep(200)
    const offset = Number((await head(a, location!)).headers.get('upload-offset'))
    expect(offset).toBeGreaterThan(0)
    expect(offset).toBeLessThanOrEqual(400_000)
    expect(await objectNames('big', name)).toEqual([])
    // The stack still serves, and the upload completes from that offset.
    expect((await a.storage.from('big').list(a.uid)).error).toBeNull()
    const rest = await fetch(location!, {
      method: 'PATCH', body: data.subarray(offset),
      headers: { ...authHeaders(a.token), ...TUS, 'upload-offset': String(offset), 'content-type': 'application/offset+octet-stream' },
    })
    expect(rest.status).toBe(204)
    expect(rest.headers.get('upload-offset')).toBe(String(data.length))
    expect((await bytesOf((await a.storage.from('big').download(name)).data)).equals(data)).toBe(true)
  })
})

describe('TUS refusals', () => {
  test("an upload into another user's folder is 403", async () => {
    const run = tusUpload(b, Buffer.from('x'), { bucketName: 'big', objectName: `${a.uid}/from-b.bin` })
    const err = await run.done.then(() => undefined, (e: unknown) => e)
    expect(statusOf(err)).toBe(403)
    expect((err as tus.DetailedError).originalResponse?.getBody()).toBe('new row violates row-level security policy')
    expect(await objectNames('big', `${a.uid}/from-b`)).toEqual([])
  })

  test("over the bucket's size limit or of a refused type, creation fails with 413 / 415", async () => {
    expect(await create(a, 1024 * 1024 + 1, { bucketName: 'docs', objectName: `${a.uid}/huge.pdf`, contentType: 'application/pdf' })).toMatchObject({ status: 413, location: null })
    expect(await create(a, 10, { bucketName: 'docs', objectName: `${a.uid}/x.gif`, contentType: 'image/gif' })).toMatchObject({ status: 415, location: null })
    expect(await create(a, 10, { bucketName: 'nope', objectName: `${a.uid}/x.bin` })).toMatchObject({ status: 404 })
    expect(await create(a, 10, { bucketName: 'big', objectName: `${a.uid}/../x.bin` })).toMatchObject({ status: 400, text: `Invalid key: ${a.uid}/../x.bin` })
    const exact = tusUpload(a, pattern(1024 * 1024, 4), { bucketName: 'docs', objectName: `${a.uid}/exact.pdf`, contentType: 'application/pdf' })
    await exact.done
    expect((await a.storage.from('docs').info(`${a.uid}/exact.pdf`)).data?.size).toBe(1024 * 1024)
  })

  test('a duplicate without x-upsert is 409; with x-upsert it replaces', async () => {
    const name = `${a.uid}/twice.bin`
    await tusUpload(a, Buffer.from('one'), { bucketName: 'big', objectName: name }).done
    const dup = await tusUpload(a, Buffer.from('two'), { bucketName: 'big', objectName: name }).done.then(() => undefined, (e: unknown) => e)
    expect(statusOf(dup)).toBe(409)
    await tusUpload(a, Buffer.from('three'), { bucketName: 'big', objectName: name }, { headers: { ...authHeaders(a.token), 'x-upsert': 'true' } }).done
    expect((await bytesOf((await a.storage.from('big').download(name)).data)).toString()).toBe('three')
  })

  test("another user cannot HEAD, PATCH or DELETE your upload URL (404); you can terminate it", async () => {
    const { location } = await create(a, 10, { bucketName: 'big', objectName: `${a.uid}/mine.bin` })
    expect((await head(b, location!)).status).toBe(404)
    const patch = await fetch(location!, {
      method: 'PATCH', body: 'intruder!!',
      headers: { ...authHeaders(b.token), ...TUS, 'upload-offset': '0', 'content-type': 'application/offset+octet-stream' },
    })
    expect(patch.status).toBe(404)
    expect((await fetch(location!, { method: 'DELETE', headers: { ...authHeaders(b.token), ...TUS } })).status).toBe(404)
    expect((await head(a, location!)).headers.get('upload-offset')).toBe('0')
    expect((await fetch(location!, { method: 'DELETE', headers: { ...authHeaders(a.token), ...TUS } })).status).toBe(204)
    expect((await head(a, location!)).status).toBe(404)
  })
})
