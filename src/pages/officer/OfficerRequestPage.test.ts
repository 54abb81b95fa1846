import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DbFailure } from '@/api/errors'
import * as objections from '@/api/objectionDecisions'
import * as actions from '@/api/requestActions'
import * as workspace from '@/api/requestWorkspace'
import * as staff from '@/api/staff'
import OfficerRequestPage from '@/pages/officer/OfficerRequestPage.vue'
import { useSessionStore } from '@/stores/session'
import { fakeRequest } from '@/test/officerFixtures'
import { mountPage } from '@/test/mountPage'

vi.mock('@/api/requestWorkspace', async () => (await import('@/test/officerFixtures')).loudApi('@/api/requestWorkspace'))
vi.mock('@/api/requestActions', async () => (await import('@/test/officerFixtures')).loudApi('@/api/requestActions'))
vi.mock('@/api/staff', async () => (await import('@/test/officerFixtures')).loudApi('@/api/staff'))
vi.mock('@/api/objectionDecisions', async () => (await import('@/test/officerFixtures')).loudApi('@/api/objectionDecisions'))
vi.mock('@/api/auth', async () => (await import('@/test/mockAuthApi')).mockAuthApi())
vi.mock('@/api/roles', async () => (await import('@/test/mockRolesApi')).mockRolesApi())

const REQUEST = fakeRequest({ status: 'submitted', assignee_id: 'u-ppid' })
let wrapper: VueWrapper | undefined

beforeEach(() => {
  vi.mocked(workspace.getWorkspaceRequest).mockResolvedValue(REQUEST)
  vi.mocked(workspace.listRequestEvents).mockResolvedValue([
    { id: 1, at: '2026-11-20T02:00:00Z', actor_id: null, actor_role: 'pemohon', kind: 'submitted', from_status: null, to_status: 'submitted', visibility: 'public', body: null, data: {} },
    { id: 2, at: '2026-11-21T02:00:00Z', actor_id: 'u-ppid', actor_role: 'ppid', kind: 'note', from_status: null, to_status: null, visibility: 'internal', body: '<b>Cek ke Bidang Anggaran</b>', data: {} },
  ])
  vi.mocked(workspace.listRequestFiles).mockResolvedValue([{
    id: 'f1', bucket_id: 'identity', object_name: 'u/ktp.jpg', kind: 'identity', original_name: 'ktp.jpg', mime_type: 'image/jpeg',
    size_bytes: 2048, check_status: 'verified', detected_type: 'image/jpeg', created_at: '2026-11-19T02:00:00Z', request_id: null, profile_id: 'u',
  }])
  vi.mocked(workspace.listRequestFees).mockResolvedValue([])
  vi.mocked(workspace.listExemptionGrounds).mockResolvedValue([])
  vi.mocked(objections.listRequestObjections).mockResolvedValue([])
  vi.mocked(staff.listActiveStaff).mockResolvedValue([{ user_id: 'u-ppid', display_name: 'Rina PPID', email: 'rina@x.id', roles: ['ppid'] }])
  vi.mocked(staff.listActiveUnits).mockResolvedValue([])
})
afterEach(() => {
  wrapper?.unmount()
  vi.clearAllMocks()
})

async function open() {
  const mounted = await mountPage(OfficerRequestPage, `/petugas/permohonan/${REQUEST.id}`)
  wrapper = mounted.wrapper
  useSessionStore().roles = ['petugas']
  await flushPromises()
  return mounted
}

