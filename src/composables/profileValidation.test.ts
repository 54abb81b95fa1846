import { describe, expect, it } from 'vitest'
import type { ProfileInput } from '@/api/profile'
import { nikIsValid, nikProblem, normalizePhone, profileProblems } from '@/composables/profileValidation'

const VALID: ProfileInput = {
  applicant_type: 'perorangan', full_name: 'Siti', nik: '6402011505900001', sk_number: null,
  address: 'Jl. Mawar 12', occupation: 'Guru', phone: '081234567890', email: null,
}

describe('nikIsValid (mirrors SQL nik_is_valid)', () => {
  it.each([
    ['6402011505900001', true],
    ['6402015505900001', true], // women: birth day + 40
    ['1101017112990001', true],
    ['640201150590001', false], // 15 digits
    ['64020115059000011', false], // 17 digits
    ['64020115059000O1', false], // a letter O
    ['1002011505900001', false], // province 10
    ['9502011505900001', false], // province 95
    ['6400011505900001', false], // regency 00
    ['6402001505900001', false], // district 00
    ['6402013205900001', false], // day 32
    ['6402013505900001', false], // day 35 (neither man nor woman)
    ['6402017205900001', false], // day 72
    ['6402011513900001', false], // month 13
    ['6402011500900001', false], // month 00
    ['6402011505900000', false], // serial 0000
  ])('%s → %s', (nik, valid) => {
    expect(nikIsValid(nik)).toBe(valid)
  })

  it('tells missing digits apart from an impossible structure', () => {
    expect(nikProblem('64020115', true)).toBe('nikDigits')
    expect(nikProblem('6402011513900001', true)).toBe('nikStructure')
    expect(nikProblem('', true)).toBe('required')
    expect(nikProblem('', false)).toBeUndefined()
  })
})

describe('profileProblems', () => {
  it('accepts a complete individual profile', () => {
    expect(profileProblems(VALID)).toEqual({})
  })

  it('accepts phone numbers starting 08 or +628 only', () => {
    expect(profileProblems({ ...VALID, phone: '+6281234567890' })).toEqual({})
    expect(profileProblems({ ...VALID, phone: '6281234567890' })).toEqual({ phone: 'phoneFormat' })
    expect(profileProblems({ ...VALID, phone: '0812345' })).toEqual({ phone: 'phoneFormat' })
    expect(normalizePhone('0812-3456 7890')).toBe('081234567890')
  })

  it('checks the NIK only when one is sent: left out, the saved one is kept', () => {
    const keep: ProfileInput = { ...VALID }
    delete keep.nik
    expect(profileProblems(keep)).toEqual({})
    expect(profileProblems({ ...keep, nik: null })).toEqual({ nik: 'required' })
    expect(profileProblems({ ...keep, nik: '6402011513900001' })).toEqual({ nik: 'nikStructure' })
  })

  it('asks a legal entity for its SK number instead of a NIK', () => {
    const entity = { ...VALID, applicant_type: 'badan_hukum' as const, nik: null }
    expect(profileProblems(entity)).toEqual({ sk_number: 'required' })
    expect(profileProblems({ ...entity, sk_number: 'AHU-1.AH.01' })).toEqual({})
  })

  it('refuses bidi overrides and zero-width characters in single-line fields, and empty required fields', () => {
    expect(profileProblems({ ...VALID, full_name: 'Siti\u202eRahma', occupation: 'Gu\u200bru', address: ' ' }))
      .toEqual({ full_name: 'notPlain', occupation: 'notPlain', address: 'required' })
  })
})
