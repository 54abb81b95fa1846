import bcrypt from 'bcryptjs'
import { AuthError, errors } from './errors.ts'
import type { AuthContext, AuthServer, Route } from './server.ts'
import { mergeMetadata } from './users.ts'
import { checkPassword, optionalObject, optionalString, requireEmail } from './validate.ts'

/** GoTrue's ban_duration: "none" lifts a ban, otherwise a Go duration like "24h" or "876000h". */
function banUntil(value: unknown): Date | null | undefined {
  if (value === undefined) return undefined
  if (value === 'none') return null
  const match = typeof value === 'string' ? /^(\d+)(h|m|s)$/.exec(value) : null
  if (!match) throw errors.validation('invalid format for ban duration')
  const seconds = Number(match[1]) * ({ h: 3600, m: 60, s: 1 } as const)[match[2] as 'h' | 'm' | 's']
  return new Date(Date.now() + seconds * 1000)
}

export function adminRoutes(auth: AuthServer): Route[] {
  const { users } = auth
  const admin = (handler: (ctx: AuthContext) => Promise<unknown>) => async (ctx: AuthContext) => {
    await auth.requireAdmin(ctx.req)
    return handler(ctx)
  }

  async function list(ctx: AuthContext) {
    const page = Math.max(1, Number.parseInt(ctx.query.get('page') ?? '1', 10) || 1)
    const perPage = Math.min(1000, Math.max(1, Number.parseInt(ctx.query.get('per_page') ?? '50', 10) || 50))
    const { users: rows, total } = await users.list(page, perPage)
    const last = Math.max(1, Math.ceil(total / perPage))
    // auth-js reads the page number as the first query parameter of each link.
    const href = (p: number) => `</admin/users?page=${p}&per_page=${perPage}>`
    const links = [...(page < last ? [`${href(page + 1)}; rel="next"`] : []), `${href(last)}; rel="last"`]
    ctx.res.setHeader('x-total-count', String(total))
    ctx.res.setHeader('link', links.join(', '))
    return { users: await users.manyToJson(rows), aud: 'authenticated' }
  }

  async function create(ctx: AuthContext) {
    const email = requireEmail(ctx.body.email)
    if (await users.byEmail(email)) throw errors.emailExists()
    const password = ctx.body.password === undefined ? undefined : checkPassword(ctx.body.password, auth.config)
    let user = await users.create({
      email,
      passwordHash: password ? await bcrypt.hash(password, 10) : null,
      confirmed: ctx.body.email_confirm === true,
      identityInMetadata: false,
      userMetadata: optionalObject(ctx.body.user_metadata, 'user_metadata'),
      appMetadata: optionalObject(ctx.body.app_metadata, 'app_metadata'),
      role: optionalString(ctx.body.role, 'role'),
      phone: optionalString(ctx.body.phone, 'phone'),
    })
    const until = banUntil(ctx.body.ban_duration)
    if (until !== undefined) user = await users.update(user.id, { banned_until: until })
    return users.toJson(user)
  }

  /** GoTrue's loadUser: the user named in the path, 404 for an id that is no UUID or no user. */
  async function load(ctx: AuthContext) {
    const id = ctx.params[0]!
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
      throw new AuthError(404, 'validation_failed', 'user_id must be an UUID')
    }
    const user = await users.byId(id)
    if (!user) throw errors.userNotFound()
    return user
  }

  async function get(ctx: AuthContext) {
    return users.toJson(await load(ctx))
  }

  async function update(ctx: AuthContext) {
    const user = await load(ctx)
    const fields: Record<string, unknown> = {}
    const b = ctx.body
    if (b.email !== undefined) {
      const email = requireEmail(b.email)
      const other = await users.byEmail(email)
      if (other && other.id !== user.id) throw errors.emailExists()
      fields.email = email
    }
    const password = b.password === undefined || b.password === null ? undefined : checkPassword(b.password, auth.config)
    if (password !== undefined) {
      // As GoTrue's UpdatePassword: pending links stop working (and, below, every session ends).
      Object.assign(fields, {
        encrypted_password: await bcrypt.hash(password, 10),
        confirmation_token: '', confirmation_sent_at: null, recovery_token: '', recovery_sent_at: null,
        email_change_token_current: '', email_change_token_new: '', email_change_sent_at: null,
      })
    }
    let userMeta = optionalObject(b.user_metadata, 'user_metadata')
    if (b.email_confirm === true) {
      // GoTrue's Confirm.
      fields.email_confirmed_at = new Date()
      userMeta = { ...userMeta, email_verified: true }
    }
    if (userMeta) fields.raw_user_meta_data = mergeMetadata(user.raw_user_meta_data, userMeta)
    const appMeta = optionalObject(b.app_metadata, 'app_metadata')
    if (appMeta) fields.raw_app_meta_data = mergeMetadata(user.raw_app_meta_data, appMeta)
    const role = optionalString(b.role, 'role')
    if (role !== undefined) fields.role = role
    const until = banUntil(b.ban_duration)
    if (until !== undefined) fields.banned_until = until
    if (b.phone !== undefined) fields.phone = optionalString(b.phone, 'phone') || null
    const updated = Object.keys(fields).length ? await users.update(user.id, fields) : user
    if (fields.email || fields.email_confirmed_at) await users.syncEmailIdentity(updated)
    // A ban does not end sessions in GoTrue (their refresh fails with user_banned); a new password does.
    if (password !== undefined) await auth.sessions.endAll(user.id)
    return users.toJson(updated)
  }

  async function remove(ctx: AuthContext) {
    const user = await load(ctx)
    await users.delete(user.id, ctx.body.should_soft_delete === true)
    return {}
  }

  /** Creates an action link without sending mail, as the service role may (used by seeds and tests). */
  async function generateLink(ctx: AuthContext) {
    const type = ctx.body.type
    const email = requireEmail(ctx.body.email)
    const requested = optionalString(ctx.body.redirect_to, 'redirect_to')
    const redirectTo = requested && auth.redirectAllowed(requested) ? requested : auth.referrer(ctx.req, ctx.query)
    const user = await users.byEmail(email)
    if (!user) throw new AuthError(404, 'user_not_found', 'User with this email not found')
    if (type !== 'signup' && type !== 'recovery' && type !== 'magiclink') {
      throw errors.validation(`Invalid email action link type requested: ${String(type)}`)
    }
    const { hash, link, otp } = auth.mailer.link(type, email, redirectTo)
    await users.update(
      user.id,
      type === 'recovery'
        ? { recovery_token: hash, recovery_sent_at: new Date() }
        : { confirmation_token: hash, confirmation_sent_at: new Date() },
    )
    return {
      ...(await users.toJson(await users.byId(user.id).then((u) => u!))),
      action_link: link,
      email_otp: otp,
      hashed_token: hash,
      redirect_to: redirectTo,
      verification_type: type,
    }
  }

  const id = /^\/admin\/users\/([^/]+)$/
  return [
    { method: 'GET', path: /^\/admin\/users$/, handler: admin(list) },
    { method: 'POST', path: /^\/admin\/users$/, handler: admin(create) },
    { method: 'GET', path: id, handler: admin(get) },
    { method: 'PUT', path: id, handler: admin(update) },
    { method: 'DELETE', path: id, handler: admin(remove) },
    { method: 'POST', path: /^\/admin\/generate_link$/, handler: admin(generateLink) },
  ]
}
