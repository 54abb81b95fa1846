import { beforeEach, describe, expect, it, vi } from 'vitest'
import { DbFailure } from '@/api/errors'
import * as files from '@/api/files'
import {
  CHUNK_SIZE,
  checkContent,
  checkFile,
  checkSize,
  createUpload,
  declaredType,
  detectType,
  plainFileName,
  RESUMABLE_THRESHOLD,
} from '@/lib/upload'

vi.mock('@/api/files', () => {
  const unexpected = (name: string) => vi.fn(() => Promise.reject(new Error(`Unexpected call to api/files ${name}()`)))
  return { uploadObject: unexpected('uploadObject'), removeObject: unexpected('removeObject'), resumableTarget: unexpected('resumableTarget') }
})

const tus = vi.hoisted(() => ({ instances: [] as { options: Record<string, unknown>; started: number }[] }))
vi.mock('tus-js-client', () => ({
  Upload: class {
    started = 0
    constructor(readonly file: Blob, readonly options: Record<string, unknown>) {
      tus.instances.push(this)
    }
    start() {
      this.started += 1
    }
    abort() {
      return Promise.resolve()
    }
  },
}))

const JPEG = [0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]
const file = (bytes: number[] | string, name: string, type: string) =>
  new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], name, { type })

describe('detectType', () => {
  it.each([
    [JPEG, 'image/jpeg'],
    [PNG, 'image/png'],
    [PDF, 'application/pdf'],
    [[0x50, 0x4b, 0x03, 0x04, 1], 'application/zip'],
    [[0x68, 0x61, 0x6c, 0x6f], 'text/plain'],
    [[0x4d, 0x5a, 0x90, 0x00], 'unknown'],
    [[], 'unknown'],
  ])('%j is %s', (bytes, type) => {
    expect(detectType(new Uint8Array(bytes))).toBe(type)
  })
})

describe('checking a file before upload', () => {
  it('accepts a real JPEG, PNG or PDF for the identity bucket', async () => {
    await expect(checkFile(file(JPEG, 'ktp.jpg', 'image/jpeg'), 'identity')).resolves.toBe('image/jpeg')
    await expect(checkFile(file(PNG, 'ktp.png', 'image/png'), 'identity')).resolves.toBe('image/png')
    await expect(checkFile(file(PDF, 'akta.pdf', 'application/pdf'), 'identity')).resolves.toBe('application/pdf')
  })

  it('refuses an HTML page renamed to .jpg, and a PNG declared as PDF', async () => {
    await expect(checkFile(file('<script>alert(1)</script>', 'ktp.jpg', 'image/jpeg'), 'identity'))
      .rejects.toMatchObject({ name: 'UploadError', reason: 'file_content_mismatch' })
    await expect(checkFile(file(PNG, 'akta.pdf', 'application/pdf'), 'identity'))
      .rejects.toMatchObject({ reason: 'file_content_mismatch' })
  })

  it('refuses empty files and types the bucket does not take', async () => {
    await expect(checkFile(file([], 'ktp.jpg', 'image/jpeg'), 'identity')).rejects.toMatchObject({ reason: 'file_empty' })
    await expect(checkFile(file('GIF89a', 'ktp.gif', 'image/gif'), 'identity'))
      .rejects.toMatchObject({ reason: 'file_type_not_allowed' })
    await expect(checkFile(file('teks', 'catatan.txt', 'text/plain'), 'identity'))
      .rejects.toMatchObject({ reason: 'file_type_not_allowed' })
    await expect(checkContent(file('teks', 'catatan.txt', 'text/plain'), 'attachments')).resolves.toBe('text/plain')
  })

  it('refuses files above the bucket limit (5 MB identity, 20 MB attachments)', () => {
    expect(() => checkSize(new Blob([new Uint8Array(5 * 1024 * 1024 + 1)]), 'identity')).toThrow(/file_too_large/)
    expect(() => checkSize(new Blob([new Uint8Array(5 * 1024 * 1024 + 1)]), 'attachments')).not.toThrow()
  })

  it('takes the responses bucket\'s types (CSV and ZIP too) up to its 50 MB limit', async () => {
    await expect(checkFile(file('no;nama\n1;Budi\n', 'data.csv', 'text/csv'), 'responses')).resolves.toBe('text/csv')
    await expect(checkFile(file([0x50, 0x4b, 0x03, 0x04, 1], 'arsip.zip', 'application/zip'), 'responses')).resolves.toBe('application/zip')
    await expect(checkFile(file(PDF, 'jawaban.pdf', ''), 'responses')).resolves.toBe('application/pdf')
    await expect(checkFile(file('<html>', 'x.html', 'text/html'), 'responses')).rejects.toMatchObject({ reason: 'file_type_not_allowed' })
    await expect(checkFile(file('MZ', 'arsip.zip', 'application/zip'), 'responses')).rejects.toMatchObject({ reason: 'file_content_mismatch' })
    expect(() => checkSize(new Blob([new Uint8Array(50 * 1024 * 1024)]), 'responses')).not.toThrow()
    expect(() => checkSize(new Blob([new Uint8Array(50 * 1024 * 1024 + 1)]), 'responses')).toThrow(/file_too_large/)
    // The citizens' buckets do not take what only officers send.
    await expect(checkContent(file('a;b\n', 'data.csv', 'text/csv'), 'attachments')).rejects.toMatchObject({ reason: 'file_type_not_allowed' })
  })

  it('guesses the type from the extension when the picker sends none', () => {
    expect(declaredType({ name: 'KTP.JPEG', type: '' })).toBe('image/jpeg')
    expect(declaredType({ name: 'data.xlsx', type: '' })).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    expect(declaredType({ name: 'tanpa-ekstensi', type: '' })).toBe('')
  })

  it('keeps a file name the database accepts as a plain line', () => {
    expect(plainFileName('ktp\u202egpj.exe\u200b\n')).toBe('ktpgpj.exe')
  })
})

