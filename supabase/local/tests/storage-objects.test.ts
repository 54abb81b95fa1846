import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, test } from 'vitest'
import { authHeaders, bytesOf, objectNames, pattern, service, storageUrl, storageUser } from './storage-helpers.ts'

let a: Awaited<ReturnType<typeof storageUser>>
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

beforeAll(async () => {
  a = await storageUser('objects')
})

const docs = () => a.storage.from('docs')
const get = (path: string, init: RequestInit = {}) =>
  fetch(`${storageUrl()}/object/authenticated/${path}`, { ...init, headers: { ...authHeaders(a.token), ...(init.headers as object) } })

describe('upload, update, download, info, exists', () => {
  test('a raw Buffer upload keeps its type, cache control and metadata', async () => {
    const path = `${a.uid}/notes/hello.txt`
    const up = await docs().upload(path, Buffer.from('halo dunia'), { contentType: 'text/plain', cacheControl: '120', metadata: { kind: 'note' } })
    expect(up.error).toBeNull()
    expect(up.data).toEqual({ id: expect.stringMatching(UUID), path, fullPath: `docs/${path}` })
    const info = await docs().info(path)
    expect(info.error).toBeNull()
    expect(info.data).toMatchObject({
      id: up.data!.id, name: path, bucketId: 'docs', size: 10, contentType: 'text/plain',
      cacheControl: 'max-age=120', metadata: { kind: 'note' }, etag: expect.stringMatching(/^"[0-9a-f]{32}"$/),
    })
    expect((await bytesOf((await docs().download(path)).data)).toString()).toBe('halo dunia')
  })

  test('a Blob and a File go as multipart with cacheControl and metadata', async () => {
    const png = pattern(2048, 3)
    const blobPath = `${a.uid}/img/pixel.png`
    const up = await docs().upload(blobPath, new Blob([png], { type: 'image/png' }), { cacheControl: '60', metadata: { w: 1 } })
    expect(up.error).toBeNull()
    const info = await docs().info(blobPath)
    expect(info.data).toMatchObject({ size: 2048, contentType: 'image/png', cacheControl: 'max-age=60', metadata: { w: 1 } })
    expect((await bytesOf((await docs().download(blobPath)).data)).equals(png)).toBe(true)

    const filePath = `${a.uid}/img/scan.pdf`
    const pdf = Buffer.from('%PDF-1.4 tiny')
    expect((await docs().upload(filePath, new File([pdf], 'scan.pdf', { type: 'application/pdf' }))).error).toBeNull()
    expect((await docs().info(filePath)).data).toMatchObject({ size: pdf.length, contentType: 'application/pdf', cacheControl: 'max-age=3600' })
  })

  test('update() replaces the bytes in place; POST with upsert does too', async () => {
    const path = `${a.uid}/upd/v.txt`
    const first = await docs().upload(path, Buffer.from('one'), { contentType: 'text/plain' })
    const updated = await docs().update(path, Buffer.from('two!'), { contentType: 'text/plain', metadata: { rev: 2 } })
    expect(updated.error).toBeNull()
    expect(updated.data?.id).toBe(first.data?.id)
    expect((await bytesOf((await docs().download(path)).data)).toString()).toBe('two!')
    expect((await docs().info(path)).data).toMatchObject({ size: 4, metadata: { rev: 2 } })
    const upserted = await docs().upload(path, Buffer.from('three'), { contentType: 'text/plain', upsert: true })
    expect(upserted.error).toBeNull()
    expect((await bytesOf((await docs().download(path)).data)).toString()).toBe('three')
    expect(await objectNames('docs', `${a.uid}/upd/`)).toEqual([path])
  })

  test('exists() answers true and false; a missing object is not_found', async () => {
    await docs().upload(`${a.uid}/ex/here.txt`, Buffer.from('x'), { contentType: 'text/plain' })
    expect(await docs().exists(`${a.uid}/ex/here.txt`)).toMatchObject({ data: true, error: null })
    expect((await docs().exists(`${a.uid}/ex/gone.txt`)).data).toBe(false)
    const missing = await docs().download(`${a.uid}/ex/gone.txt`)
    expect(missing.error).toMatchObject({ status: 400, statusCode: '404', message: 'Object not found' })
  })
})

