import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as letters from '@/api/letters'
import * as objections from '@/api/objectionDecisions'
import * as actions from '@/api/requestActions'
import * as workspace from '@/api/requestWorkspace'
import * as staff from '@/api/staff'
import { letterData } from '@/letters/testData'
import OfficerRequestPage from '@/pages/officer/OfficerRequestPage.vue'
import { useSessionStore } from '@/stores/session'
import { fakeRequest } from '@/test/officerFixtures'
import { mountPage } from '@/test/mountPage'

vi.mock('@/api/requestWorkspace', async () => (await import('@/test/officerFixtures')).loudApi('@/api/requestWorkspace'))
vi.mock('@/api/requestActions', async () => (await import('@/test/officerFixtures')).loudApi('@/api/requestActions'))
vi.mock('@/api/staff', async () => (await import('@/test/officerFixtures')).loudApi('@/api/staff'))
vi.mock('@/api/objectionDecisions', async () => (await import('@/test/officerFixtures')).loudApi('@/api/objectionDecisions'))
vi.mock('@/api/letters', async () => (await import('@/test/officerFixtures')).loudApi('@/api/letters'))
vi.mock('@/api/auth', async () => (await import('@/test/mockAuthApi')).mockAuthApi())
vi.mock('@/api/roles', async () => (await import('@/test/mockRolesApi')).mockRolesApi())

const REQUEST = fakeRequest({ status: 'in_process', updated_at: '2026-11-20T02:00:00Z' })
const base = letterData()
const context = (extended: boolean) => ({
  agency: base.agency, request: { ...base.request, decision_type: null, extended_at: extended ? '2026-11-21T02:00:00Z' : null },
  fees: [], consequenceTest: null, grounds: [], objections: [],
})
let wrapper: VueWrapper | undefined

beforeEach(() => {
  vi.mocked(workspace.getWorkspaceRequest).mockResolvedValue(REQUEST)
  vi.mocked(workspace.listRequestEvents).mockResolvedValue([])
  vi.mocked(workspace.listRequestFiles).mockResolvedValue([])
  vi.mocked(workspace.listRequestFees).mockResolvedValue([])
  vi.mocked(workspace.listExemptionGrounds).mockResolvedValue([])
  vi.mocked(objections.listRequestObjections).mockResolvedValue([])
  vi.mocked(staff.listActiveStaff).mockResolvedValue([])
  vi.mocked(staff.listActiveUnits).mockResolvedValue([])
  vi.mocked(letters.listLetters).mockResolvedValue([])
  vi.mocked(letters.loadLetterContext).mockResolvedValue(context(false))
})
afterEach(() => {
  wrapper?.unmount()
  vi.clearAllMocks()
})

const choices = () => wrapper!.findAll('input[name="letter-type"]').map((i) => (i.element as HTMLInputElement).value)

describe('OfficerRequestPage letters', () => {
  it('reloads the letter panel after a workspace action, so it offers the letter the new state allows', async () => {
    wrapper = (await mountPage(OfficerRequestPage, `/petugas/permohonan/${REQUEST.id}`)).wrapper
    useSessionStore().roles = ['ppid']
    await flushPromises()
    await vi.waitFor(() => expect(choices()).toEqual(['receipt']), { timeout: 8000 })

    vi.mocked(actions.extendRequest).mockResolvedValue(undefined as never)
    vi.mocked(workspace.getWorkspaceRequest).mockResolvedValue({
      ...REQUEST, status: 'extended', extended_at: '2026-11-21T02:00:00Z', updated_at: '2026-11-21T02:00:00Z',
    })
    vi.mocked(letters.loadLetterContext).mockResolvedValue(context(true))
    await wrapper.get('#extend-text').setValue('Dokumen masih dihimpun dari tiga bidang.')
    wrapper.get('#extend-text').element.closest('form')!.dispatchEvent(new Event('submit'))
    await flushPromises()
    wrapper.get('#extend-title').element.parentElement!.querySelector<HTMLButtonElement>('dialog [data-confirm]')!.click()
    await flushPromises()

    expect(actions.extendRequest).toHaveBeenCalledWith(REQUEST.id, 'in_process', 'Dokumen masih dihimpun dari tiga bidang.')
    await vi.waitFor(() => expect(choices()).toEqual(['receipt', 'extension']), { timeout: 8000 })
    expect(letters.loadLetterContext).toHaveBeenCalledTimes(2)
  })
})
