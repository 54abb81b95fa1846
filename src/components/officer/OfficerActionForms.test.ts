import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DbFailure } from '@/api/errors'
import OfficerAcceptForm from '@/components/officer/OfficerAcceptForm.vue'
import OfficerActionPanel from '@/components/officer/OfficerActionPanel.vue'
import OfficerDecisionForm from '@/components/officer/OfficerDecisionForm.vue'
import OfficerDeliveryForm from '@/components/officer/OfficerDeliveryForm.vue'
import OfficerPaymentForm from '@/components/officer/OfficerPaymentForm.vue'
import OfficerUploadForm from '@/components/officer/OfficerUploadForm.vue'
import { fakeActions, fakeRequest, mountWith } from '@/test/officerFixtures'

let wrapper: VueWrapper | undefined
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
})

const GROUNDS = [
  { code: 'h', label: 'Mengungkap rahasia pribadi', legal_text: 'UU 14/2008 Pasal 17 huruf h' },
  { code: 'k', label: 'Dikecualikan oleh undang-undang lain', legal_text: 'Disebutkan pada alasan' },
]
const UNITS = [{ id: 7, code: 'ANG', name: 'Bidang Anggaran' }]
const dialog = () => wrapper!.get('dialog')
const dialogOpen = () => (dialog().element as HTMLDialogElement).open
const submit = async () => {
  await wrapper!.get('form').trigger('submit')
  await flushPromises()
}
const confirm = async () => {
  await wrapper!.get('dialog [data-confirm]').trigger('click')
  await flushPromises()
}
const liveText = () => wrapper!.findAll('[aria-live]').map((w) => w.text()).join(' ')

