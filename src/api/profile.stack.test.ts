import { describe, expect, it, vi } from 'vitest'
import { getMyProfile, saveMyProfile, type ProfileInput } from '@/api/profile'
import { actAs } from '@/test/stackClient'
import { actor, client, sql } from '../../supabase/tests/helpers'

vi.mock('@/lib/supabase', async () => (await import('@/test/stackClient')).mockSupabaseModule())

const INPUT: ProfileInput = {
  applicant_type: 'perorangan', full_name: 'Siti Uji', nik: '6402014107950002', sk_number: null,
  address: 'Jl. Mawar No. 12, Tenggarong', occupation: 'Mahasiswa', phone: '+6281234567890', email: 'siti@example.test',
}

describe('profile api (against the stack)', () => {
  it('has no profile before the first save, then creates and updates it', async () => {
    const warga = await actor('profil')
    actAs(warga)
    await expect(getMyProfile(warga.id)).resolves.toBeNull()

    const created = await saveMyProfile(warga.id, INPUT)
    expect(created).toMatchObject({ id: warga.id, ...INPUT })
    const updated = await saveMyProfile(warga.id, { ...INPUT, occupation: 'Peneliti', phone: '081298765432' })
    expect(updated).toMatchObject({ occupation: 'Peneliti', phone: '081298765432', nik: INPUT.nik })
    await expect(getMyProfile(warga.id)).resolves.toMatchObject({ occupation: 'Peneliti' })
  })

  it('saves a legal entity with its SK number and no NIK', async () => {
    const wakil = await actor('badan')
    actAs(wakil)
    const saved = await saveMyProfile(wakil.id, {
      ...INPUT, applicant_type: 'badan_hukum', full_name: 'Yayasan Uji', nik: null, sk_number: 'AHU-0012345.AH.01.04 Tahun 2024',
    })
    expect(saved).toMatchObject({ applicant_type: 'badan_hukum', nik: null, sk_number: 'AHU-0012345.AH.01.04 Tahun 2024' })
  })

  it('reports what the table refuses as invalid_profile and stores nothing', async () => {
    const warga = await actor('profil-salah')
    actAs(warga)
    await expect(saveMyProfile(warga.id, { ...INPUT, nik: '6402011399950002' })).rejects.toMatchObject({ reason: 'invalid_profile' })
    await expect(saveMyProfile(warga.id, { ...INPUT, phone: '12345' })).rejects.toMatchObject({ reason: 'invalid_profile' })
    await expect(saveMyProfile(warga.id, { ...INPUT, applicant_type: 'badan_hukum', sk_number: null }))
      .rejects.toMatchObject({ reason: 'invalid_profile' })
    expect(await sql('select 1 from public.profiles where id = $1', [warga.id])).toEqual([])
  })

  it('never reads or writes another citizen\'s profile', async () => {
    const a = await actor('pemilik')
    const b = await actor('tetangga')
    actAs(a)
    await saveMyProfile(a.id, INPUT)
    actAs(b)
    await expect(getMyProfile(a.id)).resolves.toBeNull()
    await expect(saveMyProfile(a.id, { ...INPUT, full_name: 'Diubah B' })).rejects.toMatchObject({ code: '42501' })
    const [row] = await sql<{ full_name: string }>('select full_name from public.profiles where id = $1', [a.id])
    expect(row?.full_name).toBe('Siti Uji')
  })

  it('tells an expired session (the call goes out as anon) apart from other failures', async () => {
    const warga = await actor('kedaluwarsa')
    actAs(client())
    await expect(saveMyProfile(warga.id, INPUT)).rejects.toMatchObject({ reason: 'not_signed_in' })
  })
})
