import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DbFailure } from '@/api/errors'
import * as letters from '@/api/letters'
import * as objections from '@/api/objectionDecisions'
import type { Objection } from '@/api/objectionDecisions'
import * as workspace from '@/api/requestWorkspace'
import { letterData } from '@/letters/testData'
import OfficerObjectionPage from '@/pages/officer/OfficerObjectionPage.vue'
import OfficerObjectionsPage from '@/pages/officer/OfficerObjectionsPage.vue'
import { useSessionStore } from '@/stores/session'
import { fakeRequest } from '@/test/officerFixtures'
import { mountPage } from '@/test/mountPage'

vi.mock('@/api/objectionDecisions', async () => (await import('@/test/officerFixtures')).loudApi('@/api/objectionDecisions'))
vi.mock('@/api/requestWorkspace', async () => (await import('@/test/officerFixtures')).loudApi('@/api/requestWorkspace'))
vi.mock('@/api/letters', async () => (await import('@/test/officerFixtures')).loudApi('@/api/letters'))
vi.mock('@/api/auth', async () => (await import('@/test/mockAuthApi')).mockAuthApi())
vi.mock('@/api/roles', async () => (await import('@/test/mockRolesApi')).mockRolesApi())

const OBJECTION: Objection = {
  id: 'o1', registration_no: 'KB-2026-00005', request_id: fakeRequest().id, grounds: ['a', 'd'],
  case_position: 'Informasi itu angka agregat.', proxy_name: null, proxy_address: null, ground_on: '2026-11-10',
  window_until: '2026-12-22', filed_late: false, late_note: null, received_at: '2026-11-12T02:00:00Z', received_on: '2026-11-12',
  due_on: '2026-12-24', status: 'in_review', response: null, reasons: null, responded_at: null, atasan_name: null,
  atasan_position: null, applicant_reaction: null, reaction_at: null, withdrawn_at: null, updated_at: '2026-11-12T02:00:00Z',
  objection_working_days_left: 2,
}
let wrapper: VueWrapper | undefined

beforeEach(() => {
  vi.mocked(objections.getObjection).mockResolvedValue(OBJECTION)
  vi.mocked(objections.listDisputes).mockResolvedValue([])
  vi.mocked(workspace.getWorkspaceRequest).mockResolvedValue(fakeRequest({ status: 'closed', decision_type: 'rejected_exempt' }))
  vi.mocked(letters.listLetters).mockResolvedValue([])
  vi.mocked(letters.loadLetterContext).mockResolvedValue(letterContext('in_review'))
})
const base = letterData()
function letterContext(status: Objection['status']) {
  const { id, registration_no, received_on, grounds, case_position, response, reasons, responded_at, atasan_name, atasan_position } = OBJECTION
  return { agency: base.agency, request: base.request, fees: [], consequenceTest: base.consequenceTest, grounds: base.grounds,
    objections: [{ id, registration_no, received_on, grounds, case_position, status, response, reasons, responded_at, atasan_name, atasan_position }] }
}
const letterChoices = () => wrapper!.findAll('input[name="letter-type"]').map((i) => (i.element as HTMLInputElement).value)
afterEach(() => {
  wrapper?.unmount()
  vi.clearAllMocks()
})

async function open(roles: ('atasan_ppid' | 'petugas')[] = ['atasan_ppid']) {
  const mounted = await mountPage(OfficerObjectionPage, '/petugas/keberatan/o1')
  wrapper = mounted.wrapper
  useSessionStore().roles = roles
  await flushPromises()
}
const submit = async () => {
  await wrapper!.get('#objection-response').element.closest('form')!.dispatchEvent(new Event('submit'))
  await flushPromises()
}
const confirm = async () => {
  wrapper!.get('#objection-decide-title').element.parentElement!.querySelector<HTMLButtonElement>('dialog [data-confirm]')!.click()
  await flushPromises()
}

