import { describe, expect, it } from 'vitest'
import { nikIsValid, stepProblems, textProblem, type DraftFields } from './requestValidation'
import { emptyFields } from './useRequestDraft'

const filled = (patch: Partial<DraftFields> = {}): DraftFields => ({
  ...emptyFields(),
  details: 'Daftar penerima beasiswa 2026 per kecamatan.',
  purpose: 'Bahan penelitian tentang pemerataan beasiswa.',
  obtainMethods: ['salinan_softcopy'],
  copyMethods: ['email'],
  declaration: true,
  ...patch,
})
const none = { proxyNik: '', hasPowerOfAttorney: false }

describe('textProblem', () => {
  it('asks for required text, minimum and maximum length (counting characters, not UTF-16 units)', () => {
    expect(textProblem('   ', { min: 10, max: 20 })).toEqual({ key: 'required' })
    expect(textProblem('pendek', { min: 10, max: 20 })).toEqual({ key: 'tooShort', params: { min: 10 } })
    expect(textProblem('x'.repeat(21), { min: 10, max: 20 })).toEqual({ key: 'tooLong', params: { max: 20 } })
    expect(textProblem('😀'.repeat(20), { min: 10, max: 20 })).toBeUndefined()
    expect(textProblem('', { min: 0, max: 20 })).toBeUndefined()
  })

  it('refuses bidi overrides and control characters as the database does, keeps newlines in long text', () => {
    expect(textProblem('Nama \u202e terbalik', { min: 2, max: 50 }, true)).toEqual({ key: 'invalidCharacters' })
    expect(textProblem('Nama\u200bsisipan', { min: 2, max: 50 }, true)).toEqual({ key: 'invalidCharacters' })
    expect(textProblem('baris satu\nbaris dua', { min: 2, max: 50 })).toBeUndefined()
    expect(textProblem('baris satu\nbaris dua', { min: 2, max: 50 }, true)).toEqual({ key: 'invalidCharacters' })
    expect(textProblem("<script>alert('x')</script>", { min: 2, max: 50 })).toBeUndefined()
  })
})

describe('nikIsValid', () => {
  it.each([
    ['6402011505900001', true],
    ['6402015505900001', true], // women: day + 40
    ['640201150590000', false], // 15 digits
    ['64020115059000011', false], // 17 digits
    ['64020115059000A1', false],
    ['1002011505900001', false], // province 10
    ['6402013505900001', false], // day 35
    ['6402011513900001', false], // month 13
    ['6402011505900000', false], // serial 0000
  ])('%s → %s', (nik, valid) => expect(nikIsValid(nik)).toBe(valid))
})

describe('stepProblems', () => {
  it('details: both texts required with their minimum length', () => {
    expect(stepProblems('details', emptyFields(), none)).toEqual({ details: { key: 'required' }, purpose: { key: 'required' } })
    expect(stepProblems('details', filled(), none)).toEqual({})
  })

  it('delivery: at least one way to obtain; a copy method only when a copy is asked for', () => {
    expect(stepProblems('delivery', filled({ obtainMethods: [] }), none)).toEqual({ obtainMethods: { key: 'obtainRequired' } })
    expect(stepProblems('delivery', filled({ copyMethods: [] }), none)).toEqual({ copyMethods: { key: 'copyRequired' } })
    expect(stepProblems('delivery', filled({ obtainMethods: ['membaca'], copyMethods: [] }), none)).toEqual({})
  })

  it('proxy: name and power of attorney required, NIK optional but checked, nothing when filing oneself', () => {
    expect(stepProblems('proxy', filled(), none)).toEqual({})
    expect(stepProblems('proxy', filled({ viaProxy: true }), { proxyNik: '123', hasPowerOfAttorney: false })).toEqual({
      proxyName: { key: 'required' }, proxyNik: { key: 'nikInvalid' }, powerOfAttorney: { key: 'powerOfAttorneyRequired' },
    })
    expect(stepProblems('proxy', filled({ viaProxy: true, proxyName: 'Budi Santoso' }), { proxyNik: '', hasPowerOfAttorney: true })).toEqual({})
  })

  it('review: the declaration must be ticked', () => {
    expect(stepProblems('review', filled({ declaration: false }), none)).toEqual({ declaration: { key: 'declarationRequired' } })
  })
})
