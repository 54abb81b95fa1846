export const MIN_PASSWORD_LENGTH = 8

// Deliberately loose: the server and the confirmation email are the real check.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export type ValidationKey =
  | 'emailRequired'
  | 'emailInvalid'
  | 'passwordRequired'
  | 'passwordTooShort'
  | 'confirmRequired'
  | 'confirmMismatch'

export function emailProblem(email: string): ValidationKey | undefined {
  if (!email.trim()) return 'emailRequired'
  if (!EMAIL_PATTERN.test(email.trim())) return 'emailInvalid'
  return undefined
}

export function newPasswordProblem(password: string): ValidationKey | undefined {
  if (!password) return 'passwordRequired'
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'passwordTooShort'
  return undefined
}

export function confirmProblem(password: string, confirm: string): ValidationKey | undefined {
  if (!confirm) return 'confirmRequired'
  if (confirm !== password) return 'confirmMismatch'
  return undefined
}
