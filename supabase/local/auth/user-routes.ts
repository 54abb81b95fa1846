import { randomUUID } from 'node:crypto'
import bcrypt from 'bcryptjs'
import { AuthError, errors } from './errors.ts'
import { tokenHash, type EmailKind } from './mail.ts'
import type { AuthContext, AuthServer, Route } from './server.ts'
import type { UserRow } from './users.ts'
import { checkPassword, optionalObject, optionalString, requireEmail } from './validate.ts'

const BCRYPT_COST = 10

/** Removes keys set to null and merges the rest, as GoTrue updates metadata. */
function mergeMetadata(current: Record<string, unknown> | null, patch: Record<string, unknown>) {
  const merged: Record<string, unknown> = { ...current }
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete merged[k]
    else merged[k] = v
  }
  return merged
}

const isBanned = (user: UserRow) => user.banned_until !== null && user.banned_until > new Date()

export function userRoutes(auth: AuthServer): Route[] {
  const { users, sessions, mailer, config } = auth
  const meta = (ctx: AuthContext) => ({ ip: ctx.ip, userAgent: ctx.req.headers['user-agent'] })

  async function signup(ctx: AuthContext) {
    if (!config.enableSignup) throw errors.signupDisabled()
    const email = requireEmail(ctx.body.email)
    auth.limitSignIn(ctx.ip, email)
    const password = checkPassword(ctx.body.password, config)
    const data = optionalObject(ctx.body.data, 'data') ?? {}
    const redirectTo = auth.redirectTarget(ctx.query.get('redirect_to') ?? optionalString(ctx.body.redirect_to, 'redirect_to'))
    const existing = await users.byEmail(email)
    if (existing && (existing.email_confirmed_at || !config.emailConfirmations)) {
      if (!config.emailConfirmations) throw errors.userAlreadyExists()
      // With confirmations on, GoTrue answers as if signing up, so the response never tells whether
      // the address has an account; the fake user has no identities.
      const now = new Date().toISOString()
      return {
        id: randomUUID(), aud: 'authenticated', role: 'authenticated', email, phone: '',
        confirmation_sent_at: now, app_metadata: { provider: 'email', providers: ['email'] },
        user_metadata: {}, identities: [], created_at: now, updated_at: now, is_anonymous: false,
      }
    }
    const passwordHash = await bcrypt.hash(password, BCRYPT_COST)
    let user =
      existing
        ? await users.update(existing.id, {
            encrypted_password: passwordHash,
            raw_user_meta_data: mergeMetadata(existing.raw_user_meta_data, data),
          })
        : await users.create({ email, passwordHash, confirmed: !config.emailConfirmations, userMetadata: data })
    if (!config.emailConfirmations) return sessions.issue(user, 'password', meta(ctx))
    mailer.check(email)
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
      const ok = user?.encrypted_password ? await bcrypt.compare(password, user.encrypted_password) : false
      if (!user || !ok) throw errors.invalidCredentials()
      if (isBanned(user)) throw errors.userBanned()
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
    const { user } = await auth.authenticate(ctx.req)
    const fields: Record<string, unknown> = {}
    const data = optionalObject(ctx.body.data, 'data')
    if (data) fields.raw_user_meta_data = mergeMetadata(user.raw_user_meta_data, data)
    if (ctx.body.password !== undefined) {
      const password = checkPassword(ctx.body.password, config)
      if (user.encrypted_password && (await bcrypt.compare(password, user.encrypted_password))) throw errors.samePassword()
      fields.encrypted_password = await bcrypt.hash(password, BCRYPT_COST)
    }
    const newEmail = ctx.body.email === undefined ? undefined : requireEmail(ctx.body.email)
    if (newEmail && newEmail !== user.email) {
      const taken = await users.byEmail(newEmail)
      if (taken) throw errors.emailExists()
      if (!config.emailConfirmations) {
        fields.email = newEmail
      } else {
        const redirectTo = auth.redirectTarget(ctx.query.get('redirect_to'))
        mailer.check(newEmail)
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
    return users.toJson(updated)
  }

  async function logout(ctx: AuthContext) {
    const { claims, user } = await auth.authenticate(ctx.req)
    const scope = ctx.query.get('scope') ?? 'global'
    if (scope !== 'global' && scope !== 'local' && scope !== 'others') {
      throw errors.validation('Unsupported logout scope')
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
    mailer.check(email)
    const hash = mailer.send('recovery', email, auth.redirectTarget(ctx.query.get('redirect_to')))
    await users.update(user.id, { recovery_token: hash, recovery_sent_at: new Date() })
    return {}
  }

  async function resend(ctx: AuthContext) {
    const email = requireEmail(ctx.body.email)
    auth.limitSignIn(ctx.ip, email)
    const type = ctx.body.type
    if (type !== 'signup' && type !== 'email_change') throw errors.validation('Unsupported resend type')
    const user = type === 'signup' ? await users.byEmail(email) : await findPendingChange(email)
    if (!user || (type === 'signup' && user.email_confirmed_at)) return {}
    mailer.check(email)
    const redirectTo = auth.redirectTarget(optionalString(ctx.body.options && (ctx.body.options as Record<string, unknown>).email_redirect_to, 'redirect_to'))
    const hash = mailer.send(type, email, redirectTo)
    await users.update(
      user.id,
      type === 'signup'
        ? { confirmation_token: hash, confirmation_sent_at: new Date() }
        : { email_change_token_new: hash, email_change_sent_at: new Date() },
    )
    return {}
  }

  async function findPendingChange(email: string) {
    const { rows } = await auth.db.query<UserRow>('select * from auth.users where lower(email_change) = lower($1)', [email])
    return rows[0]
  }

  /** Finds the user a one-time token belongs to and applies it; returns the user to sign in. */
  async function consume(type: EmailKind | 'email', hash: string): Promise<{ user: UserRow; pending?: string }> {
    const kind = type === 'email' ? 'signup' : type
    const sentAt = (u: UserRow) =>
      kind === 'recovery' ? u.recovery_sent_at : kind === 'email_change' ? u.email_change_sent_at : u.confirmation_sent_at
    let user: UserRow | undefined
    let column: 'confirmation_token' | 'recovery_token' | 'email_change_token_new' | 'email_change_token_current'
    if (kind === 'email_change') {
      user = await users.byToken('email_change_token_new', hash)
      column = 'email_change_token_new'
      if (!user) {
        user = await users.byToken('email_change_token_current', hash)
        column = 'email_change_token_current'
      }
    } else {
      column = kind === 'recovery' ? 'recovery_token' : 'confirmation_token'
      user = await users.byToken(column, hash)
    }
    const sent = user && sentAt(user)
    if (!user || !sent || sent.getTime() + config.otpExpiry * 1000 < Date.now()) throw errors.otpExpired()
    if (isBanned(user)) throw errors.userBanned()
    const now = new Date()
    if (kind === 'recovery') {
      user = await users.update(user.id, { recovery_token: '', email_confirmed_at: user.email_confirmed_at ?? now })
      await users.syncEmailIdentity(user)
      return { user }
    }
    if (kind === 'email_change') {
      const status = (user.email_change_confirm_status ?? 0) + 1
      const needed = user.email_change_token_current ? 2 : 1
      if (status < needed) {
        await users.update(user.id, { [column]: '', email_change_confirm_status: status })
        return { user, pending: 'Confirmation link accepted. Please proceed to confirm link sent to the other email' }
      }
      user = await users.update(user.id, {
        email: user.email_change, email_change: '', email_change_token_new: '', email_change_token_current: '',
        email_change_confirm_status: 0, email_confirmed_at: now,
      })
      await users.syncEmailIdentity(user)
      return { user }
    }
    user = await users.update(user.id, { confirmation_token: '', email_confirmed_at: user.email_confirmed_at ?? now })
    await users.syncEmailIdentity(user)
    return { user }
  }

  function verifyLimit(ctx: AuthContext) {
    if (!auth.verifyLimiter.take(ctx.ip)) throw errors.overRequestRateLimit()
  }

  async function verifyPost(ctx: AuthContext) {
    verifyLimit(ctx)
    const type = ctx.body.type as EmailKind | 'email'
    if (!['signup', 'recovery', 'email_change', 'invite', 'magiclink', 'email'].includes(type)) {
      throw errors.validation('Verify requires a verification type')
    }
    let hash = optionalString(ctx.body.token_hash, 'token_hash')
    if (!hash) {
      const email = requireEmail(ctx.body.email)
      const otp = optionalString(ctx.body.token, 'token')
      if (!otp) throw errors.validation('Verify requires either a token or a token hash')
      hash = tokenHash(email, otp)
    }
    const { user, pending } = await consume(type, hash)
    if (pending) return { msg: pending, code: 200 }
    return sessions.issue(user, type === 'recovery' ? 'recovery' : 'otp', meta(ctx))
  }

  /** The link in an email: verifies, then redirects with the session in the URL fragment. */
  async function verifyGet(ctx: AuthContext) {
    const type = (ctx.query.get('type') ?? '') as EmailKind
    const target = auth.redirectTarget(ctx.query.get('redirect_to'))
    let fragment: URLSearchParams
    try {
      verifyLimit(ctx)
      const { user, pending } = await consume(type, ctx.query.get('token') ?? '')
      if (pending) {
        fragment = new URLSearchParams({ message: pending })
      } else {
        const session = await sessions.issue(user, type === 'recovery' ? 'recovery' : 'otp', meta(ctx))
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
      fragment = new URLSearchParams({ error: 'access_denied', error_code: error.code, error_description: error.message })
    }
    ctx.res.writeHead(303, { location: `${target}#${fragment.toString()}` })
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
