import { beforeAll, describe, expect, it, vi } from 'vitest'
import { DbFailure } from '@/api/errors'
import { addIdentityDocument, downloadUrl, listIdentityDocuments, removeObject, resumableTarget, uploadObject } from '@/api/files'
import { checkFile, createUpload, RESUMABLE_THRESHOLD, UploadError } from '@/lib/upload'
import { actAs } from '@/test/stackClient'
import { actor, client, env, sql, type Actor } from '../../supabase/tests/helpers'

vi.mock('@/lib/supabase', async () => (await import('@/test/stackClient')).mockSupabaseModule())

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 1, 2, 3, 4])

function pdfOf(size: number): File {
  const bytes = new Uint8Array(size)
  bytes.set([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37])
  for (let i = 8; i < size; i += 4096) bytes[i] = i % 251
  return new File([bytes], 'Surat kuasa.pdf', { type: 'application/pdf' })
}

async function profileFor(a: Actor) {
  const res = await a.client.from('profiles').insert({
    id: a.id, applicant_type: 'perorangan', full_name: 'Warga Unggah', nik: '6402011505900001',
    address: 'Jl. Melati No. 5, Tenggarong', occupation: 'Guru', phone: '081234567890',
  })
  if (res.error) throw res.error
}

describe('files api and the upload module (against the stack)', () => {
  let warga: Actor
  beforeAll(async () => {
    // The resumable endpoint and apikey come from the build's env, as in the browser.
    vi.stubEnv('VITE_SUPABASE_URL', env().url)
    vi.stubEnv('VITE_SUPABASE_ANON_KEY', env().anonKey)
    warga = await actor('unggah')
  })

  it('uploads a small KTP photo under the owner folder and registers it as the identity document', async () => {
    actAs(warga)
    await profileFor(warga)
    const file = new File([JPEG], 'KTP saya.jpg', { type: 'image/jpeg' })
    const type = await checkFile(file, 'identity')
    const progress: number[] = []
    const uploaded = await createUpload(file, type, {
      bucket: 'identity', folder: warga.id, onProgress: (sent) => progress.push(sent),
    }).start()
    expect(uploaded.path).toMatch(new RegExp(`^${warga.id}/[0-9a-f-]{36}\\.jpg$`))
    expect(uploaded.originalName).toBe('KTP saya.jpg')
    expect(progress.at(-1)).toBe(JPEG.length)

    const id = await addIdentityDocument(uploaded.path, uploaded.originalName)
    const docs = await listIdentityDocuments(warga.id)
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ id, object_name: uploaded.path, original_name: 'KTP saya.jpg', mime_type: 'image/jpeg' })

    const url = await downloadUrl('identity', uploaded.path, 'ktp.jpg')
    const res = await fetch(url)
    expect(res.headers.get('content-disposition')).toContain('attachment')
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(JPEG)
  })

  it('sends a file above the threshold through TUS in 6 MB chunks, with progress', async () => {
    actAs(warga)
    const file = pdfOf(RESUMABLE_THRESHOLD + 1_500_000)
    const type = await checkFile(file, 'attachments')
    const progress: number[] = []
    const uploaded = await createUpload(file, type, {
      bucket: 'attachments', folder: warga.id, onProgress: (sent) => progress.push(sent),
    }).start()
    expect(progress.length).toBeGreaterThan(2)
    expect(progress.at(-1)).toBe(file.size)
    const [row] = await sql<{ size: string; mimetype: string; owner_id: string }>(
      `select metadata->>'size' as size, metadata->>'mimetype' as mimetype, owner_id from storage.objects
       where bucket_id = 'attachments' and name = $1`, [uploaded.path])
    expect(row).toEqual({ size: String(file.size), mimetype: 'application/pdf', owner_id: warga.id })
  })

  it('refuses a TUS upload into another user\'s folder', async () => {
    const other = await actor('lain')
    actAs(warga)
    const file = pdfOf(RESUMABLE_THRESHOLD + 10)
    const attempt = createUpload(file, 'application/pdf', { bucket: 'attachments', folder: other.id }).start()
    await expect(attempt).rejects.toBeInstanceOf(UploadError)
    await expect(attempt).rejects.toMatchObject({ reason: 'file_denied' })
  })

  it('maps the bucket limits the server enforces: type, size and folder', async () => {
    actAs(warga)
    const text = new Blob(['halo'], { type: 'text/plain' })
    await expect(uploadObject('identity', `${warga.id}/x.txt`, text, 'text/plain'))
      .rejects.toMatchObject({ reason: 'file_type_not_allowed' })
    const big = new Blob([new Uint8Array(5 * 1024 * 1024 + 1)], { type: 'application/pdf' })
    await expect(uploadObject('identity', `${warga.id}/big.pdf`, big, 'application/pdf'))
      .rejects.toMatchObject({ reason: 'file_too_large' })
    const jpeg = new Blob([JPEG], { type: 'image/jpeg' })
    await expect(uploadObject('identity', `${crypto.randomUUID()}/x.jpg`, jpeg, 'image/jpeg'))
      .rejects.toMatchObject({ reason: 'file_denied' })
  })

  it('removes an unlinked upload, and reports a second upload to the same key as file_exists', async () => {
    actAs(warga)
    const path = `${warga.id}/${crypto.randomUUID()}.jpg`
    const jpeg = new Blob([JPEG], { type: 'image/jpeg' })
    await uploadObject('attachments', path, jpeg, 'image/jpeg')
    await expect(uploadObject('attachments', path, jpeg, 'image/jpeg')).rejects.toMatchObject({ reason: 'file_exists' })
    await removeObject('attachments', path)
    expect(await sql(`select 1 from storage.objects where bucket_id = 'attachments' and name = $1`, [path])).toEqual([])
  })

  it('needs a session for the resumable endpoint, and refuses identity documents without a profile', async () => {
    actAs(client())
    await expect(resumableTarget()).rejects.toMatchObject({ reason: 'not_signed_in' })
    const fresh = await actor('tanpa-profil')
    actAs(fresh)
    const path = `${fresh.id}/${crypto.randomUUID()}.jpg`
    await uploadObject('identity', path, new Blob([JPEG], { type: 'image/jpeg' }), 'image/jpeg')
    const failure = await addIdentityDocument(path, 'ktp.jpg').catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(DbFailure)
    expect(failure).toMatchObject({ reason: 'profile_missing' })
  })
})

describe('an expired session during upload', () => {
  it('is reported as not_signed_in, so the field can say "sign in again" and keep the form', async () => {
    const { SignJWT } = await import('jose')
    const warga = await actor('kedaluwarsa-unggah')
    const expired = await new SignJWT({ role: 'authenticated', aud: 'authenticated' })
      .setProtectedHeader({ alg: 'HS256' }).setSubject(warga.id).setIssuedAt(1_700_000_000).setExpirationTime(1_700_000_100)
      .sign(new TextEncoder().encode(env().jwtSecret))
    const { createClient } = await import('@supabase/supabase-js')
    const { default: WebSocket } = await import('ws')
    const stale = createClient(env().url, env().anonKey, {
      auth: { persistSession: false, autoRefreshToken: false },
      realtime: { transport: WebSocket as never },
      global: { headers: { authorization: `Bearer ${expired}` } },
    })
    actAs(stale)
    const jpeg = new Blob([JPEG], { type: 'image/jpeg' })
    await expect(uploadObject('identity', `${warga.id}/${crypto.randomUUID()}.jpg`, jpeg, 'image/jpeg'))
      .rejects.toMatchObject({ reason: 'not_signed_in' })
  })
})
