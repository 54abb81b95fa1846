import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as api from '@/api/letters'
import { DbFailure } from '@/api/errors'
import LetterPanel from '@/components/letters/LetterPanel.vue'
import { i18n } from '@/i18n'
import { letterData } from '@/letters/testData'

vi.mock('@/api/letters', () => {
  const unexpected = (name: string) => vi.fn(() => Promise.reject(new Error(`Unexpected call to api/letters ${name}(); mock it in the test.`)))
  return {
    loadLetterContext: unexpected('loadLetterContext'),
    listLetters: unexpected('listLetters'),
    storeLetter: unexpected('storeLetter'),
    downloadLetter: unexpected('downloadLetter'),
  }
})

let wrapper: VueWrapper | undefined
afterEach(() => wrapper?.unmount())

const base = letterData()
const objection = {
  id: 'obj-1', registration_no: 'KB-2026-00003', received_on: '2026-04-20', grounds: ['a' as const], case_position: 'Kasus posisi.',
  status: 'rejected' as const, response: 'Tanggapan.', reasons: 'Alasan.', responded_at: '2026-05-04T03:00:00Z', atasan_name: null, atasan_position: null,
}

beforeEach(() => {
  vi.resetAllMocks()
  i18n.global.locale.value = 'id'
  vi.mocked(api.loadLetterContext).mockResolvedValue({
    agency: base.agency, request: { ...base.request, details: '<script>alert(1)</script> <b>tebal</b>' }, fees: [],
    consequenceTest: base.consequenceTest, grounds: base.grounds, objections: [objection],
  })
  vi.mocked(api.listLetters).mockResolvedValue([])
})

async function open(objectionId?: string, extra: { version?: string; allowedTypes?: 'objection_decision'[] } = {}) {
  wrapper = mount(LetterPanel, { props: { requestId: base.request.id, objectionId, ...extra }, global: { plugins: [i18n] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

const choices = () => wrapper!.findAll('input[name="letter-type"]').map((i) => (i.element as HTMLInputElement).value)

describe('LetterPanel', () => {
  it('offers the letters the request fits; the objection decision only with an objection', async () => {
    await open()
    expect(choices()).toEqual(['receipt', 'extension', 'notice', 'refusal'])
    wrapper!.unmount()
    await open('obj-1')
    expect(choices()).toContain('objection_decision')
  })

  it('previews the letter with the citizen\'s markup as plain text', async () => {
    await open()
    await wrapper!.get('input[value="notice"]').setValue(true)
    expect((wrapper!.get('#letter-no').element as HTMLInputElement).value).toBe(base.request.notice_letter_no)
    const preview = wrapper!.get('.letter-preview')
    expect(preview.text()).toContain('SURAT PEMBERITAHUAN TERTULIS')
    expect(preview.text()).toContain('<script>alert(1)</script> <b>tebal</b>')
    expect(preview.find('script').exists()).toBe(false)
    expect(preview.find('b').exists()).toBe(false)
  })

  it('requires a letter number before generating', async () => {
    await open()
    await wrapper!.get('input[value="receipt"]').setValue(true)
    await wrapper!.get('#letter-no').setValue('  ')
    await wrapper!.get('form').trigger('submit')
    await flushPromises()
    expect(api.storeLetter).not.toHaveBeenCalled()
    expect(wrapper!.get('#letter-no').attributes('aria-describedby')).toContain('letter-no-error')
    expect(wrapper!.get('#letter-no-error').text()).toContain('Nomor surat wajib diisi')
  })

  it('generates the PDF, stores it with its hash and lists it', async () => {
    vi.mocked(api.storeLetter).mockImplementation(async (l) => ({
      id: 'l1', letter_type: l.type, letter_no: l.letterNo, letter_date: l.letterDate, sha256: l.sha256, objection_id: null,
      created_at: '2026-04-07T02:00:00Z', file: { object_name: `${l.requestId}/letters/x.pdf` },
    }))
    await open()
    await wrapper!.get('input[value="refusal"]').setValue(true)
    await wrapper!.get('#letter-no').setValue('489/9/2026')
    await wrapper!.get('form').trigger('submit')
    // The first generation loads jsPDF, which takes a moment.
    await vi.waitFor(() => expect(api.storeLetter).toHaveBeenCalledTimes(1), { timeout: 8000 })
    const stored = vi.mocked(api.storeLetter).mock.calls[0]![0]
    expect(stored).toMatchObject({ requestId: base.request.id, type: 'refusal', letterNo: '489/9/2026', objectionId: null })
    expect(new TextDecoder().decode(stored.pdf.slice(0, 5))).toBe('%PDF-')
    expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/)
    await flushPromises()
    expect(wrapper!.text()).toContain('Surat 489/9/2026 dilampirkan')
    expect(wrapper!.get('.letter-issued').text()).toContain('Surat keputusan penolakan · 489/9/2026')
  })

  it('says why the database refused the letter', async () => {
    vi.mocked(api.storeLetter).mockRejectedValue(new DbFailure('x', 'letter_not_applicable', 'P0001'))
    await open()
    await wrapper!.get('#letter-no').setValue('1/2026')
    await wrapper!.get('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper!.get('[aria-live]').text()).toContain('Jenis surat ini belum berlaku'), { timeout: 8000 })
  })

  it('reloads when the request changes (a workspace action), offering the letters the new state fits', async () => {
    const fresh = { ...base.request, decision_type: null, extended_at: null }
    vi.mocked(api.loadLetterContext).mockResolvedValueOnce({
      agency: base.agency, request: fresh, fees: [], consequenceTest: null, grounds: base.grounds, objections: [],
    })
    await open(undefined, { version: '2026-04-01T02:00:00Z' })
    expect(choices()).toEqual(['receipt'])
    // The PPID extended the request: the page reloads it and passes its new updated_at.
    vi.mocked(api.loadLetterContext).mockResolvedValueOnce({
      agency: base.agency, request: { ...fresh, extended_at: '2026-04-02T02:00:00Z' }, fees: [], consequenceTest: null,
      grounds: base.grounds, objections: [],
    })
    await wrapper!.setProps({ version: '2026-04-02T02:00:00Z' })
    await flushPromises()
    expect(api.loadLetterContext).toHaveBeenCalledTimes(2)
    expect(api.listLetters).toHaveBeenCalledTimes(2)
    expect(choices()).toEqual(['receipt', 'extension'])
  })

  it('offers the Atasan PPID only the objection decision, and nothing before the objection is decided', async () => {
    await open('obj-1', { allowedTypes: ['objection_decision'] })
    expect(choices()).toEqual(['objection_decision'])
    expect(wrapper!.get('.letter-preview').text()).toContain('TANGGAPAN ATASAN PPID ATAS KEBERATAN')
    wrapper!.unmount()
    vi.mocked(api.loadLetterContext).mockResolvedValueOnce({
      agency: base.agency, request: base.request, fees: [], consequenceTest: null, grounds: base.grounds,
      objections: [{ ...objection, status: 'in_review', response: null, reasons: null, responded_at: null }],
    })
    await open('obj-1', { allowedTypes: ['objection_decision'] })
    expect(wrapper!.find('form').exists()).toBe(false)
    expect(wrapper!.text()).toContain(i18n.global.t('admin.letters.noneYetObjection'))
  })
})
