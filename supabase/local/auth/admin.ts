import bcrypt from 'bcryptjs'
import { errors } from './errors.ts'
import type { AuthContext, AuthServer, Route } from './server.ts'
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
      userMetadata: optionalObject(ctx.body.user_metadata, 'user_metadata'),
      appMetadata: optionalObject(ctx.body.app_metadata, 'app_metadata'),
      role: optionalString(ctx.body.role, 'role'),
      phone: optionalString(ctx.body.phone, 'phone'),
    })
    const until = banUntil(ctx.body.ban_duration)
    if (until !== undefined) user = await users.update(user.id, { banned_until: until })
    return users.toJson(user)
  }

  async function get(ctx: AuthContext) {
    const user = await users.byId(ctx.params[0]!)
    if (!user) throw errors.userNotFound()
    return users.toJson(user)
  }

  async function update(ctx: AuthContext) {
    const user = await users.byId(ctx.params[0]!)
    if (!user) throw errors.userNotFound()
    const fields: Record<string, unknown> = {}
    const b = ctx.body
    if (b.email !== undefined) {
      const email = requireEmail(b.email)
      const other = await users.byEmail(email)
      if (other && other.id !== user.id) throw errors.emailExists()
      fields.email = email
    }
    if (b.password !== undefined) fields.encrypted_password = await bcrypt.hash(checkPassword(b.password, auth.config), 10)
    if (b.email_confirm === true && !user.email_confirmed_at) fields.email_confirmed_at = new Date()
    const userMeta = optionalObject(b.user_metadata, 'user_metadata')
    if (userMeta) fields.raw_user_meta_data = { ...user.raw_user_meta_data, ...userMeta }
    const appMeta = optionalObject(b.app_metadata, 'app_metadata')
    if (appMeta) fields.raw_app_meta_data = { ...user.raw_app_meta_data, ...appMeta }
    const role = optionalString(b.role, 'role')
    if (role !== undefined) fields.role = role
    const until = banUntil(b.ban_duration)
    if (until !== undefined) fields.banned_until = until
    if (b.phone !== undefined) fields.phone = optionalString(b.phone, 'phone') || null
    const updated = Object.keys(fields).length ? await users.update(user.id, fields) : user
    if (fields.email || fields.email_confirmed_at) await users.syncEmailIdentity(updated)
    if (until) await auth.sessions.endAll(user.id)
    return users.toJson(updated)
  }

  async function remove(ctx: AuthContext) {
    const user = await users.byId(ctx.params[0]!)
    if (!user) throw errors.userNotFound()
    await users.delete(user.id, ctx.body.should_soft_delete === true)
    return {}
  }

  /** Creates an action link without sending mail, as the service role may (used by seeds and tests). */
  async function generateLink(ctx: AuthContext) {
    const type = ctx.body.type
    const email = requireEmail(ctx.body.email)
    const redirectTo = auth.redirectTarget(optionalString(ctx.body.redirect_to, 'redirect_to'))
    const user = await users.byEmail(email)
    if (!user) throw errors.userNotFound()
    if (type !== 'signup' && type !== 'recovery' && type !== 'magiclink') throw errors.validation('Invalid link type')
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
      properties: { action_link: link, email_otp: otp, hashed_token: hash, redirect_to: redirectTo, verification_type: type },
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
