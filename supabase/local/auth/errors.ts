import type { IncomingMessage, ServerResponse } from 'node:http'
import { sendJson } from '../http.ts'

export const API_VERSION = '2024-01-01'

/** An error as GoTrue reports it: HTTP status, machine-readable code, human message. */
export class AuthError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message)
  }
}

export const errors = {
  badJson: () => new AuthError(400, 'bad_json', 'Could not parse request body as JSON'),
  validation: (message: string) => new AuthError(400, 'validation_failed', message),
  invalidCredentials: () => new AuthError(400, 'invalid_credentials', 'Invalid login credentials'),
  emailNotConfirmed: () => new AuthError(400, 'email_not_confirmed', 'Email not confirmed'),
  userBanned: () => new AuthError(400, 'user_banned', 'User is banned'),
  emailExists: () => new AuthError(422, 'email_exists', 'A user with this email address has already been registered'),
  userAlreadyExists: () => new AuthError(422, 'user_already_exists', 'User already registered'),
  signupDisabled: () => new AuthError(422, 'signup_disabled', 'Signups not allowed for this instance'),
  samePassword: () =>
    new AuthError(422, 'same_password', 'New password should be different from the old password.'),
  refreshNotFound: () => new AuthError(400, 'refresh_token_not_found', 'Invalid Refresh Token: Refresh Token Not Found'),
  refreshUsed: () => new AuthError(400, 'refresh_token_already_used', 'Invalid Refresh Token: Already Used'),
  noAuthorization: () =>
    new AuthError(401, 'no_authorization', 'This endpoint requires a Bearer token'),
  badJwt: (detail: string) => new AuthError(403, 'bad_jwt', `invalid JWT: unable to parse or verify signature, ${detail}`),
  sessionNotFound: () => new AuthError(403, 'session_not_found', 'Session from session_id claim in JWT does not exist'),
  userNotFound: () => new AuthError(404, 'user_not_found', 'User not found'),
  notAdmin: () => new AuthError(403, 'not_admin', 'User not allowed'),
  otpExpired: () => new AuthError(403, 'otp_expired', 'Email link is invalid or has expired'),
  /** A one-time code given with its address (POST /verify with email + token) that does not match. */
  otpInvalid: () => new AuthError(403, 'otp_expired', 'Token has expired or is invalid'),
  overRequestRateLimit: () => new AuthError(429, 'over_request_rate_limit', 'Request rate limit reached'),
  overEmailRateLimit: () => new AuthError(429, 'over_email_send_rate_limit', 'email rate limit exceeded'),
  emailFrequency: (seconds: number) =>
    new AuthError(429, 'over_email_send_rate_limit', `For security purposes, you can only request this after ${seconds} seconds.`),
  notFound: () => new AuthError(404, 'not_found', 'Not Found'),
  methodNotAllowed: () => new AuthError(405, 'method_not_allowed', 'Method Not Allowed'),
  unsupportedGrant: () =>
    new AuthError(400, 'unsupported_grant_type', 'unsupported_grant_type'),
}

function requestedVersion(req: IncomingMessage): string | undefined {
  const value = req.headers['x-supabase-api-version']
  const v = Array.isArray(value) ? value[0] : value
  return v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined
}

/**
 * Clients that send `X-Supabase-Api-Version: 2024-01-01` (supabase-js does) get `{code, message}`;
 * older ones get GoTrue's legacy `{code: <status>, error_code, msg}`.
 */
export function sendError(req: IncomingMessage, res: ServerResponse, error: AuthError): void {
  const version = requestedVersion(req)
  const versioned = version !== undefined && version >= API_VERSION
  const body = versioned
    ? { code: error.code, message: error.message, ...error.extra }
    : { code: error.status, error_code: error.code, msg: error.message, ...error.extra }
  const headers: Record<string, string> = version ? { 'x-supabase-api-version': API_VERSION } : {}
  // GoTrue names the code in a header too, except on a versioned weak-password answer.
  if (!(versioned && error.code === 'weak_password')) headers['x-sb-error-code'] = error.code
  sendJson(res, error.status, body, headers)
}