describe('every action confirms what it will do, then reports', () => {
  it('accept: the dialog names the request and its consequence; confirming calls the action with the unit', async () => {
    const actions = fakeActions()
    vi.mocked(actions.accept).mockResolvedValue({ id: 'x', status: 'in_process', updated_at: '' })
    wrapper = await mountWith(OfficerAcceptForm, { request: fakeRequest({ status: 'submitted' }), actions, units: UNITS })
    await wrapper.get('#accept-unit').setValue('7')
    await submit()
    expect(dialogOpen()).toBe(true)
    expect(dialog().text()).toContain('Konfirmasi: Verifikasi dan terima')
    expect(dialog().text()).toContain('Permohonan PI-2026-00042 berubah menjadi Diproses')
    expect(actions.accept).not.toHaveBeenCalled()
    await confirm()
    expect(actions.accept).toHaveBeenCalledWith(7)
    expect(wrapper.emitted('done')).toEqual([['Permohonan diterima dan kini berstatus Diproses.']])
    expect(dialogOpen()).toBe(false)
  })

  it('cancel closes the dialog without acting', async () => {
    const actions = fakeActions()
    wrapper = await mountWith(OfficerAcceptForm, { request: fakeRequest({ status: 'submitted' }), actions, units: UNITS })
    await submit()
    await wrapper.get('dialog button:not([data-confirm])').trigger('click')
    expect(dialogOpen()).toBe(false)
    expect(actions.accept).not.toHaveBeenCalled()
  })

  it('a conflict (PT409) goes to the page to reload; another failure is explained in place', async () => {
    const actions = fakeActions()
    vi.mocked(actions.accept).mockRejectedValueOnce(new DbFailure('sudah berstatus in_process', 'conflict', 'PT409'))
    wrapper = await mountWith(OfficerAcceptForm, { request: fakeRequest({ status: 'submitted' }), actions, units: UNITS })
    await submit()
    await confirm()
    expect(wrapper.emitted('conflict')).toHaveLength(1)
    expect(wrapper.emitted('done')).toBeUndefined()

    vi.mocked(actions.accept).mockRejectedValueOnce(new DbFailure('Anda tidak berwenang', 'forbidden', 'PT403'))
    await submit()
    await confirm()
    expect(liveText()).toContain('Peran Anda tidak berwenang melakukan tindakan ini.')
    expect(wrapper.emitted('conflict')).toHaveLength(1)
  })

  it('payment needs a method before it asks; delivery names the method in its confirmation', async () => {
    const actions = fakeActions()
    vi.mocked(actions.recordPayment).mockResolvedValue({ id: 'x', status: 'decided', updated_at: '' })
    wrapper = await mountWith(OfficerPaymentForm, { request: fakeRequest({ status: 'awaiting_payment', fee_total: 10000 }), actions })
    expect(wrapper.text()).toContain('Rp 10.000')
    await submit()
    expect(dialogOpen()).toBe(false)
    expect(wrapper.get('#payment-method').attributes('aria-invalid')).toBe('true')
    await wrapper.get('#payment-method').setValue('Transfer bank')
    await submit()
    await confirm()
    expect(actions.recordPayment).toHaveBeenCalledWith('Transfer bank')
    wrapper.unmount()

    vi.mocked(actions.deliver).mockResolvedValue({ id: 'x', status: 'delivered', updated_at: '' })
    wrapper = await mountWith(OfficerDeliveryForm, { request: fakeRequest({ status: 'decided' }), actions })
    await wrapper.get('#deliver-method').setValue('kurir')
    await submit()
    expect(dialog().text()).toContain('melalui Kurir hari ini')
    await confirm()
    expect(actions.deliver).toHaveBeenCalledWith('kurir', '')
  })

  it('upload refuses a type the responses bucket does not take, before asking', async () => {
    const actions = fakeActions()
    wrapper = await mountWith(OfficerUploadForm, { request: fakeRequest(), actions })
    await submit()
    expect(wrapper.text()).toContain('Pilih berkas terlebih dahulu.')
    const input = wrapper.get('#upload-file')
    Object.defineProperty(input.element, 'files', { value: [new File(['<script>'], 'x.html', { type: 'text/html' })] })
    await input.trigger('change')
    await submit()
    expect(wrapper.text()).toContain('Jenis berkas tidak diterima.')
    expect(dialogOpen()).toBe(false)
    expect(actions.upload).not.toHaveBeenCalled()
  })

  it('upload: a large answer shows its progress in the confirmation while it runs, then reports', async () => {
    const actions = fakeActions()
    let finish: (id: string) => void = () => undefined
    vi.mocked(actions.upload).mockImplementation((_file, _kind, onProgress) => {
      onProgress?.(3 * 1024 * 1024, 7 * 1024 * 1024)
      return new Promise<string>((resolve) => (finish = resolve))
    })
    wrapper = await mountWith(OfficerUploadForm, { request: fakeRequest(), actions })
    const input = wrapper.get('#upload-file')
    const big = new File([new Uint8Array(16)], 'Lampiran.zip', { type: 'application/zip' })
    Object.defineProperty(input.element, 'files', { value: [big] })
    await input.trigger('change')
    await submit()
    await wrapper.get('dialog [data-confirm]').trigger('click')
    await flushPromises()
    expect(actions.upload).toHaveBeenCalledWith(big, 'response', expect.any(Function))
    expect(dialog().get('[role="status"]').text()).toBe('Mengunggah… 40%')
    finish('file-1')
    await flushPromises()
    expect(wrapper.emitted('done')).toEqual([['Berkas diunggah dan dilampirkan.']])
    expect(dialog().get('[role="status"]').text()).toBe('')
  })
})