describe('createUpload', () => {
  beforeEach(() => {
    vi.mocked(files.uploadObject).mockReset()
    tus.instances.length = 0
  })

  it('uploads a small file once to <folder>/<uuid>.<ext>, never under the user\'s name', async () => {
    vi.mocked(files.uploadObject).mockResolvedValue()
    const progress: number[] = []
    const picked = file(JPEG, '../../KTP Budi.jpg', 'image/jpeg')
    const handle = createUpload(picked, 'image/jpeg', { bucket: 'identity', folder: 'user-1', onProgress: (s) => progress.push(s) })
    const result = await handle.start()
    expect(result.path).toMatch(/^user-1\/[0-9a-f-]{36}\.jpg$/)
    expect(result).toMatchObject({ bucket: 'identity', contentType: 'image/jpeg', size: JPEG.length, originalName: '../../KTP Budi.jpg' })
    expect(files.uploadObject).toHaveBeenCalledWith('identity', result.path, picked, 'image/jpeg')
    expect(progress).toEqual([0, JPEG.length])
    expect(tus.instances).toHaveLength(0)
  })

  it('reports a dropped connection and retries to the same key; a lost answer to a stored upload counts as done', async () => {
    vi.mocked(files.uploadObject)
      .mockRejectedValueOnce(new DbFailure('Failed to fetch', 'network', ''))
      .mockRejectedValueOnce(new DbFailure('The resource already exists', 'file_exists', 'storage_409'))
    const handle = createUpload(file(PDF, 'a.pdf', 'application/pdf'), 'application/pdf', { bucket: 'attachments', folder: 'u' })
    await expect(handle.start()).rejects.toMatchObject({ reason: 'network' })
    await expect(handle.start()).resolves.toMatchObject({ path: handle.path })
    expect(vi.mocked(files.uploadObject).mock.calls.map((c) => c[1])).toEqual([handle.path, handle.path])
  })

  it('maps storage refusals to reasons the field explains', async () => {
    vi.mocked(files.uploadObject).mockRejectedValue(new DbFailure('too big', 'file_too_large', 'storage_413'))
    const handle = createUpload(file(PDF, 'a.pdf', 'application/pdf'), 'application/pdf', { bucket: 'attachments', folder: 'u' })
    await expect(handle.start()).rejects.toMatchObject({ name: 'UploadError', reason: 'file_too_large' })
  })

  it('chooses the path for an officer\'s response by size: one request up to 6 MB, TUS above', async () => {
    vi.mocked(files.uploadObject).mockResolvedValue()
    vi.mocked(files.resumableTarget).mockResolvedValue({ endpoint: 'https://x.test/storage/v1/upload/resumable', apikey: 'anon', accessToken: 'tok' })
    const request = '11111111-1111-4111-8111-111111111111'
    const atLimit = new Blob([new Uint8Array(RESUMABLE_THRESHOLD)], { type: 'application/pdf' })
    const small = await createUpload(atLimit, 'application/pdf', { bucket: 'responses', folder: request }).start()
    expect(small.path).toMatch(new RegExp(`^${request}/[0-9a-f-]{36}\\.pdf$`))
    expect(files.uploadObject).toHaveBeenCalledWith('responses', small.path, atLimit, 'application/pdf')
    expect(tus.instances).toHaveLength(0)

    const big = new Blob([new Uint8Array(RESUMABLE_THRESHOLD + 1)], { type: 'application/zip' })
    const handle = createUpload(big, 'application/zip', { bucket: 'responses', folder: request })
    const started = handle.start()
    await vi.waitFor(() => expect(tus.instances).toHaveLength(1))
    expect(handle.path).toMatch(new RegExp(`^${request}/[0-9a-f-]{36}\\.zip$`))
    const options = tus.instances[0]!.options as { metadata: Record<string, string>; onSuccess: () => void }
    expect(options.metadata).toMatchObject({ bucketName: 'responses', objectName: handle.path, contentType: 'application/zip' })
    options.onSuccess()
    await expect(started).resolves.toMatchObject({ bucket: 'responses', size: big.size })
    expect(files.uploadObject).toHaveBeenCalledTimes(1)
  })

  it('sends larger files through TUS with Supabase\'s metadata, 6 MB chunks and the session token', async () => {
    vi.mocked(files.resumableTarget).mockResolvedValue({ endpoint: 'https://x.test/storage/v1/upload/resumable', apikey: 'anon', accessToken: 'tok' })
    const big = new Blob([new Uint8Array(RESUMABLE_THRESHOLD + 1)], { type: 'application/pdf' })
    const progress: number[] = []
    const handle = createUpload(big, 'application/pdf', { bucket: 'attachments', folder: 'u', onProgress: (s) => progress.push(s) })
    const started = handle.start()
    await vi.waitFor(() => expect(tus.instances).toHaveLength(1))
    const upload = tus.instances[0]!
    const options = upload.options as {
      endpoint: string; chunkSize: number; headers: Record<string, string>; metadata: Record<string, string>
      onBeforeRequest: (req: { setHeader: (k: string, v: string) => void }) => Promise<void>
      onProgress: (s: number, t: number) => void; onSuccess: () => void; onError: (e: Error) => void
    }
    expect(options.endpoint).toBe('https://x.test/storage/v1/upload/resumable')
    expect(options.chunkSize).toBe(CHUNK_SIZE)
    expect(options.headers.apikey).toBe('anon')
    expect(options.metadata).toMatchObject({ bucketName: 'attachments', objectName: handle.path, contentType: 'application/pdf' })
    const setHeader = vi.fn()
    await options.onBeforeRequest({ setHeader })
    expect(setHeader).toHaveBeenCalledWith('authorization', 'Bearer tok')

    options.onProgress(CHUNK_SIZE, big.size)
    options.onError(new Error('tus: failed, response code: n/a'))
    await expect(started).rejects.toMatchObject({ reason: 'network' })

    // Retry resumes the same TUS upload (it asks the server for its offset) instead of a new one.
    const again = handle.start()
    await vi.waitFor(() => expect(upload.started).toBe(2))
    options.onSuccess()
    await expect(again).resolves.toMatchObject({ path: handle.path, size: big.size })
    expect(tus.instances).toHaveLength(1)
    expect(progress).toEqual([CHUNK_SIZE, big.size])
  })
})
