import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as registersApi from '@/api/registers'
import type { RequestRegisterRow } from '@/api/registers'
import { DbFailure } from '@/api/errors'
import { downloadBlob, downloadText } from '@/lib/csv'
import RegisterPage from '@/pages/reports/RegisterPage.vue'
import { mountPage } from '@/test/mountPage'

function unexpected(name: string) {
  return vi.fn(() => Promise.reject(new Error(`Unexpected call to ${name}(); mock it in the test.`)))
}

vi.mock('@/api/registers', async () => ({
  ...(await vi.importActual<typeof import('@/api/registers')>('@/api/registers')),
  listRequestRegister: unexpected('listRequestRegister'),
  listAllRequestRegister: unexpected('listAllRequestRegister'),
  listObjectionRegister: unexpected('listObjectionRegister'),
  listAllObjectionRegister: unexpected('listAllObjectionRegister'),
}))
vi.mock('@/api/report', async () => ({
  ...(await vi.importActual<typeof import('@/api/report')>('@/api/report')),
  getAgencyHeading: vi.fn(() => Promise.resolve({ name: 'Dinas Kominfo', short_name: 'Kominfo', parent_government: 'Pemkab', address: 'Tenggarong' })),
}))
vi.mock('@/lib/csv', async () => ({
  ...(await vi.importActual<typeof import('@/lib/csv')>('@/lib/csv')),
  downloadText: vi.fn(),
  downloadBlob: vi.fn(),
}))

const row = (n: number): RequestRegisterRow => ({
  id: `id-${n}`, registration_no: `PI-2024-${String(n).padStart(5, '0')}`, received_on: '2024-03-04', channel: 'web',
  applicant_name: `Pemohon ${n}`, applicant_address: 'Jl. Uji', applicant_contact: '081234567890', applicant_occupation: 'Guru',
  details: 'Rincian', purpose: 'Tujuan', information_status: null, holder_body: null, information_forms: [], obtain_methods: ['melihat'],
  decision_type: null, refusal_grounds: null, notice_sent_at: null, notice_letter_no: null, delivered_at: null, fee_total: 0,
  payment_method: null, status: 'submitted', on_time: null,
})
// Mounting the page with the real route table is slow on a shared 2-core machine.
vi.setConfig({ testTimeout: 20_000 })

const ROWS = Array.from({ length: 120 }, (_, i) => row(i + 1))
const RANGE = { from: '2024-01-01', to: '2024-12-31' }
const PATH = '/petugas/register?jenis=permohonan&dari=2024-01-01&sampai=2024-12-31'

beforeEach(() => {
  vi.mocked(registersApi.listRequestRegister).mockImplementation((_range, offset, limit) =>
    Promise.resolve({ rows: ROWS.slice(offset, offset + limit), total: ROWS.length }))
})
afterEach(() => {
  vi.clearAllMocks()
  document.body.innerHTML = ''
})

describe('RegisterPage', () => {
  it('shows one page of the period in a captioned table and pages on', async () => {
    const { wrapper } = await mountPage(RegisterPage, PATH)
    await flushPromises()
    expect(registersApi.listRequestRegister).toHaveBeenCalledWith(RANGE, 0, 50)
    expect(wrapper.get('caption').text()).toContain('Buku Register Permohonan Informasi Publik')
    expect(wrapper.findAll('tbody tr')).toHaveLength(50)
    expect(wrapper.get('tbody th[scope="row"]').text()).toBe('PI-2024-00001')
    expect(wrapper.findAll('thead th[scope="col"]')).toHaveLength(19)
    expect(wrapper.text()).toContain('Baris 1–50 dari 120')
    await wrapper.findAll('nav button').find((b) => b.text() === 'Berikutnya')!.trigger('click')
    await flushPromises()
    expect(registersApi.listRequestRegister).toHaveBeenLastCalledWith(RANGE, 50, 50)
    expect(wrapper.get('tbody th[scope="row"]').text()).toBe('PI-2024-00051')
  })

  it('exports every row of the period, not just the page on screen', async () => {
    vi.mocked(registersApi.listAllRequestRegister).mockResolvedValue(ROWS)
    const { wrapper } = await mountPage(RegisterPage, PATH)
    await flushPromises()
    await wrapper.findAll('button').find((b) => b.text() === 'Unduh CSV')!.trigger('click')
    await flushPromises()
    expect(registersApi.listAllRequestRegister).toHaveBeenCalledWith(RANGE)
    const [name, csv] = vi.mocked(downloadText).mock.calls[0]!
    expect(name).toBe('register-permohonan-2024-01-01-2024-12-31.csv')
    const lines = csv.split('\r\n').filter(Boolean)
    expect(lines).toHaveLength(121)
    expect(lines[0]).toMatch(/^\ufeffNo\. pendaftaran;Tanggal diterima;Saluran;Nama;/)
    expect(lines[120]).toMatch(/^PI-2024-00120;2024-03-04;Situs web;Pemohon 120;/)
    expect(wrapper.text()).toContain('CSV berisi 120 baris sudah diunduh.')
  })

  it('exports the same rows as an Excel workbook', async () => {
    vi.mocked(registersApi.listAllRequestRegister).mockResolvedValue(ROWS)
    const { wrapper } = await mountPage(RegisterPage, PATH)
    await flushPromises()
    await wrapper.findAll('button').find((b) => b.text() === 'Unduh XLSX')!.trigger('click')
    await vi.waitFor(() => expect(downloadBlob).toHaveBeenCalled(), { timeout: 10_000 })
    const [name, blob] = vi.mocked(downloadBlob).mock.calls[0]!
    expect(name).toBe('register-permohonan-2024-01-01-2024-12-31.xlsx')
    const { default: ExcelJS } = await import('exceljs')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(await blob.arrayBuffer())
    const sheet = book.worksheets[0]!
    expect(sheet.name).toBe('Register Permohonan')
    expect(sheet.rowCount).toBe(121)
    expect(sheet.getRow(1).getCell(1).value).toBe('No. pendaftaran')
    expect(sheet.getRow(121).getCell(1).value).toBe('PI-2024-00120')
    await flushPromises()
    expect(wrapper.text()).toContain('XLSX berisi 120 baris sudah diunduh.')
  })

  it('switches to the objection register and says why a refused load failed', async () => {
    vi.mocked(registersApi.listObjectionRegister).mockRejectedValue(new DbFailure('permission denied', 'unknown', '42501'))
    const { wrapper, router } = await mountPage(RegisterPage, PATH)
    await flushPromises()
    await wrapper.findAll('button').find((b) => b.text().includes('Register Keberatan'))!.trigger('click')
    await flushPromises()
    expect(registersApi.listObjectionRegister).toHaveBeenCalledWith(RANGE, 0, 50)
    expect(router.currentRoute.value.query.jenis).toBe('keberatan')
    expect(wrapper.text()).toContain('Akun Anda tidak berwenang membuka data ini.')
  })
})
