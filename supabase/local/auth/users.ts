import { randomUUID } from 'node:crypto'
import type pg from 'pg'

/** A row of auth.users as the Auth server needs it. */
export interface UserRow {
  id: string
  aud: string | null
  role: string | null
  email: string | null
  encrypted_password: string | null
  email_confirmed_at: Date | null
  invited_at: Date | null
  confirmation_token: string | null
  confirmation_sent_at: Date | null
  recovery_token: string | null
  recovery_sent_at: Date | null
  email_change_token_new: string | null
  email_change_token_current: string | null
  email_change: string | null
  email_change_sent_at: Date | null
  email_change_confirm_status: number | null
  last_sign_in_at: Date | null
  raw_app_meta_data: Record<string, unknown> | null
  raw_user_meta_data: Record<string, unknown> | null
  created_at: Date | null
  updated_at: Date | null
  phone: string | null
  phone_confirmed_at: Date | null
  confirmed_at: Date | null
  banned_until: Date | null
  is_anonymous: boolean
  deleted_at: Date | null
}

interface IdentityRow {
  id: string
  provider_id: string
  user_id: string
  identity_data: Record<string, unknown>
  provider: string
  last_sign_in_at: Date | null
  created_at: Date | null
  updated_at: Date | null
  email: string | null
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : undefined)

/** Removes keys set to null and merges the rest, as GoTrue updates metadata. */
export function mergeMetadata(current: Record<string, unknown> | null, patch: Record<string, unknown>) {
  const merged: Record<string, unknown> = { ...current }
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete merged[k]
    else merged[k] = v
  }
  return merged
}

export class Users {
  constructor(private readonly db: pg.Pool) {}

