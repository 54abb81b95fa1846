import type { DetailedError, FileReader as TusFileReader, Upload as TusUpload } from 'tus-js-client'
import { DbFailure } from '@/api/errors'
import { removeObject, resumableTarget, uploadObject, type UploadBucket } from '@/api/files'
import { contentMatches, detectType } from '@/lib/fileSignature'

const MiB = 1024 * 1024
/** Above this size a file goes through TUS in chunks of this size (Supabase requires 6 MB chunks). */
export const RESUMABLE_THRESHOLD = 6 * MiB
export const CHUNK_SIZE = 6 * MiB

export type { UploadBucket }
export { contentMatches, detectType }

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Mirrors the buckets' file_size_limit and allowed_mime_types (migration …0400 and config.toml). */
export const BUCKET_LIMITS: Record<UploadBucket, { maxBytes: number; types: readonly string[] }> = {
  identity: { maxBytes: 5 * MiB, types: ['image/jpeg', 'image/png', 'application/pdf'] },
  attachments: { maxBytes: 20 * MiB, types: ['image/jpeg', 'image/png', 'application/pdf', DOCX, XLSX, 'text/plain'] },
  responses: {
    maxBytes: 50 * MiB,
    types: ['image/jpeg', 'image/png', 'application/pdf', DOCX, XLSX, 'text/plain', 'text/csv', 'application/zip'],
  },
}

/** File-name extension per type: the key is ours (`<folder>/<uuid>.<ext>`), never the user's file name. */
export const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'application/pdf': 'pdf',
  [DOCX]: 'docx',
  [XLSX]: 'xlsx',
  'text/plain': 'txt',
  'text/csv': 'csv',
  'application/zip': 'zip',
}

const BY_EXTENSION: Record<string, string> = { jpeg: 'image/jpeg', ...Object.fromEntries(Object.entries(EXTENSIONS).map(([t, e]) => [e, t])) }

export type UploadProblem =
  | 'file_empty'
  | 'file_too_large'
  | 'file_type_not_allowed'
  | 'file_content_mismatch'
  | 'file_denied'
  | 'not_signed_in'
  | 'network'
  | 'aborted'
  | 'unknown'

/** Why an upload was refused or failed; `reason` is what the UI translates. */
export class UploadError extends Error {
  override readonly name = 'UploadError'
  constructor(readonly reason: UploadProblem, message: string = reason) {
    super(message)
  }
}

async function readHead(blob: Blob, bytes = 4096): Promise<Uint8Array> {
  return new Uint8Array(await blob.slice(0, bytes).arrayBuffer())
}

/** The declared type: the browser's, else guessed from the extension (some Android pickers send none). */
export function declaredType(file: Pick<File, 'name' | 'type'>): string {
  if (file.type) return file.type.toLowerCase()
  const ext = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? ''
  return BY_EXTENSION[ext] ?? ''
}

/** Checks the type and the first bytes before anything leaves the device; returns the content type. */
export async function checkContent(file: Blob & { name?: string }, bucket: UploadBucket): Promise<string> {
  const type = declaredType({ name: file.name ?? '', type: file.type })
  if (file.size === 0) throw new UploadError('file_empty')
  if (!BUCKET_LIMITS[bucket].types.includes(type)) throw new UploadError('file_type_not_allowed')
  if (!contentMatches(type, detectType(await readHead(file)))) throw new UploadError('file_content_mismatch')
  return type
}

/** The bucket's size limit, checked on what will be sent (after compression). */
export function checkSize(blob: Blob, bucket: UploadBucket): void {
  if (blob.size > BUCKET_LIMITS[bucket].maxBytes) throw new UploadError('file_too_large')
}

/** Type, content and size in one go, for files that are sent as picked. */
export async function checkFile(file: Blob & { name?: string }, bucket: UploadBucket): Promise<string> {
  const type = await checkContent(file, bucket)
  checkSize(file, bucket)
  return type
}

/** A file name the database accepts as a plain line: no control, bidi or zero-width characters. */
export function plainFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\x00-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g, '').trim().slice(0, 255)
}

export function objectKey(folder: string, contentType: string): string {
  return `${folder}/${crypto.randomUUID()}.${EXTENSIONS[contentType] ?? 'bin'}`
}

export interface UploadedObject {
  bucket: UploadBucket
  path: string
  size: number
  contentType: string
  /** For the officer's eyes only (stored in files.original_name); never part of the key. */
  originalName: string
}

export interface UploadOptions {
  bucket: UploadBucket
  /** The owner's user id (or a request id for officers' files): the first folder of the key. */
  folder: string
  /** The name the user picked (kept for officers; defaults to the blob's own name). */
  originalName?: string
  onProgress?: (sent: number, total: number) => void
}

