import { randomUUID } from 'node:crypto'
import bcrypt from 'bcryptjs'
import { AuthError, errors } from './errors.ts'
import { tokenHash } from './mail.ts'
import type { AuthContext, AuthServer, Route } from './server.ts'
import { mergeMetadata, type UserRow } from './users.ts'
import { checkPassword, optionalObject, optionalString, requireEmail } from './validate.ts'

const BCRYPT_COST = 10

/** GoTrue's oauthErrorMap, for the `error` of an error redirect. */
const OAUTH_ERRORS: Record<number, string> = {
  400: 'invalid_request', 401: 'unauthorized_client', 403: 'access_denied', 500: 'server_error', 503: 'temporarily_unavailable',
}

const isBanned = (user: UserRow) => user.banned_until !== null && user.banned_until > new Date()

export function userRoutes(auth: AuthServer): Route[] {
  const { users, sessions, mailer, config } = auth
  const meta = (ctx: AuthContext) => ({ ip: ctx.ip, userAgent: ctx.req.headers['user-agent'] })

  async function signup(ctx: AuthContext) {
    if (!config.enableSignup) throw errors.signupDisabled()
    // GoTrue checks the password before the address.
    if (typeof ctx.body.password !== 'string' || ctx.body.password === '') {
      throw errors.validation('Signup requires a valid password')
    }
    const password = checkPassword(ctx.body.password, config)
    const email = requireEmail(ctx.body.email)
    auth.limitSignIn(ctx.ip, email)
    const data = optionalObject(ctx.body.data, 'data') ?? {}
    const redirectTo = auth.referrer(ctx.req, ctx.query)
    const existing = await users.byEmail(email)
    if (existing && (existing.email_confirmed_at || !config.emailConfirmations)) {
      if (!config.emailConfirmations) throw errors.userAlreadyExists()
      // With confirmations on, GoTrue answers as if signing up, so the response never tells whether
      // the address has an account: a fresh id, no role, no identities, the metadata as sent.
      const now = new Date().toISOString()
      return {
        id: randomUUID(), aud: 'authenticated', role: '', email, phone: '',
        confirmation_sent_at: now, app_metadata: { provider: 'email', providers: ['email'] },
        user_metadata: data, identities: [], created_at: now, updated_at: now, is_anonymous: false,
      }
    }
    // An unconfirmed account is not changed ("we can't be sure of their claimed identity"): only the
    // confirmation mail goes out again.
    let user =
      existing ??
      (await users.create({
        email,
        passwordHash: await bcrypt.hash(password, BCRYPT_COST),
        confirmed: !config.emailConfirmations,
        userMetadata: data,
      }))
    if (!config.emailConfirmations) return sessions.issue(user, 'password', meta(ctx))
    mailer.check(email, 'signup')
    const hash = mailer.send('signup', email, redirectTo)
    user = await users.update(user.id, { confirmation_token: hash, confirmation_sent_at: new Date() })
    return users.toJson(user)
  }

  async function token(ctx: AuthContext) {
    const grant = ctx.query.get('grant_type')
    if (grant === 'password') {
      const email = requireEmail(ctx.body.email)
      auth.limitSignIn(ctx.ip, email)
      const password = typeof ctx.body.password === 'string' ? ctx.body.password : ''
      const user = await users.byEmail(email)
      if (!user?.encrypted_password) throw errors.invalidCredentials()
      if (isBanned(user)) throw errors.userBanned()
      if (!(await bcrypt.compare(password, user.encrypted_password))) throw errors.invalidCredentials()
      if (!user.email_confirmed_at && config.emailConfirmations) throw errors.emailNotConfirmed()
      return sessions.issue(user, 'password', meta(ctx))
    }
    if (grant === 'refresh_token') {
      if (!auth.refreshLimiter.take(ctx.ip)) throw errors.overRequestRateLimit()
      const refresh = ctx.body.refresh_token
      if (typeof refresh !== 'string' || !refresh) throw errors.refreshNotFound()
      return sessions.refresh(refresh)
    }
    throw errors.unsupportedGrant()
  }

  async function getUser(ctx: AuthContext) {
    const { user } = await auth.authenticate(ctx.req)
    return users.toJson(user)
  }

  async function putUser(ctx: AuthContext) {
    const { claims, user } = await auth.authenticate(ctx.req)
    const b = ctx.body
    const newEmail = b.email === undefined || b.email === null || b.email === '' ? undefined : requireEmail(b.email)
    const password = b.password === undefined || b.password === null ? undefined : checkPassword(b.password, config)
    const data = optionalObject(b.data, 'data')
    if (b.app_metadata !== undefined && b.app_metadata !== null) {
      throw new AuthError(403, 'not_admin', 'Updating app_metadata requires admin privileges')
    }
    if (newEmail && newEmail !== user.email && (await users.byEmail(newEmail))) throw errors.emailExists()
    const fields: Record<string, unknown> = {}
    if (password !== undefined) {
      if (user.encrypted_password && (await bcrypt.compare(password, user.encrypted_password))) throw errors.samePassword()
      // As GoTrue's UpdatePassword: pending links made with the old password stop working.
      Object.assign(fields, {
        encrypted_password: await bcrypt.hash(password, BCRYPT_COST),
        confirmation_token: '', confirmation_sent_at: null, recovery_token: '', recovery_sent_at: null,
        email_change_token_current: '', email_change_token_new: '', email_change_sent_at: null,
      })
    }
    if (data) fields.raw_user_meta_data = mergeMetadata(user.raw_user_meta_data, data)
    if (newEmail && newEmail !== user.email) {
      if (!config.emailConfirmations) {
        fields.email = newEmail
      } else {
        const redirectTo = auth.referrer(ctx.req, ctx.query)
        mailer.check(newEmail, 'email_change')
        fields.email_change = newEmail
        fields.email_change_token_new = mailer.send('email_change', newEmail, redirectTo)
        fields.email_change_token_current =
          config.doubleConfirmChanges && user.email ? mailer.send('email_change', user.email, redirectTo) : ''
        fields.email_change_confirm_status = 0
        fields.email_change_sent_at = new Date()
      }
    }
    const updated = Object.keys(fields).length ? await users.update(user.id, fields) : user
    if (fields.email) await users.syncEmailIdentity(updated)
    // A new password ends every other session of the user (GoTrue's LogoutAllExceptMe).
    if (password !== undefined) {
      if (claims.session_id) await sessions.logout(user.id, claims.session_id, 'others')
      else await sessions.endAll(user.id)
    }
    return users.toJson(updated)
  }

  async function logout(ctx: AuthContext) {
    const { claims, user } = await auth.authenticate(ctx.req)
    const scope = ctx.query.get('scope') || 'global'
    if (scope !== 'global' && scope !== 'local' && scope !== 'others') {
      throw errors.validation(`Unsupported logout scope ${JSON.stringify(scope)}`)
    }
    await sessions.logout(user.id, claims.session_id ?? '', scope)
    return undefined
  }

  async function recover(ctx: AuthContext) {
    const email = requireEmail(ctx.body.email)
    auth.limitSignIn(ctx.ip, email)
    const user = await users.byEmail(email)
    // Unknown addresses get the same empty answer, so recovery does not reveal who has an account.
    if (!user) return {}
    mailer.check(email, 'recovery')
    const hash = mailer.send('recovery', email, auth.referrer(ctx.req, ctx.query))
    await users.update(user.id, { recovery_token: hash, recovery_sent_at: new Date() })
    return {}
  }

  async function resend(ctx: AuthContext) {
    const type = ctx.body.type
    if (type !== 'signup' && type !== 'email_change') {
      throw errors.validation('Missing one of these types: signup, email_change, sms, phone_change')
    }
    const email = requireEmail(ctx.body.email)
    auth.limitSignIn(ctx.ip, email)
    // The account is found by its current address; an email change is resent to the new one.
    const user = await users.byEmail(email)
    if (!user || (type === 'signup' && user.email_confirmed_at) || (type === 'email_change' && !user.email_change)) return {}
    const redirectTo = auth.referrer(ctx.req, ctx.query)
    if (type === 'signup') {
      mailer.check(email, 'signup')
      const hash = mailer.send('signup', email, redirectTo)
      await users.update(user.id, { confirmation_token: hash, confirmation_sent_at: new Date() })
      return {}
    }
    // As GoTrue's sendEmailChange: fresh links to both addresses, and both must be confirmed again.
    mailer.check(user.email_change!, 'email_change')
    await users.update(user.id, {
      email_change_token_new: mailer.send('email_change', user.email_change!, redirectTo),
      email_change_token_current: config.doubleConfirmChanges ? mailer.send('email_change', email, redirectTo) : '',
      email_change_confirm_status: 0,
      email_change_sent_at: new Date(),
    })
    return {}
  }

  type TokenColumn = 'confirmation_token' | 'recovery_token' | 'email_change_token_new' | 'email_change_token_current'
  /** The columns a verification type looks in, as GoTrue's verifyTokenHash. */
  const COLUMNS: Record<string, TokenColumn[]> = {
    signup: ['confirmation_token'], invite: ['confirmation_token'],
    recovery: ['recovery_token'], magiclink: ['recovery_token'],
    email: ['confirmation_token', 'recovery_token'],
    email_change: ['email_change_token_new', 'email_change_token_current'],
  }
  const SINGLE_CONFIRMATION = 'Confirmation link accepted. Please proceed to confirm link sent to the other email'

  /** GoTrue's Confirm: the address is confirmed and user_metadata says so. */
  const confirmFields = (user: UserRow, now: Date) => ({
    email_confirmed_at: user.email_confirmed_at ?? now,
    raw_user_meta_data: { ...user.raw_user_meta_data, email_verified: true },
  })

  /**
   * Finds the user a one-time token belongs to and applies it; returns the user to sign in.
   * `invalid` is the error for a token that matches nothing (links and codes word it differently).
   */
  async function consume(type: string, hash: string, invalid = errors.otpExpired): Promise<{ user: UserRow; pending?: string }> {
    const columns = COLUMNS[type]
    if (!columns) throw errors.validation('Invalid email verification type')
    let user: UserRow | undefined
    let column: TokenColumn = columns[0]!
    for (const c of columns) {
      user = hash ? await users.byToken(c, hash) : undefined
      column = c
      if (user) break
    }
    if (!user) throw invalid()
    if (isBanned(user)) throw new AuthError(403, 'user_banned', 'User is banned')
    const sent =
      column === 'recovery_token' ? user.recovery_sent_at
        : column === 'confirmation_token' ? user.confirmation_sent_at
          : user.email_change_sent_at
    if (!sent || sent.getTime() + config.otpExpiry * 1000 < Date.now()) throw invalid()
    const now = new Date()
    if (column === 'recovery_token') {
      user = await users.update(user.id, { recovery_token: '', ...(user.email_confirmed_at ? {} : confirmFields(user, now)) })
      await users.syncEmailIdentity(user)
      return { user }
    }
    if (column === 'confirmation_token') {
      user = await users.update(user.id, { confirmation_token: '', ...confirmFields(user, now) })
      await users.syncEmailIdentity(user)
      return { user }
    }
    const status = (user.email_change_confirm_status ?? 0) + 1
    const needed = user.email_change_token_current && user.email_change_token_new ? 2 : 1
    if (status < needed) {
      await users.update(user.id, { [column]: '', email_change_confirm_status: status })
      return { user, pending: SINGLE_CONFIRMATION }
    }
    user = await users.update(user.id, {
      email: user.email_change, email_change: '', email_change_token_new: '', email_change_token_current: '',
      email_change_confirm_status: 0, ...(user.email_confirmed_at ? {} : confirmFields(user, now)),
    })
    await users.syncEmailIdentity(user)
    return { user }
  }

  function verifyLimit(ctx: AuthContext) {
    if (!auth.verifyLimiter.take(ctx.ip)) throw errors.overRequestRateLimit()
  }

  async function verifyPost(ctx: AuthContext) {
    verifyLimit(ctx)
    const type = optionalString(ctx.body.type, 'type')
    if (!type) throw errors.validation('Verify requires a verification type')
    const tokenHashParam = optionalString(ctx.body.token_hash, 'token_hash')
    const otp = optionalString(ctx.body.token, 'token')
    if (!tokenHashParam === !otp) throw errors.validation('Verify requires either a token or a token hash')
    let result
    if (otp) {
      let email: string
      try {
        email = requireEmail(ctx.body.email)
      } catch {
        throw new AuthError(422, 'validation_failed', 'Invalid email format')
      }
      result = await consume(type, tokenHash(email, otp), errors.otpInvalid)
    } else {
      if (ctx.body.email || ctx.body.phone || ctx.body.redirect_to) {
        throw errors.validation('Only the token_hash and type should be provided')
      }
      result = await consume(type, tokenHashParam!)
    }
    if (result.pending) return { msg: result.pending, code: '200' }
    return sessions.issue(result.user, 'otp', meta(ctx))
  }

  /** The link in an email: verifies, then redirects with the session (or the error) in the URL fragment. */
  async function verifyGet(ctx: AuthContext) {
    const type = ctx.query.get('type') ?? ''
    const token = ctx.query.get('token') ?? ''
    if (!type) throw errors.validation('Verify requires a verification type')
    if (!token) throw errors.validation('Verify requires a token or a token hash')
    verifyLimit(ctx)
    const target = auth.referrer(ctx.req, ctx.query)
    let fragment: URLSearchParams
    try {
      const { user, pending } = await consume(type, token)
      if (pending) {
        fragment = new URLSearchParams({ message: pending })
      } else {
        const session = await sessions.issue(user, 'otp', meta(ctx))
        fragment = new URLSearchParams({
          access_token: session.access_token,
          expires_at: String(session.expires_at),
          expires_in: String(session.expires_in),
          refresh_token: session.refresh_token,
          token_type: 'bearer',
          type,
        })
      }
    } catch (error) {
      if (!(error instanceof AuthError)) throw error
      fragment = new URLSearchParams()
      const oauthError = OAUTH_ERRORS[error.status]
      if (oauthError) fragment.set('error', oauthError)
      fragment.set('error_code', error.code)
      fragment.set('error_description', error.message)
    }
    ctx.res.writeHead(303, { location: `${target.split('#')[0]}#${fragment.toString()}` })
    ctx.res.end()
    return undefined
  }

  return [
    { method: 'POST', path: /^\/signup$/, handler: signup },
    { method: 'POST', path: /^\/token$/, handler: token },
    { method: 'GET', path: /^\/user$/, handler: getUser },
    { method: 'PUT', path: /^\/user$/, handler: putUser },
    { method: 'POST', path: /^\/logout$/, handler: logout },
    { method: 'POST', path: /^\/recover$/, handler: recover },
    { method: 'POST', path: /^\/resend$/, handler: resend },
    { method: 'POST', path: /^\/verify$/, handler: verifyPost },
    { method: 'GET', path: /^\/verify$/, handler: verifyGet },
  ]
}