describe('list', () => {
  const dir = () => `${a.uid}/list`
  beforeAll(async () => {
    // Upload order decides created_at: charlie, alpha, Bravo.
    for (const name of ['charlie.txt', 'alpha.txt', 'Bravo.txt', 'sub/one.txt', 'sub/two.txt']) {
      const res = await docs().upload(`${dir()}/${name}`, Buffer.from(name), { contentType: 'text/plain' })
      expect(res.error).toBeNull()
    }
  })
  const names = async (options?: Parameters<ReturnType<typeof docs>['list']>[1]) => {
    const res = await docs().list(dir(), options)
    expect(res.error).toBeNull()
    return res.data!.map((e) => e.name)
  }

  test('lists immediate children by name, folders as entries with id null', async () => {
    const res = await docs().list(dir())
    expect(res.data!.map((e) => e.name)).toEqual(['alpha.txt', 'Bravo.txt', 'charlie.txt', 'sub'])
    expect(res.data![3]).toMatchObject({ name: 'sub', id: null, metadata: null })
    expect(res.data![0]).toMatchObject({ id: expect.stringMatching(UUID), metadata: expect.objectContaining({ size: 9, mimetype: 'text/plain' }) })
    expect((await docs().list(`${dir()}/sub`)).data!.map((e) => e.name)).toEqual(['one.txt', 'two.txt'])
  })

  test('sortBy name desc, limit and offset', async () => {
    expect(await names({ sortBy: { column: 'name', order: 'desc' } })).toEqual(['sub', 'charlie.txt', 'Bravo.txt', 'alpha.txt'])
    expect(await names({ limit: 2, offset: 1 })).toEqual(['Bravo.txt', 'charlie.txt'])
  })

  test('sortBy created_at puts folders first, then files by upload time', async () => {
    expect(await names({ sortBy: { column: 'created_at', order: 'asc' } })).toEqual(['sub', 'charlie.txt', 'alpha.txt', 'Bravo.txt'])
    expect(await names({ sortBy: { column: 'created_at', order: 'desc' } })).toEqual(['sub', 'Bravo.txt', 'alpha.txt', 'charlie.txt'])
  })

  test('search matches the start of names, case-insensitively', async () => {
    expect(await names({ search: 'BR' })).toEqual(['Bravo.txt'])
    expect(await names({ search: 'su' })).toEqual(['sub'])
    expect(await names({ search: 'zzz' })).toEqual([])
  })
})

describe('move, copy, remove, public URL', () => {
  test('move renames; copy duplicates, also into another bucket', async () => {
    const src = `${a.uid}/mv/a.txt`
    await docs().upload(src, Buffer.from('moving'), { contentType: 'text/plain' })
    const moved = await docs().move(src, `${a.uid}/mv/b.txt`)
    expect(moved).toEqual({ data: { message: 'Successfully moved' }, error: null })
    expect((await docs().exists(src)).data).toBe(false)
    expect((await bytesOf((await docs().download(`${a.uid}/mv/b.txt`)).data)).toString()).toBe('moving')

    const copied = await docs().copy(`${a.uid}/mv/b.txt`, `${a.uid}/mv/c.txt`)
    expect(copied).toEqual({ data: { path: `docs/${a.uid}/mv/c.txt` }, error: null })
    const across = await docs().copy(`${a.uid}/mv/b.txt`, `${a.uid}/copied.txt`, { destinationBucket: 'big' })
    expect(across.data?.path).toBe(`big/${a.uid}/copied.txt`)
    expect((await bytesOf((await a.storage.from('big').download(`${a.uid}/copied.txt`)).data)).toString()).toBe('moving')
    expect(await objectNames('docs', `${a.uid}/mv/`)).toEqual([`${a.uid}/mv/b.txt`, `${a.uid}/mv/c.txt`])
  })

  test('remove() deletes in bulk and returns the removed rows; missing names are absent', async () => {
    const paths = [`${a.uid}/rm/1.txt`, `${a.uid}/rm/2.txt`]
    for (const p of paths) await docs().upload(p, Buffer.from(p), { contentType: 'text/plain' })
    const removed = await docs().remove([...paths, `${a.uid}/rm/never.txt`])
    expect(removed.error).toBeNull()
    expect(removed.data!.map((r) => r.name).sort()).toEqual(paths)
    expect(removed.data![0]).toMatchObject({ bucket_id: 'docs', id: expect.stringMatching(UUID) })
    expect(await objectNames('docs', `${a.uid}/rm/`)).toEqual([])
  })

  test('getPublicUrl of the public bucket downloads without any key', async () => {
    const path = `${a.uid}/${randomUUID()}.png`
    const png = pattern(500, 9)
    expect((await a.storage.from('open').upload(path, png, { contentType: 'image/png' })).error).toBeNull()
    const { publicUrl } = a.storage.from('open').getPublicUrl(path).data
    expect(publicUrl).toBe(`${storageUrl()}/object/public/open/${path}`)
    const res = await fetch(publicUrl)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/png')
    expect(Buffer.from(await res.arrayBuffer()).equals(png)).toBe(true)
  })
})

