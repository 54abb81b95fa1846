import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DbFailure } from '@/api/errors'
import type { Objection } from '@/api/objections'
import OfficerActionPanel from '@/components/officer/OfficerActionPanel.vue'
import OfficerObjectionForm from '@/components/officer/OfficerObjectionForm.vue'
import { fakeActions, fakeRequest, mountWith } from '@/test/officerFixtures'

let wrapper: VueWrapper | undefined
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
})

// Refused with a written notice on 2 November; the window runs to 15 December.
const NOTICED = fakeRequest({
  status: 'closed', decision_type: 'rejected_exempt', notice_sent_at: '2026-11-02T03:00:00Z', closed_at: '2026-11-02T03:00:00Z',
  objection_open_until: '2026-12-15',
})
const REGISTRATION = { groundOn: '2026-11-02', windowUntil: '2026-12-15', late: false }
const FILED = { id: 'o9', registration_no: 'KB-2026-00009', due_on: '2027-01-08', status: 'submitted' } as Objection

const dialog = () => wrapper!.get('dialog')
const submit = async () => {
  await wrapper!.get('#register-objection-case').element.closest('form')!.dispatchEvent(new Event('submit'))
  await flushPromises()
}
const confirm = async () => {
  await wrapper!.get('dialog [data-confirm]').trigger('click')
  await flushPromises()
}
async function fill() {
  await wrapper!.get('#register-objection-ground-d').setValue(true)
  await wrapper!.get('#register-objection-ground-a').setValue(true)
  await wrapper!.get('#register-objection-case').setValue('Informasi yang diminta adalah angka agregat, bukan data pribadi.')
}

describe('OfficerObjectionForm (register_objection)', () => {
  it('shows the window as the guard, confirms, registers for the applicant and reports the new number', async () => {
    const actions = fakeActions()
    vi.mocked(actions.registerObjection).mockResolvedValue(FILED)
    wrapper = await mountWith(OfficerObjectionForm, { request: NOTICED, registration: REGISTRATION, actions })
    expect(wrapper.text()).toContain('30 hari kerja sejak Senin, 2 November 2026, yaitu sampai Selasa, 15 Desember 2026')
    expect(wrapper.findAll('input[type="checkbox"]')).toHaveLength(7)
    expect(wrapper.find('#register-objection-late').exists()).toBe(false)
    await fill()
    await wrapper.get('#register-objection-proxy-name').setValue('Budi Santoso')
    await wrapper.get('#register-objection-proxy-address').setValue('Jl. Kenanga No. 3, Tenggarong')
    await submit()
    expect((dialog().element as HTMLDialogElement).open).toBe(true)
    expect(dialog().text()).toContain('Keberatan atas permohonan PI-2026-00042 dicatat atas nama Siti Rahmawati dengan alasan a, d')
    expect(actions.registerObjection).not.toHaveBeenCalled()
    await confirm()
    expect(actions.registerObjection).toHaveBeenCalledWith({
      grounds: ['a', 'd'], casePosition: 'Informasi yang diminta adalah angka agregat, bukan data pribadi.',
      proxyName: 'Budi Santoso', proxyAddress: 'Jl. Kenanga No. 3, Tenggarong', lateNote: '',
    })
    expect(wrapper.emitted('done')).toEqual([['Keberatan KB-2026-00009 dicatat. Atasan PPID menanggapi paling lambat Jumat, 8 Januari 2027.']])
  })

  it('needs a ground and the case position, tied to their fields, before anything is asked', async () => {
    const actions = fakeActions()
    wrapper = await mountWith(OfficerObjectionForm, { request: NOTICED, registration: REGISTRATION, actions })
    await wrapper.get('#register-objection-case').setValue('Pendek')
    await submit()
    expect((dialog().element as HTMLDialogElement).open).toBe(false)
    expect(wrapper.get('fieldset').attributes('aria-describedby')).toBe('register-objection-grounds-error')
    expect(wrapper.get('#register-objection-grounds-error').text()).toContain('Pilih paling sedikit satu alasan keberatan')
    expect(wrapper.get('#register-objection-case').attributes('aria-describedby')).toContain('register-objection-case-error')
    expect(wrapper.text()).toContain('Paling sedikit 10 karakter.')
  })

  it('after the window: says so and requires the late note', async () => {
    const actions = fakeActions()
    vi.mocked(actions.registerObjection).mockResolvedValue(FILED)
    wrapper = await mountWith(OfficerObjectionForm, { request: NOTICED, registration: { ...REGISTRATION, late: true }, actions })
    expect(wrapper.text()).toContain('Batas 30 hari kerja sudah lewat pada Selasa, 15 Desember 2026')
    await fill()
    await submit()
    expect(wrapper.get('#register-objection-late').attributes('aria-invalid')).toBe('true')
    expect(actions.registerObjection).not.toHaveBeenCalled()
    await wrapper.get('#register-objection-late').setValue('Surat tertahan di bagian umum.')
    await submit()
    expect(dialog().text()).toContain('dicatat sebagai terlambat')
    await confirm()
    expect(actions.registerObjection).toHaveBeenCalledWith(expect.objectContaining({ lateNote: 'Surat tertahan di bagian umum.' }))
  })

  it('the database\'s refusal is translated; a lost race goes to the page as a conflict', async () => {
    const actions = fakeActions()
    vi.mocked(actions.registerObjection).mockRejectedValueOnce(new DbFailure('x', 'late_note_required', 'P0001'))
    wrapper = await mountWith(OfficerObjectionForm, { request: NOTICED, registration: REGISTRATION, actions })
    await fill()
    await submit()
    await confirm()
    expect(wrapper.text()).toContain('isi catatan alasan keterlambatan')
    vi.mocked(actions.registerObjection).mockRejectedValueOnce(new DbFailure('x', 'conflict', 'PT409'))
    await submit()
    await confirm()
    expect(wrapper.emitted('conflict')).toHaveLength(1)
    expect(wrapper.emitted('done')).toBeUndefined()
  })

  it('the workspace offers it to petugas and PPID after the notice, not while an objection is open, not to the Atasan', async () => {
    const panel = (roles: string[], objections: { status: string }[] = []) => mountWith(OfficerActionPanel, {
      request: NOTICED, roles, today: '2026-11-26', actions: fakeActions(), units: [], staff: [], grounds: [], objections,
    })
    wrapper = await panel(['petugas'])
    expect(wrapper.find('#register-objection-case').exists()).toBe(true)
    expect(wrapper.text()).not.toContain('Tidak ada tindakan')
    wrapper.unmount()
    wrapper = await panel(['ppid'], [{ status: 'in_review' }])
    expect(wrapper.find('#register-objection-case').exists()).toBe(false)
    wrapper.unmount()
    wrapper = await panel(['atasan_ppid'])
    expect(wrapper.find('#register-objection-case').exists()).toBe(false)
  })
})
