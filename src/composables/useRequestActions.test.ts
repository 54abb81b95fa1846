import { beforeEach, describe, expect, it, vi } from 'vitest'
import { shallowRef } from 'vue'
import { DbFailure } from '@/api/errors'
import * as files from '@/api/files'
import * as objections from '@/api/objections'
import * as requestActions from '@/api/requestActions'
import { fakeRequest } from '@/test/officerFixtures'
import { useRequestActions } from './useRequestActions'

vi.mock('@/api/objections', async () => (await import('@/test/officerFixtures')).loudApi('@/api/objections'))
vi.mock('@/api/files', async () => (await import('@/test/officerFixtures')).loudApi('@/api/files'))
vi.mock('@/api/requestActions', async () => (await import('@/test/officerFixtures')).loudApi('@/api/requestActions'))

const INPUT = { grounds: ['a' as const], casePosition: 'Informasi itu seharusnya terbuka.' }

beforeEach(() => vi.clearAllMocks())

describe('useRequestActions.registerObjection', () => {
  it('registers for the request on screen', async () => {
    vi.mocked(objections.registerObjection).mockResolvedValue({ id: 'o1' } as objections.Objection)
    const actions = useRequestActions(shallowRef(fakeRequest()))
    await actions.registerObjection(INPUT)
    expect(objections.registerObjection).toHaveBeenCalledWith({ requestId: fakeRequest().id, ...INPUT })
  })

  it('an objection already open means another officer registered first: a conflict; other refusals pass through', async () => {
    const actions = useRequestActions(shallowRef(fakeRequest()))
    vi.mocked(objections.registerObjection).mockRejectedValueOnce(new DbFailure('open', 'objection_open', 'P0001'))
    await expect(actions.registerObjection(INPUT)).rejects.toMatchObject({ isConflict: true })
    vi.mocked(objections.registerObjection).mockRejectedValueOnce(new DbFailure('late', 'late_note_required', 'P0001'))
    await expect(actions.registerObjection(INPUT)).rejects.toMatchObject({ reason: 'late_note_required', isConflict: false })
  })
})

describe('useRequestActions.upload (the information, into the responses bucket)', () => {
  const REQUEST_ID = fakeRequest().id
  const pdf = (size = 64) => {
    const bytes = new Uint8Array(size)
    bytes.set([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31])
    return new File([bytes], 'Jawaban DPA.pdf', { type: 'application/pdf' })
  }

  it('goes through the upload module under the request\'s folder, reports progress, then links the object', async () => {
    vi.mocked(files.uploadObject).mockResolvedValue()
    vi.mocked(requestActions.attachResponse).mockResolvedValue('file-1')
    const progress: number[] = []
    const actions = useRequestActions(shallowRef(fakeRequest()))
    const file = pdf()
    expect(await actions.upload(file, 'letter', (sent) => progress.push(sent))).toBe('file-1')
    const [bucket, path, body, type] = vi.mocked(files.uploadObject).mock.calls[0]!
    expect([bucket, body, type]).toEqual(['responses', file, 'application/pdf'])
    expect(path).toMatch(new RegExp(`^${REQUEST_ID}/[0-9a-f-]{36}\\.pdf$`))
    expect(requestActions.attachResponse).toHaveBeenCalledWith(REQUEST_ID, path, 'letter', 'Jawaban DPA.pdf')
    expect(progress).toEqual([0, file.size])
  })

  it('refuses a renamed file before anything is sent, and explains storage refusals with the officer\'s reasons', async () => {
    const actions = useRequestActions(shallowRef(fakeRequest()))
    const fake = new File(['<script>alert(1)</script>'], 'jawaban.pdf', { type: 'application/pdf' })
    await expect(actions.upload(fake, 'response')).rejects.toMatchObject({ name: 'DbFailure', reason: 'file_content_mismatch' })
    await expect(actions.upload(new File(['x'], 'x.html', { type: 'text/html' }), 'response')).rejects.toMatchObject({ reason: 'file_type_invalid' })
    expect(files.uploadObject).not.toHaveBeenCalled()
    vi.mocked(files.uploadObject).mockRejectedValueOnce(new DbFailure('denied', 'file_denied', 'storage_403'))
    await expect(actions.upload(pdf(), 'response')).rejects.toMatchObject({ name: 'DbFailure', reason: 'forbidden' })
    expect(requestActions.attachResponse).not.toHaveBeenCalled()
  })
})
