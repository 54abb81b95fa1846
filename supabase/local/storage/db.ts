import pg from 'pg'

/** The caller as Storage sees it: the role and claims of the verified JWT (or anon). */
export interface Caller {
  role: string
  claims: Record<string, unknown>
  /** The user id (`sub`), when the caller is a user. */
  sub?: string
}

/**
 * Runs `fn` in a transaction as the caller's role with the caller's claims, exactly as Supabase Storage
 * does, so the project's RLS policies on storage.objects decide every operation.
 */
export async function asCaller<T>(pool: pg.Pool, caller: Caller, fn: (db: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect()
  try {
    await client.query('begin')
    await client.query(
      `select set_config('role', $1, true), set_config('request.jwt.claims', $2, true),
              set_config('request.jwt.claim.sub', $3, true), set_config('request.jwt.claim.role', $1, true)`,
      [caller.role, JSON.stringify(caller.claims), caller.sub ?? ''],
    )
    const result = await fn(client)
    await client.query('commit')
    return result
  } catch (error) {
    await client.query('rollback').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
}
