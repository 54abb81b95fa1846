import { computed, ref, shallowRef } from 'vue'
import { compressImage } from '@/lib/imageCompress'
import {
  checkContent,
  checkSize,
  createUpload,
  UploadError,
  type UploadBucket,
  type UploadedObject,
  type UploadHandle,
  type UploadProblem,
} from '@/lib/upload'

export type UploadPhase = 'idle' | 'checking' | 'uploading' | 'done' | 'failed'

export interface FileUploadConfig {
  bucket: () => UploadBucket
  folder: () => string
  /** Re-encode JPEG/PNG photos (a KTP shot on a phone) before upload. */
  compress: () => boolean
  onUploaded: (object: UploadedObject) => void
}

/**
 * One file field's upload: check type and content, compress photos, upload with progress, and keep
 * the prepared upload so "Coba lagi" resumes it instead of starting over.
 */
export function useFileUpload(config: FileUploadConfig) {
  const phase = ref<UploadPhase>('idle')
  const problem = ref<UploadProblem | null>(null)
  const fileName = ref('')
  const sent = ref(0)
  const total = ref(0)
  const handle = shallowRef<UploadHandle>()
  const percent = computed(() => (total.value > 0 ? Math.round((sent.value / total.value) * 100) : 0))

  function fail(error: unknown) {
    problem.value = error instanceof UploadError ? error.reason : 'unknown'
    phase.value = 'failed'
  }

  async function run(): Promise<void> {
    if (!handle.value) return
    phase.value = 'uploading'
    problem.value = null
    try {
      const object = await handle.value.start()
      phase.value = 'done'
      config.onUploaded(object)
    } catch (error) {
      fail(error)
    }
  }

  async function pick(file: File): Promise<void> {
    if (phase.value === 'checking' || phase.value === 'uploading') return
    const previous = handle.value
    handle.value = undefined
    fileName.value = file.name
    phase.value = 'checking'
    problem.value = null
    sent.value = 0
    total.value = 0
    try {
      const bucket = config.bucket()
      let type = await checkContent(file, bucket)
      let body: Blob = file
      if (config.compress() && (type === 'image/jpeg' || type === 'image/png')) {
        body = await compressImage(file)
        if (body !== file) type = body.type
      }
      checkSize(body, bucket)
      total.value = body.size
      handle.value = createUpload(body, type, {
        bucket,
        folder: config.folder(),
        originalName: file.name,
        onProgress: (s, t) => {
          sent.value = s
          total.value = t
        },
      })
    } catch (error) {
      return fail(error)
    } finally {
      // An earlier, never-linked upload of this field is not needed any more.
      previous?.discard().catch(() => undefined)
    }
    await run()
  }

  async function cancel(): Promise<void> {
    await handle.value?.abort()
  }

  function clear(): void {
    handle.value?.discard().catch(() => undefined)
    handle.value = undefined
    phase.value = 'idle'
    problem.value = null
    fileName.value = ''
    sent.value = 0
    total.value = 0
  }

  const canRetry = computed(() => phase.value === 'failed' && handle.value !== undefined)

  return { phase, problem, fileName, sent, total, percent, canRetry, pick, retry: run, cancel, clear }
}
