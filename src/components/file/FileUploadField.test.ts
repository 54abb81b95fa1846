import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { DbFailure } from '@/api/errors'
import * as files from '@/api/files'
import FileUploadField from '@/components/file/FileUploadField.vue'
import { i18n } from '@/i18n'

vi.mock('@/api/files', () => {
  const unexpected = (name: string) => vi.fn(() => Promise.reject(new Error(`Unexpected call to api/files ${name}()`)))
  return { uploadObject: unexpected('uploadObject'), removeObject: unexpected('removeObject'), resumableTarget: unexpected('resumableTarget') }
})

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46])

function mountField(props: Record<string, unknown> = {}) {
  i18n.global.locale.value = 'id'
  return mount(FileUploadField, {
    props: { id: 'ktp', label: 'Foto KTP', bucket: 'identity', folder: 'user-1', ...props },
    global: { plugins: [i18n] },
    attachTo: document.body,
  })
}

async function pick(wrapper: ReturnType<typeof mountField>, file: File) {
  const input = wrapper.get('input[type=file]')
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
  await input.trigger('change')
  await flushPromises()
}

describe('FileUploadField', () => {
  beforeEach(() => {
    vi.mocked(files.uploadObject).mockReset()
  })

  it('states the accepted types and size in words, tied to the input', () => {
    const wrapper = mountField()
    const input = wrapper.get('input')
    expect(wrapper.get('label').attributes('for')).toBe('ktp')
    expect(input.attributes('accept')).toBe('image/jpeg,image/png,application/pdf')
    expect(wrapper.get('#ktp-hint').text()).toBe('JPG, PNG, atau PDF; paling besar 5 MB.')
    expect(input.attributes('aria-describedby')).toBe('ktp-hint')
  })

  it('uploads a picked photo and hands the object to v-model', async () => {
    vi.mocked(files.uploadObject).mockResolvedValue()
    const wrapper = mountField()
    await pick(wrapper, new File([JPEG], 'KTP.jpg', { type: 'image/jpeg' }))

    const [object] = wrapper.emitted('update:modelValue')!.at(-1) as [{ path: string; originalName: string }]
    expect(object.path).toMatch(/^user-1\/[0-9a-f-]{36}\.jpg$/)
    expect(object.originalName).toBe('KTP.jpg')
    expect(wrapper.get('progress').attributes('value')).toBe('100')
    expect(wrapper.text()).toContain('KTP.jpg sudah terunggah.')
  })

  it('rejects a file whose content is not what its name says, before any upload', async () => {
    const wrapper = mountField()
    await pick(wrapper, new File(['<html><script>x</script>'], 'ktp.jpg', { type: 'image/jpeg' }))

    const error = wrapper.get('#ktp-error')
    expect(error.text()).toContain('Isi berkas tidak sesuai dengan jenisnya')
    expect(wrapper.get('input').attributes('aria-invalid')).toBe('true')
    expect(wrapper.get('input').attributes('aria-describedby')).toBe('ktp-error ktp-hint')
    expect(files.uploadObject).not.toHaveBeenCalled()
    expect(wrapper.find('button').exists()).toBe(false)
  })

  it('names the limit when a file is too large', async () => {
    const wrapper = mountField()
    const big = new Uint8Array(5 * 1024 * 1024 + 1)
    big.set(JPEG)
    await pick(wrapper, new File([big], 'ktp.jpg', { type: 'image/jpeg' }))
    expect(wrapper.get('#ktp-error').text()).toContain('Ukuran paling besar 5 MB')
    expect(files.uploadObject).not.toHaveBeenCalled()
  })

  it('offers "Coba lagi" after a dropped connection and resumes to the same key', async () => {
    vi.mocked(files.uploadObject).mockRejectedValueOnce(new DbFailure('Failed to fetch', 'network', '')).mockResolvedValueOnce()
    const wrapper = mountField()
    await pick(wrapper, new File([JPEG], 'ktp.jpg', { type: 'image/jpeg' }))
    expect(wrapper.get('#ktp-error').text()).toContain('Koneksi terputus')
    expect(wrapper.emitted('update:modelValue')).toBeUndefined()

    await wrapper.get('button').trigger('click')
    await flushPromises()
    const paths = vi.mocked(files.uploadObject).mock.calls.map((call) => call[1])
    expect(paths).toHaveLength(2)
    expect(paths[1]).toBe(paths[0])
    expect(wrapper.find('#ktp-error').exists()).toBe(false)
    expect(wrapper.emitted('update:modelValue')!.at(-1)![0]).toMatchObject({ path: paths[0] })
  })

  it('shows an error from the form (e.g. required) like its own', () => {
    const wrapper = mountField({ error: 'Unggah foto KTP Anda.' })
    expect(wrapper.get('#ktp-error').text()).toContain('Unggah foto KTP Anda.')
  })
})