describe('download headers', () => {
  test('type, nosniff, cache control, etag and Content-Disposition for ?download', async () => {
    const path = `${a.uid}/hdr/report.pdf`
    await docs().upload(path, Buffer.from('%PDF-1.4 report'), { contentType: 'application/pdf', cacheControl: '300' })
    const res = await get(`docs/${path}`)
    expect(res.status).toBe(200)
    expect(Object.fromEntries(res.headers)).toMatchObject({
      'content-type': 'application/pdf', 'x-content-type-options': 'nosniff', 'cache-control': 'max-age=300',
      'content-length': '15', 'accept-ranges': 'bytes', 'x-robots-tag': 'none', etag: expect.stringMatching(/^"[0-9a-f]{32}"$/),
    })
    expect(res.headers.get('content-disposition')).toBeNull()
    expect((await get(`docs/${path}?download`)).headers.get('content-disposition')).toBe('attachment;')
    expect((await get(`docs/${path}?download=laporan.pdf`)).headers.get('content-disposition')).toBe(
      "attachment; filename=laporan.pdf; filename*=UTF-8''laporan.pdf",
    )
    const spaced = await get(`docs/${path}?download=${encodeURIComponent("laporan 'akhir' é.pdf")}`)
    expect(spaced.headers.get('content-disposition')).toBe(
      `attachment; filename="laporan 'akhir' _.pdf"; filename*=UTF-8''laporan%20%27akhir%27%20%C3%A9.pdf`,
    )
  })

  test('an object stored as text/html is served as text/plain', async () => {
    const path = `${a.uid}/page.html`
    await a.storage.from('big').upload(path, Buffer.from('<script>alert(1)</script>'), { contentType: 'text/html; charset=utf-8' })
    const res = await get(`big/${path}`)
    expect(res.headers.get('content-type')).toBe('text/plain')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await res.text()).toBe('<script>alert(1)</script>')
    await a.storage.from('big').upload(`${a.uid}/upper.html`, Buffer.from('<b>x</b>'), { contentType: 'Text/HTML' })
    expect((await get(`big/${a.uid}/upper.html`)).headers.get('content-type')).toBe('text/plain')
  })

  test('a Range request answers 206 with that slice', async () => {
    const path = `${a.uid}/range.bin`
    const body = pattern(1000, 5)
    await a.storage.from('big').upload(path, body, { contentType: 'application/octet-stream' })
    const res = await get(`big/${path}`, { headers: { range: 'bytes=100-199' } })
    expect(res.status).toBe(206)
    expect(res.headers.get('content-range')).toBe('bytes 100-199/1000')
    expect(Buffer.from(await res.arrayBuffer()).equals(body.subarray(100, 200))).toBe(true)
    const tail = await get(`big/${path}`, { headers: { range: 'bytes=-10' } })
    expect(Buffer.from(await tail.arrayBuffer()).equals(body.subarray(990))).toBe(true)
  })
})

describe('buckets (service role)', () => {
  test('create, get, update, list, empty and delete; a non-empty bucket is not deleted', async () => {
    const admin = service().storage
    const id = `t-${randomUUID().slice(0, 8)}`
    expect(await admin.createBucket(id, { public: false, fileSizeLimit: '2MB', allowedMimeTypes: ['image/*'] })).toEqual({ data: { name: id }, error: null })
    expect((await admin.createBucket(id)).error).toMatchObject({ statusCode: '409', message: 'The resource already exists' })
    expect((await admin.getBucket(id)).data).toMatchObject({ id, name: id, public: false, file_size_limit: 2_000_000, allowed_mime_types: ['image/*'] })

    expect((await admin.updateBucket(id, { public: true, fileSizeLimit: 1024, allowedMimeTypes: ['text/plain'] })).data).toEqual({ message: 'Successfully updated' })
    expect((await admin.getBucket(id)).data).toMatchObject({ public: true, file_size_limit: 1024, allowed_mime_types: ['text/plain'] })
    expect((await admin.listBuckets()).data!.map((b) => b.id)).toEqual(expect.arrayContaining(['docs', 'open', 'big', id]))

    expect((await admin.from(id).upload('x.txt', Buffer.from('x'), { contentType: 'text/plain' })).error).toBeNull()
    const refused = await admin.deleteBucket(id)
    expect(refused.error).toMatchObject({ status: 400, statusCode: '409', message: 'The bucket you tried to delete is not empty' })
    expect((await admin.emptyBucket(id)).data).toEqual({ message: 'Successfully emptied' })
    expect(await objectNames(id)).toEqual([])
    expect((await admin.deleteBucket(id)).data).toEqual({ message: 'Successfully deleted' })
    expect((await admin.getBucket(id)).error).toMatchObject({ statusCode: '404', message: 'Bucket not found' })
  })
})
