import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import * as objectionsApi from '@/api/objections'
import type { Objection } from '@/api/objections'
import * as requestsApi from '@/api/requests'
import type { MyRequest } from '@/api/requests'
import RequestDetailPage from '@/pages/citizen/RequestDetailPage.vue'
import { useSessionStore } from '@/stores/session'
import { fakeSession } from '@/test/fixtures'
import { mountPage } from '@/test/mountPage'

const { unexpected } = vi.hoisted(() => ({
  unexpected: (module: string, name: string) =>
    vi.fn(() => Promise.reject(new Error(`Unexpected call to api/${module} ${name}(); mock it in the test.`))),
}))

vi.mock('@/api/auth', async () => (await import('@/test/mockAuthApi')).mockAuthApi())
vi.mock('@/api/roles', async () => (await import('@/test/mockRolesApi')).mockRolesApi())
vi.mock('@/api/notifications', () => ({ markAllRead: vi.fn(() => Promise.resolve()), countUnread: vi.fn(() => Promise.resolve(0)) }))
vi.mock('@/api/requestEvents', async () => ({
  ...(await vi.importActual<object>('@/api/requestEvents')),
  listPublicTimeline: vi.fn(() => Promise.resolve([])),
  sendMessage: unexpected('requestEvents', 'sendMessage'),
}))
vi.mock('@/api/survey', () => ({ getMySurvey: unexpected('survey', 'getMySurvey'), submitSurvey: unexpected('survey', 'submitSurvey') }))
vi.mock('@/api/objections', async () => ({
  ...(await vi.importActual<object>('@/api/objections')),
  listObjectionsForRequest: unexpected('objections', 'listObjectionsForRequest'),
  submitObjection: unexpected('objections', 'submitObjection'),
}))
vi.mock('@/api/requests', async () => ({
  ...(await vi.importActual<object>('@/api/requests')),
  getRequest: unexpected('requests', 'getRequest'),
  listRequestDocuments: vi.fn(() => Promise.resolve([])),
  holidaysBetween: vi.fn(() => Promise.resolve([])),
  addWorkingDays: unexpected('requests', 'addWorkingDays'),
}))

const ID = '10000000-0000-4000-8000-000000000007'
/** Granted in full with the notice sent: an objection is open to the citizen, with no ground suggested. */
const DECIDED = {
  id: ID, registration_no: 'PI-2026-00034', status: 'decided', decision_type: 'granted_full', details: 'Rekap anggaran jalan.',
  received_on: '2026-11-27', due_notice_on: '2026-12-11', due_final_on: null, deadline_provisional: false, next_deadline: null,
  working_days_left: null, is_overdue: false, created_at: '2026-11-26T18:00:00Z', purpose: 'Kajian kebijakan.',
  obtain_methods: ['salinan_softcopy'], copy_methods: ['email'], accessibility_needs: [], accessibility_note: null, proxy_name: null,
  received_at: '2026-11-26T18:00:00Z', extended_at: null, extension_reason: null, completion_reason: null, completion_due_on: null,
  information_status: null, exemption_codes: [], exemption_other: null, holder_body: null, decision_note: null,
  notice_letter_no: null, notice_sent_at: '2026-11-26T19:00:00Z', delivery_due_on: null, fee_total: 0, paid_at: null,
  delivery_method: null, delivered_at: null, receipt_confirmed_at: null, closed_at: null, withdrawn_at: null,
  withdraw_reason: null, objection_open_until: '2027-01-13', reopened_by_objection: null,
} as unknown as MyRequest
const FILED = {
  id: '30000000-0000-4000-8000-000000000009', registration_no: 'KB-2026-00004', request_id: ID, applicant_id: fakeSession().user.id,
  registered_by: null, grounds: ['d'], case_position: 'Rekap tidak memuat rincian per kecamatan seperti yang diminta.',
  proxy_name: null, proxy_address: null, ground_on: '2026-11-27', window_until: '2027-01-13', filed_late: false, late_note: null,
  received_at: '2026-11-26T19:10:00Z', received_on: '2026-11-27', due_on: '2027-01-13', status: 'submitted', response: null,
  reasons: null, responded_at: null, responder_id: null, atasan_name: null, atasan_position: null, applicant_reaction: null,
  reaction_at: null, withdrawn_at: null, created_at: '2026-11-26T19:10:00Z', updated_at: '2026-11-26T19:10:00Z',
} as unknown as Objection

let wrapper: VueWrapper | undefined
afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  vi.clearAllMocks()
})

describe('RequestDetailPage', () => {
  it('opens the objection once it is filed, although the reload has removed the form', async () => {
    vi.mocked(requestsApi.getRequest).mockResolvedValue(DECIDED)
    // Before filing: none; after: the new one is open, so the offer (and the form with it) disappears.
    vi.mocked(objectionsApi.listObjectionsForRequest).mockResolvedValueOnce([]).mockResolvedValue([FILED])
    vi.mocked(objectionsApi.submitObjection).mockResolvedValue(FILED)
    const mounted = await mountPage(RequestDetailPage, `/permohonan/${ID}`)
    wrapper = mounted.wrapper
    useSessionStore().session = fakeSession()
    await flushPromises()

    await wrapper.get('#objection-grounds-d').setValue(true)
    await wrapper.get('#objection-case').setValue('Rekap tidak memuat rincian per kecamatan seperti yang diminta.')
    await wrapper.get('#objection-case').element.closest('form')!.dispatchEvent(new Event('submit'))
    await flushPromises()

    expect(objectionsApi.submitObjection).toHaveBeenCalledWith(expect.objectContaining({ requestId: ID, grounds: ['d'] }))
    expect(wrapper.find('#objection-case').exists()).toBe(false)
    // The objection page is a lazy route: its chunk loads before the navigation ends.
    await vi.waitFor(() => expect(mounted.router.currentRoute.value.name).toBe('citizen-objection'), { timeout: 5000 })
    expect(mounted.router.currentRoute.value.params.id).toBe(FILED.id)
  })
})
