/**
 * What production builds use in place of @supabase/storage-js (the `ppid:lazy-storage` plugin in
 * vite.config.ts): the real storage client loads on the first storage call instead of with
 * supabase-js, about 7 KiB gzip less before every signed-in page. supabase-js builds a new client on
 * every `supabase.storage` read and uses nothing else of the package.
 *
 * `storage.from(bucket)` offers the file API (upload, download, remove, createSignedUrl, list, …); every
 * method returns a promise, as all of them but getPublicUrl do (public buckets do not exist here).
 * The bucket-management methods (listBuckets, createBucket, …) are for the service role, not the app.
 */
import type { StorageClient as RealStorageClient } from '@supabase/storage-js'

type StorageModule = typeof import('@supabase/storage-js')
type BucketApi = ReturnType<RealStorageClient['from']>

let loading: Promise<StorageModule> | undefined

function load(): Promise<StorageModule> {
  // The plugin leaves this file's own import of the package alone, so this is the real one, split off.
  loading ??= import('@supabase/storage-js').catch((error: unknown) => {
    loading = undefined // a chunk that failed on a flaky connection is retried on the next call
    throw error
  })
  return loading
}

export class StorageClient {
  readonly #args: ConstructorParameters<typeof RealStorageClient>

  constructor(...args: ConstructorParameters<typeof RealStorageClient>) {
    this.#args = args
  }

  from(bucket: string): BucketApi {
    return new Proxy({} as BucketApi, {
      get: (_target, method) => {
        // Not a thenable, so `await storage.from(...)` does not call into the real client.
        if (method === 'then' || typeof method === 'symbol') return undefined
        if (method === 'getPublicUrl') throw new Error('getPublicUrl is not offered by the lazy storage client (no public buckets).')
        return async (...params: unknown[]) => {
          const { StorageClient: Real } = await load()
          const api = new Real(...this.#args).from(bucket) as unknown as Record<string, (...args: unknown[]) => unknown>
          if (typeof api[method] !== 'function') throw new TypeError(`storage.from(bucket).${method} is not a function`)
          return api[method](...params)
        }
      },
    })
  }
}

/**
 * supabase-js re-exports this class; the errors themselves come from the real package, so `instanceof`
 * asks what storage-js's own classes answer: a storage error named as an API error.
 */
export class StorageApiError extends Error {
  static override [Symbol.hasInstance](value: unknown): boolean {
    return (
      typeof value === 'object' &&
      value !== null &&
      '__isStorageError' in value &&
      ['StorageApiError', 'StorageVectorsApiError'].includes((value as { name?: unknown }).name as string)
    )
  }
}
