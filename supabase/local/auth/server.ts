import type { IncomingMessage, ServerResponse } from 'node:http'
import { isIP } from 'node:net'
import pg from 'pg'
import type { AuthConfig } from '../config.ts'
import { BodyTooLarge, bearerToken, clientIp, readBody, sendJson } from '../http.ts'
import type { Mailbox } from '../mailbox.ts'
import { adminRoutes } from './admin.ts'
import { AuthError, errors, sendError } from './errors.ts'
import { Jwt, type AccessClaims } from './jwt.ts'
import { Mailer } from './mail.ts'
import { RateLimiter } from './rate-limit.ts'
import { Sessions } from './sessions.ts'
import { userRoutes } from './user-routes.ts'
import { Users, type UserRow } from './users.ts'

export interface AuthContext {
  req: IncomingMessage
  res: ServerResponse
  query: URLSearchParams
  body: Record<string, unknown>
  ip: string
  params: string[]
}

export type Handler = (ctx: AuthContext) => Promise<unknown>
export interface Route {
  method: string
  path: RegExp
  handler: Handler
}

/**
 * The Auth service (`/auth/v1`), answering as GoTrue does. It stores users, identities, sessions and
 * refresh tokens in the `auth` schema, connected as `supabase_auth_admin` like GoTrue.
 */
export class AuthServer {
  readonly db: pg.Pool
  readonly users: Users
  readonly sessions: Sessions
  readonly jwt: Jwt
  readonly mailer: Mailer
  readonly ipLimiter: RateLimiter
  readonly emailLimiter: RateLimiter
  readonly refreshLimiter: RateLimiter
  readonly verifyLimiter: RateLimiter
  private readonly routes: Route[]
  private readonly redirectGlobs: RegExp[]

  constructor(
    readonly config: AuthConfig,
    opts: { dbUrl: string; jwtSecret: string; mailbox: Mailbox; externalUrl: () => string },
  ) {
    this.db = new pg.Pool({ connectionString: opts.dbUrl, max: 10 })
    this.db.on('error', () => undefined)
    this.users = new Users(this.db)
    this.jwt = new Jwt(opts.jwtSecret, opts.externalUrl, config.jwtExpiry)
    this.sessions = new Sessions(this.db, this.users, this.jwt, {
      rotation: config.refreshTokenRotation,
      reuseIntervalSeconds: config.refreshTokenReuseInterval,
    })
    this.mailer = new Mailer(opts.mailbox, config, opts.externalUrl)
    const fiveMinutes = 5 * 60_000
    this.ipLimiter = new RateLimiter(config.rateLimit.signInSignUps, fiveMinutes)
    this.emailLimiter = new RateLimiter(config.rateLimit.signInSignUps, fiveMinutes)
    this.refreshLimiter = new RateLimiter(config.rateLimit.tokenRefresh, fiveMinutes)
    this.verifyLimiter = new RateLimiter(config.rateLimit.tokenVerifications, fiveMinutes)
    this.redirectGlobs = config.redirectUrls.map(globToRegExp)
    this.routes = [
      { method: 'GET', path: /^\/health$/, handler: async () => this.health() },
      { method: 'GET', path: /^\/settings$/, handler: async () => this.settings() },
      ...userRoutes(this),
      ...adminRoutes(this),
    ]
  }

  health() {
    return { version: 'v2-embedded', name: 'GoTrue', description: 'GoTrue is a user registration and authentication API' }
  }

  settings() {
    return {
      external: { anonymous_users: false, email: true, phone: false },
      disable_signup: !this.config.enableSignup,
      mailer_autoconfirm: !this.config.emailConfirmations,
      phone_autoconfirm: false,
      sms_provider: '',
      saml_enabled: false,
    }
  }

  async handle(req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams) {
    try {
      const candidates = this.routes.filter((r) => r.path.test(path))
      if (!candidates.length) throw errors.notFound()
      const route = candidates.find((r) => r.method === req.method)
      if (!route) throw errors.methodNotAllowed()
      const body = req.method === 'GET' || req.method === 'HEAD' ? {} : await parseJson(req)
      const params = route.path.exec(path)!.slice(1)
      const result = await route.handler({ req, res, query, body, ip: clientIp(req), params })
      if (res.headersSent) return
      if (result === undefined) sendJson(res, 204, undefined)
      else sendJson(res, 200, result, apiVersionHeader(req))
    } catch (error) {
      if (error instanceof AuthError) return sendError(req, res, error)
      console.error('[auth]', error)
      sendError(req, res, new AuthError(500, 'unexpected_failure', 'Unexpected failure, please check server logs for more information'))
    }
  }

  /** The caller's verified claims and user, as GoTrue's requireAuthentication does. */
  async authenticate(req: IncomingMessage): Promise<{ claims: AccessClaims; user: UserRow }> {
    const token = bearerToken(req)
    if (!token) throw errors.noAuthorization()
    const claims = await this.jwt.verify(token)
    if (!claims.sub) throw new AuthError(403, 'bad_jwt', 'invalid claim: missing sub claim')
    if (!UUID.test(claims.sub)) throw new AuthError(400, 'bad_jwt', 'invalid claim: sub claim must be a UUID')
    const user = await this.users.byId(claims.sub)
    if (!user) throw new AuthError(403, 'user_not_found', 'User from sub claim in JWT does not exist')
    if (claims.session_id && claims.session_id !== NIL_UUID) {
      if (!UUID.test(claims.session_id)) throw new AuthError(403, 'bad_jwt', 'invalid claim: session_id claim must be a UUID')
      if (!(await this.sessions.exists(claims.session_id))) throw errors.sessionNotFound()
    }
    return { claims, user }
  }