describe('legal guards', () => {
  const panel = (patch: Parameters<typeof fakeRequest>[0], roles: string[], today = '2026-11-26') =>
    mountWith(OfficerActionPanel, {
      request: fakeRequest(patch), roles, today, actions: fakeActions(), units: UNITS, staff: [], grounds: GROUNDS, objections: [],
    })

  it('the extension: offered to the PPID before the deadline, explained (no form) when late or used', async () => {
    wrapper = await panel({}, ['ppid'])
    expect(wrapper.find('#extend-text').exists()).toBe(true)
    wrapper.unmount()
    wrapper = await panel({}, ['ppid'], '2026-12-05')
    expect(wrapper.find('#extend-text').exists()).toBe(false)
    expect(wrapper.text()).toContain('Batas 10 hari kerja sudah lewat pada Jumat, 4 Desember 2026')
    wrapper.unmount()
    wrapper = await panel({ extended_at: '2026-11-25T01:00:00Z' }, ['ppid'])
    expect(wrapper.text()).toContain('perpanjangan hanya boleh sekali')
    wrapper.unmount()
    wrapper = await panel({}, ['petugas'])
    expect(wrapper.text()).not.toContain('Perpanjang 7 hari kerja')
    expect(wrapper.text()).not.toContain('Putuskan (pemberitahuan tertulis)')
  })

  it('completion needs a written reason of 10 characters, tied to the field', async () => {
    wrapper = await panel({}, ['petugas'])
    const form = wrapper.get('#completion-text').element.closest('form')!
    await wrapper.get('#completion-text').setValue('KTP')
    form.dispatchEvent(new Event('submit'))
    await flushPromises()
    expect(wrapper.get('#completion-text').attributes('aria-describedby')).toContain('completion-text-error')
    expect(wrapper.get('#completion-text-error').text()).toContain('Paling sedikit 10 karakter.')
  })

  it('closing an incomplete request waits for the completion window', async () => {
    wrapper = await panel({ status: 'needs_completion', completion_due_on: '2026-11-30' }, ['petugas'])
    expect(wrapper.text()).toContain('Batas kelengkapan baru lewat setelah Senin, 30 November 2026')
  })

  it('a refusal needs Pasal 17 grounds and a complete consequence test; then it is sent with both', async () => {
    const actions = fakeActions()
    vi.mocked(actions.decide).mockResolvedValue({ id: 'x', status: 'closed', updated_at: '' })
    wrapper = await mountWith(OfficerDecisionForm, { request: fakeRequest(), actions, grounds: GROUNDS })
    await wrapper.get('#decide-type').setValue('rejected_exempt')
    await submit()
    expect(dialogOpen()).toBe(false)
    expect(wrapper.text()).toContain('Pilih paling sedikit satu dasar pengecualian.')
    expect(wrapper.get('#decide-test-harm_analysis').attributes('aria-invalid')).toBe('true')

    await wrapper.get('#decide-ground-h').setValue(true)
    const test = { document: 'Laporan pemeriksaan', exempt_items: 'Nama saksi', legal_basis: 'Pasal 17 huruf h',
      harm_analysis: 'Membahayakan keselamatan saksi.', public_interest: 'Bagian lain tetap dibuka untuk publik.',
      result: 'Dikecualikan', signed_by: 'PPID Kukar' }
    for (const [field, value] of Object.entries(test)) await wrapper.get(`#decide-test-${field}`).setValue(value)
    await submit()
    expect(dialog().text()).toContain('Ditolak (informasi dikecualikan) dan langsung ditutup')
    await confirm()
    expect(actions.decide).toHaveBeenCalledWith(expect.objectContaining({
      decision: 'rejected_exempt', exemptionCodes: ['h'], consequenceTest: expect.objectContaining(test),
    }))
  })

  it('not held and forwarded needs the holding body; a grant with fees says it will await payment', async () => {
    const actions = fakeActions()
    vi.mocked(actions.decide).mockResolvedValue({ id: 'x', status: 'awaiting_payment', updated_at: '' })
    wrapper = await mountWith(OfficerDecisionForm, { request: fakeRequest(), actions, grounds: GROUNDS })
    await wrapper.get('#decide-type').setValue('not_held_forwarded')
    await submit()
    expect(wrapper.get('#decide-holder').attributes('aria-invalid')).toBe('true')
    await wrapper.get('#decide-type').setValue('granted_full')
    await wrapper.get('.officer-fee__add').trigger('click')
    await wrapper.get('#decide-fee-item-0').setValue('Fotokopi')
    await wrapper.get('#decide-fee-qty-0').setValue('20')
    await wrapper.get('#decide-fee-price-0').setValue('500')
    await submit()
    expect(dialog().text()).toContain('Dengan biaya Rp 10.000, permohonan menunggu pembayaran')
    await confirm()
    expect(actions.decide).toHaveBeenCalledWith(expect.objectContaining({
      decision: 'granted_full', fees: [{ item: 'Fotokopi', quantity: 20, unit_price: 500 }],
    }))
    expect(vi.mocked(actions.decide).mock.calls[0]![0]).not.toHaveProperty('exemptionCodes')
  })
})
