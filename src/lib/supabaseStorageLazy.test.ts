import { StorageApiError as RealStorageApiError, StorageError } from '@supabase/storage-js'
import { describe, expect, it, vi } from 'vitest'
import { StorageApiError, StorageClient } from '@/lib/supabaseStorageLazy'

describe('lazy storage client', () => {
  it('passes a file call with its arguments to the real client, which sends it with the given fetch', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify([{ name: 'a/b.pdf' }]), { status: 200, headers: { 'content-type': 'application/json' } }))
    const storage = new StorageClient('http://stack.test/storage/v1', { apikey: 'anon' }, fetch)

    const { data, error } = await storage.from('responses').remove(['a/b.pdf'])

    expect(error).toBeNull()
    expect(data).toEqual([{ name: 'a/b.pdf' }])
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('http://stack.test/storage/v1/object/responses')
    expect(init.method).toBe('DELETE')
    expect(JSON.parse(String(init.body))).toEqual({ prefixes: ['a/b.pdf'] })
  })

  it('is not a thenable and refuses getPublicUrl, which would have to answer at once', () => {
    const bucket = new StorageClient('http://stack.test/storage/v1', {}).from('responses')
    expect((bucket as unknown as { then?: unknown }).then).toBeUndefined()
    expect(() => bucket.getPublicUrl('x')).toThrow(/getPublicUrl/)
  })

  it('answers instanceof StorageApiError as storage-js does', () => {
    expect(new RealStorageApiError('denied', 403, '403')).toBeInstanceOf(StorageApiError)
    expect(new StorageError('other')).not.toBeInstanceOf(StorageApiError)
    expect(new Error('denied')).not.toBeInstanceOf(StorageApiError)
  })
})
