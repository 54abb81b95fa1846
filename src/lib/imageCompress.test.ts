import { afterEach, describe, expect, it, vi } from 'vitest'
import { compressImage, fitWithin, JPEG_QUALITY, MAX_SIDE } from '@/lib/imageCompress'

describe('fitWithin', () => {
  it('scales the longest side down to 1600 px, keeping the aspect ratio', () => {
    expect(fitWithin(4000, 3000)).toEqual({ width: 1600, height: 1200 })
    expect(fitWithin(3000, 4000)).toEqual({ width: 1200, height: 1600 })
  })

  it('never enlarges a small image', () => {
    expect(fitWithin(800, 600)).toEqual({ width: 800, height: 600 })
  })
})

describe('compressImage', () => {
  afterEach(() => vi.unstubAllGlobals())

  function stubCanvas(resultSize: number) {
    const drawImage = vi.fn()
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({ drawImage } as never)
    const toBlob = vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation((done) =>
      done(new Blob([new Uint8Array(resultSize)], { type: 'image/jpeg' })))
    return { drawImage, toBlob }
  }

  it('re-encodes a phone photo upright as a JPEG at most 1600 px wide', async () => {
    const close = vi.fn()
    const createImageBitmap = vi.fn().mockResolvedValue({ width: 4032, height: 3024, close })
    vi.stubGlobal('createImageBitmap', createImageBitmap)
    const { drawImage, toBlob } = stubCanvas(300_000)
    const photo = new File([new Uint8Array(3_000_000)], 'ktp.jpg', { type: 'image/jpeg' })

    const out = await compressImage(photo)

    expect(createImageBitmap).toHaveBeenCalledWith(photo, { imageOrientation: 'from-image' })
    expect(drawImage).toHaveBeenCalledWith(expect.anything(), 0, 0, MAX_SIDE, 1200)
    expect(toBlob).toHaveBeenCalledWith(expect.any(Function), 'image/jpeg', JPEG_QUALITY)
    expect(out.type).toBe('image/jpeg')
    expect(out.size).toBe(300_000)
    expect(close).toHaveBeenCalled()
  })

  it('keeps the original when re-encoding would not make it smaller', async () => {
    vi.stubGlobal('createImageBitmap', vi.fn().mockResolvedValue({ width: 600, height: 400, close: vi.fn() }))
    stubCanvas(50_000)
    const small = new File([new Uint8Array(40_000)], 'ktp.png', { type: 'image/png' })
    expect(await compressImage(small)).toBe(small)
  })

  it('leaves PDFs, undecodable images and old browsers alone', async () => {
    const pdf = new File(['%PDF-1.7'], 'akta.pdf', { type: 'application/pdf' })
    const jpeg = new File([new Uint8Array(10)], 'ktp.jpg', { type: 'image/jpeg' })
    vi.stubGlobal('createImageBitmap', undefined)
    expect(await compressImage(jpeg)).toBe(jpeg)
    vi.stubGlobal('createImageBitmap', vi.fn().mockRejectedValue(new Error('decode')))
    expect(await compressImage(jpeg)).toBe(jpeg)
    expect(await compressImage(pdf)).toBe(pdf)
  })
})
