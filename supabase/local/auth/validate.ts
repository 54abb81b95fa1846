import type { AuthConfig } from '../config.ts'
import { AuthError, errors } from './errors.ts'

/** checkmail.ValidateFormat, which GoTrue uses: a dot-atom local part and a hostname (no TLD needed). */
const EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/

export function requireEmail(value: unknown): string {
  if (typeof value !== 'string' || !value.trim()) throw errors.validation('An email address is required')
  const email = value.trim().toLowerCase()
  if (email.length > 255) throw errors.validation('An email address is too long')
  if (!EMAIL.test(email)) throw errors.validation('Unable to validate email address: invalid format')
  return email
}

export function optionalString(value: unknown, name: string): string | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') throw errors.validation(`${name} must be a string`)
  return value
}

export function optionalObject(value: unknown, name: string): Record<string, unknown> | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'object' || Array.isArray(value)) throw errors.validation(`${name} must be an object`)
  return value as Record<string, unknown>
}

const CHARACTER_SETS: Record<string, string[]> = {
  '': [],
  letters_digits: ['abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ', '0123456789'],
  lower_upper_letters_digits: ['abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '0123456789'],
  lower_upper_letters_digits_symbols: [
    'abcdefghijklmnopqrstuvwxyz',
    'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
    '0123456789',
    '!@#$%^&*()_+-=[]{};\'\\:"|<>?,./`~',
  ],
}

/** GoTrue's password policy: minimum length and required character classes, as `weak_password`. */
export function checkPassword(password: unknown, config: AuthConfig): string {
  if (typeof password !== 'string' || password === '') throw errors.validation('Password is required')
  if (password.length > 72) throw errors.validation('Password cannot be longer than 72 characters')
  const reasons: string[] = []
  const messages: string[] = []
  if (password.length < config.minimumPasswordLength) {
    reasons.push('length')
    messages.push(`Password should be at least ${config.minimumPasswordLength} characters.`)
  }
  const sets = CHARACTER_SETS[config.passwordRequirements] ?? []
  if (sets.some((set) => ![...password].some((c) => set.includes(c)))) {
    reasons.push('characters')
    messages.push(`Password should contain at least one character of each: ${sets.join(', ')}.`)
  }
  if (reasons.length) {
    throw new AuthError(422, 'weak_password', messages.join(' '), { weak_password: { reasons } })
  }
  return password
}
