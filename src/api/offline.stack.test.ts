import { describe, expect, it, vi } from 'vitest'
import { registerOfflineRequest, type OfflineRequestInput } from '@/api/offline'
import { actAs } from '@/test/stackClient'

import { client, officers, sql } from '@/test/officerStack'

vi.mock('@/lib/supabase', async () => (await import('@/test/stackClient')).mockSupabaseModule())

const WALK_IN: OfflineRequestInput = {
  channel: 'langsung', received_at: new Date(Date.now() - 60_000).toISOString(), applicant_type: 'perorangan',
  applicant_name: 'Pak Darto', applicant_nik: '6402011505900002', applicant_address: 'Jl. Pahlawan No. 3, Tenggarong',
  applicant_occupation: 'Petani', applicant_phone: '081298765432', applicant_email: '',
  details: 'Data penerima bantuan bibit tahun 2026 di desa kami.', purpose: 'Memastikan kelompok tani kami terdaftar.',
  obtain_methods: ['salinan_hardcopy'], copy_methods: ['ambil_langsung'],
}

describe('registerOfflineRequest', () => {
  it('registers a walk-in with its channel, gives the number and a secret that works for the status check', async () => {
    const o = await officers()
    actAs(o.petugas)
    const receipt = await registerOfflineRequest(WALK_IN)
    expect(receipt.registration_no).toMatch(/^PI-\d{4}-\d{5}$/)
    expect(receipt.secret.length).toBeGreaterThanOrEqual(22)
    const [row] = await sql('select channel, registered_by, applicant_email, status from public.requests where id = $1', [receipt.id])
    expect(row).toEqual({ channel: 'langsung', registered_by: o.petugas.id, applicant_email: null, status: 'submitted' })
    const lookup = await client().rpc('lookup_request', { registration_no: receipt.registration_no, secret: receipt.secret })
    expect(lookup.data).toMatchObject({ found: true, status: 'submitted' })
  })

  it('refuses a received time in the future and a web channel, and an atasan altogether', async () => {
    const o = await officers()
    actAs(o.petugas)
    await expect(registerOfflineRequest({ ...WALK_IN, received_at: new Date(Date.now() + 3_600_000).toISOString() }))
      .rejects.toMatchObject({ reason: 'received_at_invalid' })
    await expect(registerOfflineRequest({ ...WALK_IN, channel: 'web' as never })).rejects.toMatchObject({ reason: 'channel_invalid' })
    await expect(registerOfflineRequest({ ...WALK_IN, applicant_nik: '123' })).rejects.toMatchObject({ reason: 'invalid_request' })
    actAs(o.atasan)
    await expect(registerOfflineRequest(WALK_IN)).rejects.toMatchObject({ reason: 'forbidden', code: 'PT403' })
  })
})
