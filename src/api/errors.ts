/**
 * A failed database call. `reason` is the stable reason code the SQL functions put in the error's
 * hint (`reason_required`, `conflict`, `illegal_transition`, …); pages translate it, never `message`.
 */
export class DbFailure extends Error {
  override readonly name = 'DbFailure'
  constructor(
    message: string,
    readonly reason: string,
    /** SQLSTATE or PostgREST code, e.g. `PT409` for a lost race, `42501` for a denied grant. */
    readonly code: string,
  ) {
    super(message)
  }

  /** Another officer changed the row first: reload and tell the user. */
  get isConflict(): boolean {
    return this.code === 'PT409' || this.reason === 'conflict'
  }
}

interface PostgrestLikeError {
  message: string
  code?: string
  hint?: string | null
  details?: string | null
}

export function toDbFailure(error: PostgrestLikeError): DbFailure {
  const code = error.code ?? ''
  // A fetch that never reached the server has no code; the UI says "check your connection".
  const reason = error.hint || (code ? 'unknown' : 'network')
  return new DbFailure(error.message, reason, code)
}

/** Unwraps a supabase-js `{ data, error }` result, throwing a DbFailure on error. */
export function unwrap<T>(result: { data: T; error: PostgrestLikeError | null }): NonNullable<T> {
  if (result.error) throw toDbFailure(result.error)
  return result.data as NonNullable<T>
}
