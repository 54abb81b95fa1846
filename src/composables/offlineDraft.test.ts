import { describe, expect, it } from 'vitest'
import { checkOfflineDraft, emptyOfflineDraft, toOfflineInput, type OfflineDraft } from './offlineDraft'

const NOW = new Date('2026-11-26T03:00:00Z') // 11.00 WITA
const filled = (patch: Partial<OfflineDraft> = {}): OfflineDraft => ({
  ...emptyOfflineDraft(NOW), name: 'Pak Darto', address: 'Jl. Pahlawan 3', occupation: 'Petani',
  details: 'Data bantuan bibit 2026.', purpose: 'Memastikan kelompok terdaftar.', obtain: ['membaca'], ...patch,
})

describe('offline draft', () => {
  it('starts at the agency wall time now and reads it back as that instant', () => {
    expect(emptyOfflineDraft(NOW).receivedAt).toBe('2026-11-26T11:00')
    expect(toOfflineInput(filled()).received_at).toBe('2026-11-26T03:00:00.000Z')
  })

  it('accepts a complete walk-in and leaves empty optional fields out', () => {
    expect(checkOfflineDraft(filled(), NOW)).toEqual({})
    const input = toOfflineInput(filled({ nik: '', phone: ' ', unitId: '' }))
    expect(input).not.toHaveProperty('applicant_nik')
    expect(input).not.toHaveProperty('applicant_phone')
    expect(input).not.toHaveProperty('target_unit_id')
  })

  it('flags a future time, a malformed NIK, phone or email, missing methods and a copy without a way', () => {
    const errors = checkOfflineDraft(filled({
      receivedAt: '2026-11-26T12:00', nik: '12345', phone: '12345', email: 'x@', obtain: ['salinan_softcopy'], copy: [],
    }), NOW)
    expect(Object.keys(errors).sort()).toEqual(['copy', 'email', 'nik', 'phone', 'receivedAt'])
    expect(checkOfflineDraft(filled({ obtain: [] }), NOW).obtain?.key).toBe('officer.offline.invalid.obtain')
  })

  it('asks a legal entity for its SK number and sends it instead of a NIK', () => {
    expect(checkOfflineDraft(filled({ applicantType: 'badan_hukum', nik: '6402011505900002' }), NOW).sk?.key).toBe('officer.offline.invalid.sk')
    const input = toOfflineInput(filled({ applicantType: 'badan_hukum', sk: 'AHU-1.AH.01', nik: '6402011505900002' }))
    expect(input).toMatchObject({ applicant_sk_number: 'AHU-1.AH.01' })
    expect(input).not.toHaveProperty('applicant_nik')
  })
})