  /** Only the service role (or supabase_admin) may use /admin endpoints. */
  async requireAdmin(req: IncomingMessage): Promise<void> {
    const token = bearerToken(req)
    if (!token) throw errors.noAuthorization()
    const claims = await this.jwt.verify(token)
    if (claims.role !== 'service_role' && claims.role !== 'supabase_admin') throw errors.notAdmin()
  }

  /** Per-IP and per-address limits on sign-in, sign-up and recovery. */
  limitSignIn(ip: string, email?: string) {
    if (!this.ipLimiter.take(ip)) throw errors.overRequestRateLimit()
    if (email && !this.emailLimiter.take(email.toLowerCase())) throw errors.overRequestRateLimit()
  }

  /**
   * GoTrue's GetReferrer: the `redirect_to` header or query parameter if allowed, else the Referer
   * header if allowed, else site_url.
   */
  referrer(req: IncomingMessage, query: URLSearchParams): string {
    const header = req.headers.redirect_to
    const requested = (Array.isArray(header) ? header[0] : header) || query.get('redirect_to')
    return this.redirectTarget(requested, req.headers.referer)
  }

  /** `requested` (else `fallback`) when GoTrue's IsRedirectURLValid allows it, else site_url. */
  redirectTarget(requested: string | null | undefined, fallback?: string): string {
    if (requested && this.redirectAllowed(requested)) return requested
    if (fallback && this.redirectAllowed(fallback)) return fallback
    return this.config.siteUrl
  }

  /**
   * GoTrue's IsRedirectURLValid: the site's own scheme and host (any port on loopback), a loopback IP,
   * or a match of an additional_redirect_urls glob (`*` stops at `.` and `/`, `**` does not).
   */
  redirectAllowed(url: string): boolean {
    if (!url || [...url].some((c) => c <= ' ' || c === '\u007f')) return false
    // A hostname in decimal form (http://2130706433/) is refused before URL parsing normalises it.
    if (/^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?\d+(?::\d*)?(?:[/?#]|$)/i.test(url)) return false
    let ref: URL
    try {
      ref = new URL(url)
    } catch {
      return false
    }
    const site = new URL(this.config.siteUrl)
    const host = ref.hostname.replace(/^\[|\]$/g, '')
    const loopback = /^127\.\d+\.\d+\.\d+$/.test(host) || host === '::1'
    if (host === site.hostname.replace(/^\[|\]$/g, '') && ref.protocol === site.protocol) {
      if (ref.port === site.port || loopback || host === 'localhost') return true
    }
    if (isIP(host)) return loopback
    if (/^https?:$/.test(ref.protocol) && !/^[a-zA-Z0-9]([a-zA-Z0-9.-]*[a-zA-Z0-9])?$/.test(host)) return false
    const withoutFragment = url.split('#')[0]!
    return this.redirectGlobs.some((glob) => glob.test(withoutFragment))
  }

  async close() {
    await this.db.end()
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const NIL_UUID = '00000000-0000-0000-0000-000000000000'

/** A gobwas/glob pattern compiled with separators '.' and '/', as GoTrue compiles its URI allow list. */
function globToRegExp(pattern: string): RegExp {
  let re = ''
  let braces = 0
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!
    if (c === '*' && pattern[i + 1] === '*') {
      re += '.*'
      i++
    } else if (c === '*') re += '[^./]*'
    else if (c === '?') re += '[^./]'
    else if (c === '{') {
      braces++
      re += '(?:'
    } else if (c === '}' && braces > 0) {
      braces--
      re += ')'
    } else if (c === ',' && braces > 0) re += '|'
    else if (c === '\\' && i + 1 < pattern.length) re += escapeRegExp(pattern[++i]!)
    else if (c === '[' && pattern.indexOf(']', i + 1) > i) {
      const end = pattern.indexOf(']', i + 1)
      const body = pattern.slice(i + 1, end).replace(/\\/g, '\\\\')
      re += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`
      i = end
    } else re += escapeRegExp(c)
  }
  return new RegExp(`^${re}$`)
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

function apiVersionHeader(req: IncomingMessage): Record<string, string> {
  return req.headers['x-supabase-api-version'] ? { 'x-supabase-api-version': '2024-01-01' } : {}
}

async function parseJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  let raw: Buffer
  try {
    raw = await readBody(req, 1024 * 1024)
  } catch (error) {
    if (error instanceof BodyTooLarge) throw new AuthError(413, 'request_too_large', 'Request body too large')
    throw error
  }
  if (!raw.length) return {}
  try {
    const value: unknown = JSON.parse(raw.toString('utf8'))
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw errors.badJson()
    return value as Record<string, unknown>
  } catch {
    throw errors.badJson()
  }
}