describe('OfficerObjectionPage', () => {
  it('shows the objection with its request, grounds and the clock turning amber in words', async () => {
    await open()
    expect(wrapper!.get('h1').text()).toBe('Keberatan KB-2026-00005')
    expect(wrapper!.text()).toContain('Buka permohonan PI-2026-00042')
    expect(wrapper!.text()).toContain('a. Permohonan ditolak dengan alasan pengecualian (Pasal 17)')
    expect(wrapper!.get('.officer-clock').classes()).toContain('officer-clock--soon')
    expect(wrapper!.get('.officer-clock').text()).toContain('Segera')
  })

  it('musyawarah is not offered for ground a; a rejection needs written reasons', async () => {
    await open()
    expect(wrapper!.get('#objection-outcome-settled_musyawarah').attributes('disabled')).toBeDefined()
    expect(wrapper!.text()).toContain('memuat alasan a')
    await wrapper!.get('#objection-response').setValue('Tanggapan tertulis atasan PPID.')
    await submit()
    expect(objections.decideObjection).not.toHaveBeenCalled()
    expect(wrapper!.get('#objection-reasons').attributes('aria-invalid')).toBe('true')
  })

  it('upholding confirms that the request reopens, then decides and reloads', async () => {
    vi.mocked(objections.decideObjection).mockResolvedValue({ ...OBJECTION, status: 'upheld' })
    await open()
    await wrapper!.get('#objection-outcome-upheld').setValue(true)
    await wrapper!.get('#objection-response').setValue('Keberatan diterima; PPID memproses ulang.')
    await submit()
    expect(wrapper!.get('#objection-decide-title').element.parentElement!.querySelector('dialog')!.textContent)
      .toContain('Permohonan PI-2026-00042 dibuka kembali')
    vi.mocked(objections.getObjection).mockResolvedValue({ ...OBJECTION, status: 'upheld', response: 'Keberatan diterima; PPID memproses ulang.', responded_at: '2026-11-26T02:00:00Z', objection_working_days_left: null })
    await confirm()
    expect(objections.decideObjection).toHaveBeenCalledWith('o1', 'in_review', 'upheld', 'Keberatan diterima; PPID memproses ulang.', undefined)
    expect(wrapper!.text()).toContain('Putusan keberatan disimpan.')
    expect(wrapper!.find('#objection-response').exists()).toBe(false)
  })

  it('after deciding, the Atasan is offered the decision letter (and only that one) from this page', async () => {
    vi.mocked(objections.decideObjection).mockResolvedValue({ ...OBJECTION, status: 'rejected' })
    await open()
    await vi.waitFor(() => expect(letters.loadLetterContext).toHaveBeenCalledTimes(1), { timeout: 8000 })
    await flushPromises()
    expect(letterChoices()).toEqual([])
    await wrapper!.get('#objection-response').setValue('Tanggapan tertulis atasan PPID.')
    await wrapper!.get('#objection-reasons').setValue('Uji konsekuensi sudah tepat.')
    await submit()
    vi.mocked(objections.getObjection).mockResolvedValue({ ...OBJECTION, status: 'rejected', response: 'Tanggapan tertulis atasan PPID.',
      responded_at: '2026-11-26T02:00:00Z', updated_at: '2026-11-26T02:00:00Z', objection_working_days_left: null })
    vi.mocked(letters.loadLetterContext).mockResolvedValue(letterContext('rejected'))
    await confirm()
    await vi.waitFor(() => expect(letterChoices()).toEqual(['objection_decision']), { timeout: 8000 })
    expect(wrapper!.get('.letter-preview').text()).toContain('KB-2026-00005')
  })

  it('a petugas on the same page keeps every letter the request fits', async () => {
    vi.mocked(objections.getObjection).mockResolvedValue({ ...OBJECTION, status: 'rejected', objection_working_days_left: null })
    vi.mocked(letters.loadLetterContext).mockResolvedValue(letterContext('rejected'))
    await open(['petugas'])
    await vi.waitFor(() => expect(letterChoices()).toEqual(['receipt', 'extension', 'notice', 'refusal', 'objection_decision']), { timeout: 8000 })
  })

  it('a conflict reloads and says another officer acted first', async () => {
    vi.mocked(objections.decideObjection).mockRejectedValue(new DbFailure('sudah berstatus rejected', 'conflict', 'PT409'))
    await open()
    await wrapper!.get('#objection-response').setValue('Tanggapan tertulis atasan PPID.')
    await wrapper!.get('#objection-reasons').setValue('Uji konsekuensi sudah tepat.')
    await submit()
    await confirm()
    expect(objections.getObjection).toHaveBeenCalledTimes(2)
    expect(wrapper!.text()).toContain('Petugas lain sudah mengubah data ini lebih dulu')
  })

  it('a petugas does not get the decision form, and may record a dispute once the objection is answered', async () => {
    vi.mocked(objections.getObjection).mockResolvedValue({ ...OBJECTION, status: 'rejected', responded_at: '2026-11-20T02:00:00Z', objection_working_days_left: null })
    vi.mocked(objections.recordDispute).mockResolvedValue({} as never)
    await open(['petugas'])
    expect(wrapper!.find('#objection-response').exists()).toBe(false)
    await wrapper!.get('#dispute-register').setValue('0007/REG-PSI/XI/2026')
    await wrapper!.get('#dispute-register').element.closest('form')!.dispatchEvent(new Event('submit'))
    await flushPromises()
    wrapper!.get('#dispute-record-title').element.parentElement!.querySelector<HTMLButtonElement>('dialog [data-confirm]')!.click()
    await flushPromises()
    expect(objections.recordDispute).toHaveBeenCalledWith('o1', expect.objectContaining({ registerNo: '0007/REG-PSI/XI/2026' }))
  })
})

describe('OfficerObjectionsPage', () => {
  it('lists open objections with request, grounds and clock; "all" asks again', async () => {
    vi.mocked(objections.listObjections).mockResolvedValue([{
      id: 'o1', registration_no: 'KB-2026-00005', request_id: 'r', grounds: ['a', 'd'], status: 'in_review', received_on: '2026-11-12',
      due_on: '2026-12-24', filed_late: false, objection_working_days_left: -1, request: { registration_no: 'PI-2026-00042', applicant_name: 'Siti' },
    }])
    const mounted = await mountPage(OfficerObjectionsPage, '/petugas/keberatan')
    wrapper = mounted.wrapper
    await flushPromises()
    expect(objections.listObjections).toHaveBeenCalledWith('open')
    const row = wrapper.get('tbody tr')
    expect(row.text()).toContain('KB-2026-00005')
    expect(row.text()).toContain('PI-2026-00042')
    expect(row.text()).toContain('Terlambat 1 hari kerja')
    await wrapper.get('#objections-scope-all').setValue(true)
    await flushPromises()
    expect(objections.listObjections).toHaveBeenLastCalledWith('all')
  })
})