  async byId(id: string): Promise<UserRow | undefined> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined
    const { rows } = await this.db.query<UserRow>('select * from auth.users where id = $1 and deleted_at is null', [id])
    return rows[0]
  }

  async byEmail(email: string): Promise<UserRow | undefined> {
    const { rows } = await this.db.query<UserRow>(
      'select * from auth.users where lower(email) = lower($1) and is_sso_user = false and deleted_at is null',
      [email],
    )
    return rows[0]
  }

  async byToken(column: 'confirmation_token' | 'recovery_token' | 'email_change_token_new' | 'email_change_token_current', hash: string) {
    const { rows } = await this.db.query<UserRow>(`select * from auth.users where ${column} = $1 and $1 <> ''`, [hash])
    return rows[0]
  }

  /** Creates a user with its email identity, as GoTrue does on sign-up or admin create. */
  async create(input: {
    email: string
    passwordHash: string | null
    confirmed: boolean
    userMetadata?: Record<string, unknown>
    appMetadata?: Record<string, unknown>
    role?: string
    phone?: string | null
    /** Sign-up copies the identity (sub, email, email_verified, ...) into user_metadata; admin create does not. */
    identityInMetadata?: boolean
  }): Promise<UserRow> {
    const id = randomUUID()
    const email = input.email.toLowerCase()
    const identityData = { sub: id, email, email_verified: input.confirmed, phone_verified: false }
    const client = await this.db.connect()
    try {
      await client.query('begin')
      const { rows } = await client.query<UserRow>(
        `insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
           raw_app_meta_data, raw_user_meta_data, created_at, updated_at, phone, is_anonymous)
         values ('00000000-0000-0000-0000-000000000000', $1, 'authenticated', $2, $3, $4,
           case when $5 then now() end, $6, $7, now(), now(), $8, false)
         returning *`,
        [
          id,
          input.role ?? 'authenticated',
          email,
          input.passwordHash,
          input.confirmed,
          mergeMetadata({ provider: 'email', providers: ['email'] }, input.appMetadata ?? {}),
          input.identityInMetadata === false
            ? { ...input.userMetadata, ...(input.confirmed ? { email_verified: true } : {}) }
            : { ...identityData, ...input.userMetadata },
          input.phone || null,
        ],
      )
      await client.query(
        `insert into auth.identities (provider_id, user_id, identity_data, provider, last_sign_in_at, created_at, updated_at)
         values ($1::text, $1::uuid, $2, 'email', now(), now(), now())`,
        [id, identityData],
      )
      await client.query('commit')
      return rows[0]!
    } catch (error) {
      await client.query('rollback')
      throw error
    } finally {
      client.release()
    }
  }

  /** Updates the given columns (names come from this module, never from a request). */
  async update(id: string, fields: Record<string, unknown>): Promise<UserRow> {
    const names = Object.keys(fields)
    const sets = names.map((name, i) => `${name} = $${i + 2}`)
    const { rows } = await this.db.query<UserRow>(
      `update auth.users set ${[...sets, 'updated_at = now()'].join(', ')} where id = $1 returning *`,
      [id, ...names.map((n) => fields[n])],
    )
    if (!rows[0]) throw new Error(`user ${id} vanished`)
    return rows[0]
  }

  /** Keeps the email identity in step with the user (verified flag, changed address). */
  async syncEmailIdentity(user: UserRow): Promise<void> {
    await this.db.query(
      `update auth.identities set identity_data = identity_data || jsonb_build_object('email', $2::text, 'email_verified', $3::boolean),
         updated_at = now() where user_id = $1 and provider = 'email'`,
      [user.id, user.email, user.email_confirmed_at !== null],
    )
  }

  async delete(id: string, soft: boolean): Promise<void> {
    if (soft) {
      await this.db.query(
        `update auth.users set deleted_at = now(), email = null, phone = null, encrypted_password = '',
           raw_user_meta_data = '{}' where id = $1`,
        [id],
      )
      await this.db.query('delete from auth.identities where user_id = $1', [id])
      await this.db.query('delete from auth.sessions where user_id = $1', [id])
    } else {
      await this.db.query('delete from auth.users where id = $1', [id])
    }
  }

  async list(page: number, perPage: number): Promise<{ users: UserRow[]; total: number }> {
    const [{ rows }, count] = await Promise.all([
      this.db.query<UserRow>(
        'select * from auth.users where deleted_at is null order by created_at desc, id limit $1 offset $2',
        [perPage, (page - 1) * perPage],
      ),
      this.db.query<{ n: string }>('select count(*) as n from auth.users where deleted_at is null'),
    ])
    return { users: rows, total: Number(count.rows[0]!.n) }
  }

  async identities(userIds: string[]): Promise<Map<string, IdentityRow[]>> {
    const map = new Map<string, IdentityRow[]>()
    if (!userIds.length) return map
    const { rows } = await this.db.query<IdentityRow>(
      'select * from auth.identities where user_id = any($1::uuid[]) order by created_at',
      [userIds],
    )
    for (const row of rows) map.set(row.user_id, [...(map.get(row.user_id) ?? []), row])
    return map
  }

  /** The user as GoTrue serialises it in every response. */
  async toJson(user: UserRow, identities?: IdentityRow[]): Promise<Record<string, unknown>> {
    const ids = identities ?? (await this.identities([user.id])).get(user.id) ?? []
    return serialize(user, ids)
  }

  async manyToJson(users: UserRow[]) {
    const ids = await this.identities(users.map((u) => u.id))
    return users.map((u) => serialize(u, ids.get(u.id) ?? []))
  }
}

function serialize(user: UserRow, identities: IdentityRow[]): Record<string, unknown> {
  const json: Record<string, unknown> = {
    id: user.id,
    aud: user.aud ?? '',
    role: user.role ?? '',
    email: user.email ?? '',
    email_confirmed_at: iso(user.email_confirmed_at),
    phone: user.phone ?? '',
    phone_confirmed_at: iso(user.phone_confirmed_at),
    confirmation_sent_at: iso(user.confirmation_sent_at),
    confirmed_at: iso(user.confirmed_at),
    recovery_sent_at: iso(user.recovery_sent_at),
    new_email: user.email_change || undefined,
    email_change_sent_at: iso(user.email_change_sent_at),
    last_sign_in_at: iso(user.last_sign_in_at),
    banned_until: iso(user.banned_until),
    app_metadata: user.raw_app_meta_data ?? {},
    user_metadata: user.raw_user_meta_data ?? {},
    identities: identities.map((i) => ({
      identity_id: i.id,
      id: i.provider_id,
      user_id: i.user_id,
      identity_data: i.identity_data,
      provider: i.provider,
      last_sign_in_at: iso(i.last_sign_in_at),
      created_at: iso(i.created_at),
      updated_at: iso(i.updated_at),
      email: i.email ?? undefined,
    })),
    created_at: iso(user.created_at),
    updated_at: iso(user.updated_at),
    is_anonymous: user.is_anonymous,
  }
  for (const key of Object.keys(json)) if (json[key] === undefined) delete json[key]
  return json
}