export interface UploadHandle {
  readonly path: string
  /** Starts, or after a failure resumes (TUS continues from the bytes the server has). */
  start(): Promise<UploadedObject>
  /** Stops a running upload; start() resumes it. */
  abort(): Promise<void>
  /** Deletes the object again (before it was linked), e.g. when the user picks another file. */
  discard(): Promise<void>
}

function fromStorage(error: unknown): UploadError {
  if (error instanceof UploadError) return error
  if (error instanceof DbFailure) {
    const reason = (['file_too_large', 'file_type_not_allowed', 'file_denied', 'not_signed_in', 'network'] as const)
      .find((r) => r === error.reason)
    return new UploadError(reason ?? 'unknown', error.message)
  }
  return new UploadError('unknown', error instanceof Error ? error.message : String(error))
}

/** TUS answers with the real HTTP status; no response at all means the connection dropped. */
function fromTus(error: Error | DetailedError): UploadError {
  const status = 'originalResponse' in error ? error.originalResponse?.getStatus() : undefined
  if (status === 413) return new UploadError('file_too_large', error.message)
  if (status === 415) return new UploadError('file_type_not_allowed', error.message)
  if (status === 401) return new UploadError('not_signed_in', error.message)
  if (status === 403) return new UploadError('file_denied', error.message)
  if (!status) return new UploadError('network', error.message)
  return new UploadError('unknown', error.message)
}

/**
 * Reads each chunk into memory as bytes, which both the browser's XHR and Node's http accept, so the
 * same code path runs in the browser and in the stack tests (tus-js-client's Node reader takes no Blob).
 */
const blobReader: TusFileReader = {
  openFile: (input: Blob) =>
    Promise.resolve({
      size: input.size,
      slice: async (start: number, end: number) => {
        const bytes = new Uint8Array(await input.slice(start, end).arrayBuffer())
        // tus-js-client measures a chunk by its `size`, as for a Blob.
        return { value: Object.assign(bytes, { size: bytes.length }), done: end >= input.size }
      },
      close: () => undefined,
    }),
}

function resumable(file: Blob, path: string, contentType: string, options: UploadOptions) {
  let upload: TusUpload | undefined
  let settle: { resolve: () => void; reject: (e: UploadError) => void } | undefined

  async function start(): Promise<void> {
    const { Upload } = await import('tus-js-client')
    const target = await resumableTarget().catch((e: unknown) => Promise.reject(fromStorage(e)))
    upload ??= new Upload(file, {
      endpoint: target.endpoint,
      chunkSize: CHUNK_SIZE,
      retryDelays: [0, 1000, 3000, 5000],
      uploadDataDuringCreation: true,
      storeFingerprintForResuming: false,
      headers: { apikey: target.apikey, 'x-upsert': 'false' },
      metadata: { bucketName: options.bucket, objectName: path, contentType, cacheControl: '3600' },
      fileReader: blobReader,
      onBeforeRequest: async (req) => {
        req.setHeader('authorization', `Bearer ${(await resumableTarget()).accessToken}`)
      },
      onProgress: (sent, total) => options.onProgress?.(sent, total),
      onSuccess: () => settle?.resolve(),
      onError: (error) => settle?.reject(fromTus(error)),
    })
    const done = new Promise<void>((resolve, reject) => (settle = { resolve, reject }))
    upload.start()
    return done
  }

  return {
    start,
    abort: async () => {
      await upload?.abort()
      settle?.reject(new UploadError('aborted'))
    },
  }
}

/**
 * Prepares the upload of one checked file to `<folder>/<uuid>.<ext>` in a private bucket: small files
 * in one request through Storage's upload, larger ones resumable through TUS.
 */
export function createUpload(file: Blob & { name?: string }, contentType: string, options: UploadOptions): UploadHandle {
  const path = objectKey(options.folder, contentType)
  const result: UploadedObject = {
    bucket: options.bucket, path, size: file.size, contentType, originalName: plainFileName(options.originalName ?? file.name ?? ''),
  }
  const tus = file.size > RESUMABLE_THRESHOLD ? resumable(file, path, contentType, options) : undefined
  let finished = false

  async function start(): Promise<UploadedObject> {
    if (finished) return result
    if (tus) {
      await tus.start()
    } else {
      options.onProgress?.(0, file.size)
      try {
        await uploadObject(options.bucket, path, file, contentType)
      } catch (error) {
        // The first attempt reached the server although its answer got lost: the object is ours.
        if (!(error instanceof DbFailure && error.reason === 'file_exists')) throw fromStorage(error)
      }
    }
    options.onProgress?.(file.size, file.size)
    finished = true
    return result
  }

  return {
    path,
    start,
    abort: async () => tus?.abort(),
    discard: async () => {
      await tus?.abort()
      await removeObject(options.bucket, path).catch(() => undefined)
    },
  }
}
