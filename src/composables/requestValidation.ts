import type { CopyMethod, ObtainMethod } from '@/api/requests'

/** A validation problem: the message key under citizen.validation and its parameters. */
export interface Problem {
  key: string
  params?: Record<string, number>
}

// The same characters the database refuses (public.is_plain_text / is_plain_line).
/* eslint-disable no-control-regex -- matching control characters is the point */
const CONTROL_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/
const CONTROL_LINE = /[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/
/* eslint-enable no-control-regex */

export const LIMITS = {
  details: { min: 10, max: 5000 },
  purpose: { min: 10, max: 2000 },
  proxyName: { min: 2, max: 150 },
  proxyAddress: { min: 5, max: 500 },
  accessibilityNote: { min: 0, max: 500 },
  casePosition: { min: 10, max: 5000 },
  comment: { min: 0, max: 1000 },
  message: { min: 1, max: 5000 },
} as const

export function textProblem(value: string, limits: { min: number; max: number }, singleLine = false): Problem | undefined {
  const text = value.trim()
  if (limits.min > 0 && !text) return { key: 'required' }
  if ([...text].length < limits.min) return { key: 'tooShort', params: { min: limits.min } }
  if ([...text].length > limits.max) return { key: 'tooLong', params: { max: limits.max } }
  if ((singleLine ? CONTROL_LINE : CONTROL_TEXT).test(value)) return { key: 'invalidCharacters' }
  return undefined
}

/** The structure of a NIK, as public.nik_is_valid checks it (never whether it belongs to the person). */
export function nikIsValid(nik: string): boolean {
  if (!/^[0-9]{16}$/.test(nik)) return false
  const part = (from: number) => Number(nik.slice(from, from + 2))
  const day = part(6)
  return (
    part(0) >= 11 && part(0) <= 94 && part(2) >= 1 && part(4) >= 1 &&
    ((day >= 1 && day <= 31) || (day >= 41 && day <= 71)) &&
    part(8) >= 1 && part(8) <= 12 && nik.slice(12) !== '0000'
  )
}

export const COPY_OBTAIN: readonly ObtainMethod[] = ['salinan_softcopy', 'salinan_hardcopy']

export function wantsCopy(obtain: readonly ObtainMethod[]): boolean {
  return obtain.some((m) => COPY_OBTAIN.includes(m))
}

export interface DraftFields {
  details: string
  purpose: string
  targetUnitId: number | null
  obtainMethods: ObtainMethod[]
  copyMethods: CopyMethod[]
  viaProxy: boolean
  proxyName: string
  proxyAddress: string
  accessibilityNeeds: string[]
  accessibilityNote: string
  declaration: boolean
}

export type DraftField = keyof DraftFields | 'proxyNik' | 'powerOfAttorney'
export type Problems = Partial<Record<DraftField, Problem>>

export const STEPS = ['details', 'delivery', 'proxy', 'access', 'review'] as const
export type Step = (typeof STEPS)[number]

/** The problems of one step of the request form, in the order the fields appear. */
export function stepProblems(
  step: Step,
  draft: DraftFields,
  extra: { proxyNik: string; hasPowerOfAttorney: boolean },
): Problems {
  const problems: Problems = {}
  const add = (field: DraftField, problem: Problem | undefined) => {
    if (problem) problems[field] = problem
  }
  if (step === 'details') {
    add('details', textProblem(draft.details, LIMITS.details))
    add('purpose', textProblem(draft.purpose, LIMITS.purpose))
  } else if (step === 'delivery') {
    if (draft.obtainMethods.length === 0) add('obtainMethods', { key: 'obtainRequired' })
    if (wantsCopy(draft.obtainMethods) && draft.copyMethods.length === 0) add('copyMethods', { key: 'copyRequired' })
  } else if (step === 'proxy' && draft.viaProxy) {
    add('proxyName', textProblem(draft.proxyName, LIMITS.proxyName, true))
    if (extra.proxyNik && !nikIsValid(extra.proxyNik)) add('proxyNik', { key: 'nikInvalid' })
    add('proxyAddress', draft.proxyAddress.trim() ? textProblem(draft.proxyAddress, LIMITS.proxyAddress) : undefined)
    if (!extra.hasPowerOfAttorney) add('powerOfAttorney', { key: 'powerOfAttorneyRequired' })
  } else if (step === 'access') {
    add('accessibilityNote', textProblem(draft.accessibilityNote, LIMITS.accessibilityNote))
  } else if (step === 'review') {
    if (!draft.declaration) add('declaration', { key: 'declarationRequired' })
  }
  return problems
}
