import { randomUUID } from 'node:crypto'
import { expect, test } from 'vitest'
import { detectType, matches, verifyPendingFiles } from '../jobs/verify-files.ts'
import { actor, env, sql, submit } from './helpers.ts'

test('detectType reads signatures, and text only when it has no NUL byte', () => {
  expect(detectType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg')
  expect(detectType(new TextEncoder().encode('%PDF-1.7\n'))).toBe('application/pdf')
  expect(detectType(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1]))).toBe('application/zip')
  expect(detectType(new TextEncoder().encode('<script>alert(1)</script>'))).toBe('text/plain')
  expect(detectType(new Uint8Array([0x4d, 0x5a, 0x90, 0x00]))).toBe('unknown')
  expect(matches('image/jpeg', 'text/plain')).toBe(false)
  expect(matches('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/zip')).toBe(true)
})

test('a script renamed .jpg is marked mismatch and cannot stand as the identity document', async () => {
  const a = await actor('nakal')
  const profile = await a.client.from('profiles').insert({
    id: a.id, applicant_type: 'perorangan', full_name: 'Warga Nakal', nik: '6402011505900002',
    address: 'Jl. Mawar No. 1, Tenggarong', occupation: 'Pelajar', phone: '081234567891',
  })
  expect(profile.error).toBeNull()
  const fake = `${a.id}/${randomUUID()}.jpg`
  const up = await a.client.storage.from('identity').upload(fake, Buffer.from('<html><script>alert(1)</script></html>'), { contentType: 'image/jpeg' })
  expect(up.error).toBeNull()
  expect((await a.client.rpc('add_identity_document', { object_name: fake, original_name: 'ktp.jpg' })).error).toBeNull()

  const counts = await verifyPendingFiles(env().url, env().serviceRoleKey)
  expect(counts.mismatch).toBeGreaterThanOrEqual(1)
  const [row] = await sql<{ check_status: string; detected_type: string }>(
    'select check_status, detected_type from public.files where object_name = $1', [fake])
  expect(row).toEqual({ check_status: 'mismatch', detected_type: 'text/plain' })
  await expect(submit(a)).rejects.toMatchObject({ hint: 'identity_missing' })

  const real = `${a.id}/${randomUUID()}.jpg`
  await a.client.storage.from('identity').upload(real, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), { contentType: 'image/jpeg' })
  await a.client.rpc('add_identity_document', { object_name: real })
  await verifyPendingFiles(env().url, env().serviceRoleKey)
  const [ok] = await sql<{ check_status: string }>('select check_status from public.files where object_name = $1', [real])
  expect(ok!.check_status).toBe('verified')
  expect((await submit(a)).registration_no).toMatch(/^PI-/)
})
