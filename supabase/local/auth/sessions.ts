import { randomBytes, randomUUID } from 'node:crypto'
import type pg from 'pg'
import { AuthError, errors } from './errors.ts'
import type { Jwt } from './jwt.ts'
import type { UserRow, Users } from './users.ts'

interface TokenRow {
  id: string
  token: string
  user_id: string
  revoked: boolean
  updated_at: Date
  parent: string | null
  session_id: string
}

const newRefreshToken = () => randomBytes(24).toString('base64url')

interface AmrEntry {
  method: string
  timestamp: number
}

export class Sessions {
  /**
   * Each session's sign-in method, repeated in every access token it gets. GoTrue keeps these in
   * auth.mfa_amr_claims; this stack has no such table, so they live here (a restart falls back to
   * "password" at the session's creation).
   */
  private readonly amr = new Map<string, AmrEntry[]>()

  constructor(
    private readonly db: pg.Pool,
    private readonly users: Users,
    private readonly jwt: Jwt,
    private readonly opts: { rotation: boolean; reuseIntervalSeconds: number },
  ) {}

  /** Opens a session and returns GoTrue's token response (access token, refresh token, user). */
  async issue(user: UserRow, method: string, meta: { ip: string; userAgent?: string }) {
    const sessionId = randomUUID()
    const refresh = newRefreshToken()
    await this.db.query(
      `insert into auth.sessions (id, user_id, created_at, updated_at, aal, refreshed_at, user_agent, ip)
       values ($1, $2, now(), now(), 'aal1', now(), $3, $4)`,
      [sessionId, user.id, meta.userAgent ?? null, isIp(meta.ip) ? meta.ip : null],
    )
    await this.db.query(
      `insert into auth.refresh_tokens (instance_id, token, user_id, revoked, created_at, updated_at, session_id)
       values ('00000000-0000-0000-0000-000000000000', $1, $2, false, now(), now(), $3)`,
      [refresh, user.id, sessionId],
    )
    const updated = await this.users.update(user.id, { last_sign_in_at: new Date() })
    const now = Math.floor(Date.now() / 1000)
    const amr = [{ method, timestamp: now }]
    this.amr.set(sessionId, amr)
    if (this.amr.size > 10_000) this.amr.delete(this.amr.keys().next().value!)
    return this.response(updated, sessionId, refresh, amr, now)
  }

  /**
   * Exchanges a refresh token, as GoTrue's RefreshTokenGrant: the token is revoked and a child issued.
   * A revoked token that is the parent of the session's active token gets that active token back (a
   * client that lost the answer to its last refresh); any other revoked token is swapped again within
   * refresh_token_reuse_interval of its updated_at (which revoking leaves alone, as GoTrue's
   * UpdateOnly(token, "revoked") does), and after it ends the whole token family with
   * refresh_token_already_used, against token theft.
   */
  async refresh(token: string) {
    const client = await this.db.connect()
    try {
      await client.query('begin')
      const { rows } = await client.query<TokenRow>(
        'select * from auth.refresh_tokens where token = $1 for update',
        [token],
      )
      const row = rows[0]
      if (!row) throw errors.refreshNotFound()
      const user = await this.users.byId(row.user_id)
      if (!user) throw errors.refreshNotFound()
      if (user.banned_until && user.banned_until > new Date()) {
        throw new AuthError(400, 'user_banned', 'Invalid Refresh Token: User Banned')
      }
      let next: string | undefined
      if (row.revoked) {
        const child = await client.query<TokenRow>(
          'select * from auth.refresh_tokens where session_id = $1 and revoked = false order by id desc limit 1',
          [row.session_id],
        )
        const active = child.rows[0]
        if (active && active.parent === row.token) {
          next = active.token
        } else if ((Date.now() - row.updated_at.getTime()) / 1000 > this.opts.reuseIntervalSeconds) {
          // GoTrue's RevokeTokenFamily leaves updated_at alone.
          if (this.opts.rotation) {
            await client.query('update auth.refresh_tokens set revoked = true where session_id = $1 and revoked = false', [row.session_id])
          }
          await client.query('commit')
          throw errors.refreshUsed()
        }
      }
      if (next === undefined) {
        // GoTrue's GrantRefreshTokenSwap: revoke (updated_at untouched) and issue a child.
        next = newRefreshToken()
        await client.query('update auth.refresh_tokens set revoked = true where id = $1', [row.id])
        await client.query(
          `insert into auth.refresh_tokens (instance_id, token, user_id, revoked, created_at, updated_at, parent, session_id)
           values ('00000000-0000-0000-0000-000000000000', $1, $2, false, now(), now(), $3, $4)`,
          [next, row.user_id, row.token, row.session_id],
        )
      }
      const session = await client.query<{ created_at: Date }>(
        'update auth.sessions set refreshed_at = now(), updated_at = now() where id = $1 returning created_at',
        [row.session_id],
      )
      await client.query('commit')
      // The access token keeps the session's sign-in method and time (GoTrue's AMR claims).
      const amr = this.amr.get(row.session_id) ?? [
        { method: 'password', timestamp: Math.floor((session.rows[0]?.created_at ?? new Date()).getTime() / 1000) },
      ]
      return this.response(user, row.session_id, next, amr, Math.floor(Date.now() / 1000))
    } catch (error) {
      await client.query('rollback').catch(() => undefined)
      throw error
    } finally {
      client.release()
    }
  }

  async exists(sessionId: string): Promise<boolean> {
    if (!/^[0-9a-f-]{36}$/i.test(sessionId)) return false
    const { rowCount } = await this.db.query('select 1 from auth.sessions where id = $1', [sessionId])
    return (rowCount ?? 0) > 0
  }

  /** Ends sessions: `local` this one, `others` all but this one, `global` all of the user's. */
  async logout(userId: string, sessionId: string, scope: 'global' | 'local' | 'others') {
    if (scope === 'local') await this.db.query('delete from auth.sessions where id = $1', [sessionId])
    else if (scope === 'others') await this.db.query('delete from auth.sessions where user_id = $1 and id <> $2', [userId, sessionId])
    else await this.db.query('delete from auth.sessions where user_id = $1', [userId])
  }

  async endAll(userId: string) {
    await this.db.query('delete from auth.sessions where user_id = $1', [userId])
  }

  private async response(user: UserRow, sessionId: string, refreshToken: string, amr: AmrEntry[], now: number) {
    const { token, exp } = await this.jwt.sign(
      {
        aud: user.aud ?? 'authenticated',
        sub: user.id,
        email: user.email ?? '',
        phone: user.phone ?? '',
        app_metadata: user.raw_app_meta_data ?? {},
        user_metadata: user.raw_user_meta_data ?? {},
        role: user.role || 'authenticated',
        aal: 'aal1',
        amr,
        session_id: sessionId,
        is_anonymous: user.is_anonymous,
      },
      now,
    )
    return {
      access_token: token,
      token_type: 'bearer',
      expires_in: this.jwt.expiry,
      expires_at: exp,
      refresh_token: refreshToken,
      user: await this.users.toJson(user),
    }
  }
}

function isIp(value: string): boolean {
  return /^[0-9.]+$/.test(value) || /^[0-9a-f:]+$/i.test(value)
}
