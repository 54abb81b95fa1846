import { createHash, randomInt } from 'node:crypto'
import type { AuthConfig } from '../config.ts'
import type { Mailbox } from '../mailbox.ts'
import { errors } from './errors.ts'
import { RateLimiter } from './rate-limit.ts'

export type EmailKind = 'signup' | 'recovery' | 'email_change' | 'invite' | 'magiclink'

const SUBJECTS: Record<EmailKind, string> = {
  signup: 'Confirm Your Signup',
  recovery: 'Reset Your Password',
  email_change: 'Confirm Email Change',
  invite: 'You have been invited',
  magiclink: 'Your Magic Link',
}

/** GoTrue's token hash: hex SHA-224 of the address followed by the one-time code. */
export const tokenHash = (email: string, otp: string) =>
  createHash('sha224').update(email.toLowerCase() + otp).digest('hex')

/** Sends Auth's emails to the development mailbox, with GoTrue's per-address limits. */
export class Mailer {
  private readonly perHour: RateLimiter
  private readonly frequency: RateLimiter

  constructor(
    private readonly mailbox: Mailbox,
    private readonly config: AuthConfig,
    private readonly externalUrl: () => string,
  ) {
    this.perHour = new RateLimiter(config.rateLimit.emailSent, 3600_000)
    this.frequency = new RateLimiter(Number.MAX_SAFE_INTEGER, 3600_000)
  }

  /**
   * Throws 429 when the address got an email too often, or an email of this kind too recently (GoTrue
   * keeps max_frequency per kind: confirmation_sent_at, recovery_sent_at, ...); call before changing state.
   */
  check(email: string, kind: EmailKind) {
    const key = email.toLowerCase()
    const wait = this.config.maxFrequencySeconds * 1000 - this.frequency.sinceLast(`${kind}:${key}`)
    // GoTrue truncates the seconds left, so the message may well say "after 0 seconds".
    if (wait > 0) throw errors.emailFrequency(Math.floor(wait / 1000))
    if (!this.perHour.take(key)) throw errors.overEmailRateLimit()
    this.frequency.take(`${kind}:${key}`)
  }

  /** A one-time code for `email`, its hash to store, and the verify link carrying the hash. */
  link(kind: EmailKind, email: string, redirectTo: string) {
    const otp = String(randomInt(0, 10 ** 6)).padStart(6, '0')
    const hash = tokenHash(email, otp)
    const link = `${this.externalUrl()}/verify?token=${hash}&type=${kind}&redirect_to=${encodeURIComponent(redirectTo)}`
    return { otp, hash, link }
  }

  /** Mails a one-time code and link to `email`, and returns the hash to store. */
  send(kind: EmailKind, email: string, redirectTo: string): string {
    const { otp, hash, link } = this.link(kind, email, redirectTo)
    const text =
      kind === 'recovery'
        ? `Follow this link to reset the password for your user:\n${link}\n\nAlternatively, enter the code: ${otp}`
        : kind === 'email_change'
          ? `Follow this link to confirm the update of your email:\n${link}\n\nAlternatively, enter the code: ${otp}`
          : `Follow this link to confirm your user:\n${link}\n\nAlternatively, enter the code: ${otp}`
    this.mailbox.send({ to: email, subject: SUBJECTS[kind], text, link, otp })
    return hash
  }
}