describe('OfficerRequestPage', () => {
  it('shows the request with the NIK masked, the clock in words, and the internal note marked as internal and inert', async () => {
    await open()
    expect(wrapper!.get('h1').text()).toBe('Permohonan PI-2026-00042')
    expect(wrapper!.get('[data-nik]').text()).toBe('6402••••••••0003 (disamarkan)')
    expect(wrapper!.text()).toContain('6 hari kerja lagi')
    const internal = wrapper!.get('.officer-timeline__item--internal')
    expect(internal.text()).toContain('Catatan internal – hanya petugas')
    expect(internal.text()).toContain('Rina PPID (PPID)')
    expect(internal.text()).toContain('<b>Cek ke Bidang Anggaran</b>')
    expect(internal.find('b').exists()).toBe(false)
    expect(wrapper!.get('.officer-timeline__item--public').text()).toContain('Terlihat oleh pemohon')
    expect(wrapper!.text()).toContain('Pemeriksaan isi: Terverifikasi')
  })

  it('reveals the NIK only on request, through the audited call', async () => {
    vi.mocked(workspace.revealApplicantNik).mockResolvedValue({ applicant_nik: '6402055508920003', proxy_nik: null })
    await open()
    expect(workspace.revealApplicantNik).not.toHaveBeenCalled()
    await wrapper!.get('.officer-applicant__reveal').trigger('click')
    await flushPromises()
    expect(workspace.revealApplicantNik).toHaveBeenCalledWith(REQUEST.id)
    expect(wrapper!.get('[data-nik]').text()).toBe('6402055508920003')
    expect(wrapper!.text()).toContain('pembukaannya telah dicatat')
    await wrapper!.get('.officer-applicant__reveal').trigger('click')
    expect(wrapper!.get('[data-nik]').text()).toContain('disamarkan')
  })

  it('downloads a document through a signed link, never an inline view', async () => {
    vi.mocked(workspace.fileDownloadUrl).mockResolvedValue('https://example.test/signed?download=ktp.jpg')
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
    await open()
    await wrapper!.get('.officer-files button').trigger('click')
    await flushPromises()
    expect(workspace.fileDownloadUrl).toHaveBeenCalledWith(expect.objectContaining({ bucket_id: 'identity', object_name: 'u/ktp.jpg' }))
    expect(click).toHaveBeenCalledOnce()
    expect(wrapper!.find('img').exists()).toBe(false)
    click.mockRestore()
  })

  it('after an action it reloads and reports; on a conflict it reloads and says another officer acted first', async () => {
    vi.mocked(actions.acceptRequest).mockRejectedValueOnce(new DbFailure('sudah berstatus in_process', 'conflict', 'PT409'))
    await open()
    const form = wrapper!.get('#accept-unit').element.closest('form')!
    form.dispatchEvent(new Event('submit'))
    await flushPromises()
    vi.mocked(workspace.getWorkspaceRequest).mockResolvedValue({ ...REQUEST, status: 'in_process' })
    await wrapper!.get('#accept-title').element.parentElement!.querySelector<HTMLButtonElement>('dialog [data-confirm]')!.click()
    await flushPromises()
    expect(actions.acceptRequest).toHaveBeenCalledWith(REQUEST.id, 'submitted', null)
    expect(workspace.getWorkspaceRequest).toHaveBeenCalledTimes(2)
    expect(wrapper!.get('#workspace-status').text()).toContain('Petugas lain sudah mengubah data ini lebih dulu')
    expect(wrapper!.text()).toContain('Diproses')
    expect(wrapper!.find('#accept-unit').exists()).toBe(false)
  })

  it('Escape outside a field goes back to the queue; inside a field it does not', async () => {
    const { router } = await open()
    const push = vi.spyOn(router, 'push')
    wrapper!.get('#completion-text').element.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))
    await flushPromises()
    expect(push).not.toHaveBeenCalled()
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))
    expect(push).toHaveBeenCalledWith({ name: 'officer-queue' })
    expect(router.resolve({ name: 'officer-queue' }).path).toBe('/petugas/antrian')
  })

  it('says so when the request does not exist', async () => {
    vi.mocked(workspace.getWorkspaceRequest).mockResolvedValue(null)
    await open()
    expect(wrapper!.text()).toContain('Permohonan tidak ditemukan')
  })
})
