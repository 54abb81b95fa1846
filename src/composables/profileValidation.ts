import type { ApplicantType, ProfileInput } from '@/api/profile'

export type ProfileField = 'full_name' | 'nik' | 'sk_number' | 'address' | 'occupation' | 'phone'
export type ProfileProblem =
  | 'required'
  | 'tooShort'
  | 'tooLong'
  | 'notPlain'
  | 'nikDigits'
  | 'nikStructure'
  | 'phoneFormat'

/** The structure of a NIK, as SQL's nik_is_valid checks it; never whether it belongs to the person. */
export function nikIsValid(nik: string): boolean {
  if (!/^[0-9]{16}$/.test(nik)) return false
  const part = (from: number) => Number(nik.slice(from, from + 2))
  const day = part(6)
  return part(0) >= 11 && part(0) <= 94 && part(2) >= 1 && part(4) >= 1
    && ((day >= 1 && day <= 31) || (day >= 41 && day <= 71))
    && part(8) >= 1 && part(8) <= 12
    && nik.slice(12) !== '0000'
}

export const PHONE_PATTERN = /^(08[0-9]{8,12}|\+628[0-9]{8,12})$/

/** Spaces, dashes and dots people type in phone numbers are dropped before the check. */
export function normalizePhone(phone: string): string {
  return phone.replace(/[\s.-]/g, '')
}

// eslint-disable-next-line no-control-regex
const NOT_PLAIN_LINE = /[\x00-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/
// eslint-disable-next-line no-control-regex
const NOT_PLAIN_TEXT = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]/

function textProblem(value: string, min: number, max: number, multiline = false): ProfileProblem | undefined {
  const text = value.trim()
  if (!text) return 'required'
  if (text.length < min) return 'tooShort'
  if (text.length > max) return 'tooLong'
  if ((multiline ? NOT_PLAIN_TEXT : NOT_PLAIN_LINE).test(text)) return 'notPlain'
  return undefined
}

export function nikProblem(nik: string, required: boolean): ProfileProblem | undefined {
  if (!nik) return required ? 'required' : undefined
  if (!/^[0-9]{16}$/.test(nik)) return 'nikDigits'
  return nikIsValid(nik) ? undefined : 'nikStructure'
}

/** Mirrors the profiles table's checks, so the database's refusal is the exception, not the rule. */
export function profileProblems(input: ProfileInput): Partial<Record<ProfileField, ProfileProblem>> {
  const type: ApplicantType = input.applicant_type
  const problems: Partial<Record<ProfileField, ProfileProblem | undefined>> = {
    full_name: textProblem(input.full_name, 2, 150),
    // No nik at all: the saved one is kept (the database checked it when it was saved).
    nik: input.nik === undefined ? undefined : nikProblem(input.nik ?? '', type !== 'badan_hukum'),
    sk_number: type === 'badan_hukum' ? textProblem(input.sk_number ?? '', 3, 100) : undefined,
    address: textProblem(input.address, 5, 500, true),
    occupation: textProblem(input.occupation, 2, 100),
    phone: !input.phone ? 'required' : PHONE_PATTERN.test(input.phone) ? undefined : 'phoneFormat',
  }
  return Object.fromEntries(Object.entries(problems).filter(([, p]) => p)) as Partial<Record<ProfileField, ProfileProblem>>
}
