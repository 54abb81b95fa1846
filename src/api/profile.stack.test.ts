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
    const rest: ProfileInput = { ...INPUT }
    delete rest.nik
    expect(created).toMatchObject({ id: warga.id, ...rest, nik_masked: '6402••••••••0002' })
    expect(created).not.toHaveProperty('nik')
    const updated = await saveMyProfile(warga.id, { ...INPUT, occupation: 'Peneliti', phone: '081298765432' })
    expect(updated).toMatchObject({ occupation: 'Peneliti', phone: '081298765432', nik_masked: '6402••••••••0002' })
    await expect(getMyProfile(warga.id)).resolves.toMatchObject({ occupation: 'Peneliti', nik_masked: '6402••••••••0002' })
  })

  it('keeps the saved NIK when the input leaves it out, changes it when given, and never reads it back', async () => {
    const warga = await actor('profil-nik')
    actAs(warga)
    await saveMyProfile(warga.id, INPUT)
    const keep: ProfileInput = { ...INPUT }
    delete keep.nik
    await expect(saveMyProfile(warga.id, { ...keep, occupation: 'Guru' })).resolves.toMatchObject({ occupation: 'Guru', nik_masked: '6402••••••••0002' })
    expect(await sql('select nik from public.profiles where id = $1', [warga.id])).toEqual([{ nik: INPUT.nik }])
    await expect(saveMyProfile(warga.id, { ...keep, nik: '6402011505900003' })).resolves.toMatchObject({ nik_masked: '6402••••••••0003' })
    expect(await sql('select nik from public.profiles where id = $1', [warga.id])).toEqual([{ nik: '6402011505900003' }])
    const loaded = await getMyProfile(warga.id)
    expect(JSON.stringify(loaded)).not.toContain('6402011505900003')
  })

  it('saves a legal entity with its SK number and no NIK', async () => {
    const wakil = await actor('badan')
    actAs(wakil)
    const saved = await saveMyProfile(wakil.id, {
      ...INPUT, applicant_type: 'badan_hukum', full_name: 'Yayasan Uji', nik: null, sk_number: 'AHU-0012345.AH.01.04 Tahun 2024',
    })
    expect(saved).toMatchObject({ applicant_type: 'badan_hukum', nik_masked: null, sk_number: 'AHU-0012345.AH.01.04 Tahun 2024' })
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
