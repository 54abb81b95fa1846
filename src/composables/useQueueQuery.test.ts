import { describe, expect, it } from 'vitest'
import { DEFAULT_QUERY, parseQueueQuery, toUrlQuery } from '@/composables/useQueueQuery'

describe('queue view ↔ URL query', () => {
  it('the default view is the bare URL', () => {
    expect(toUrlQuery(DEFAULT_QUERY)).toEqual({})
    expect(parseQueueQuery({})).toEqual(DEFAULT_QUERY)
  })

  it('round-trips every filter, the sort and the page', () => {
    const view = {
      ...DEFAULT_QUERY, statuses: ['in_process', 'submitted'] as const, channel: 'surat' as const, unitId: 7,
      assignee: '0b9a9c43-4f7e-4a53-9d7c-2f9a3c1e5d11', due: 'overdue' as const, receivedFrom: '2026-01-01',
      receivedTo: '2026-03-31', search: 'dana desa', openObjection: true, sort: 'received' as const, descending: true,
      limit: 50, offset: 100,
    }
    const url = toUrlQuery({ ...view, statuses: [...view.statuses] })
    expect(url).toEqual({
      q: 'dana desa', status: 'submitted,in_process', saluran: 'surat', unit: '7', petugas: view.assignee, tenggat: 'lewat',
      dari: '2026-01-01', sampai: '2026-03-31', keberatan: '1', urut: 'diterima', arah: 'turun', per: '50', hal: '3',
    })
    expect(parseQueueQuery(url as Record<string, string>)).toEqual({ ...view, statuses: ['submitted', 'in_process'] })
  })

  it('writes unassigned as kosong and reads it back', () => {
    expect(toUrlQuery({ ...DEFAULT_QUERY, assignee: 'unassigned' })).toEqual({ petugas: 'kosong' })
    expect(parseQueueQuery({ petugas: 'kosong' }).assignee).toBe('unassigned')
  })

  it('ignores what it does not know instead of failing', () => {
    const parsed = parseQueueQuery({
      status: 'submitted,bogus', saluran: 'fax', unit: '-3', petugas: "x' or 1=1", tenggat: 'kemarin',
      dari: '2026-13', urut: 'nama', per: '1000', hal: 'abc', keberatan: 'ya',
    })
    expect(parsed).toEqual({ ...DEFAULT_QUERY, statuses: ['submitted'] })
  })
})
