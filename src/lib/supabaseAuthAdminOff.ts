/**
 * What production builds use in place of auth-js's GoTrueAdminApi (the `ppid:lean-supabase` plugin in
 * vite.config.ts). With the WebAuthn module (supabaseWebAuthnOff.ts) left out too, every signed-in
 * page loads about 4 KiB gzip less.
 *
 * GoTrueClient builds one on every page and uses a single method of it itself: `signOut(jwt, scope)`,
 * which logs the user's own session out (POST /logout with the user's token). That method is kept as
 * auth-js has it, through auth-js's own request helper. Everything else on `supabase.auth.admin` needs
 * the service-role key, which never reaches a browser, so any use of it here fails loudly.
 */
import { isAuthError } from '@supabase/auth-js/dist/module/lib/errors'
import { _request } from '@supabase/auth-js/dist/module/lib/fetch'
import { resolveFetch } from '@supabase/auth-js/dist/module/lib/helpers'
import { SIGN_OUT_SCOPES, type SignOutScope } from '@supabase/auth-js/dist/module/lib/types'

type Fetch = typeof fetch

export default class GoTrueAdminApi {
  private readonly url: string
  private readonly headers: Record<string, string>
  private readonly fetch: Fetch

  constructor({ url = '', headers = {}, fetch }: { url?: string; headers?: Record<string, string>; fetch?: Fetch }) {
    this.url = url
    this.headers = headers
    this.fetch = resolveFetch(fetch)
    return new Proxy(this, {
      get(target, key, receiver) {
        // Promise checks and inspection (then, Symbol.toStringTag, …) get nothing instead of a throw.
        if (typeof key === 'symbol' || key === 'then' || key in target) return Reflect.get(target, key, receiver)
        throw new Error(`supabase.auth.admin.${key} is left out of this build (it needs the service-role key): see ppid:lean-supabase in vite.config.ts.`)
      },
    })
  }

  /** As auth-js's GoTrueAdminApi.signOut: ends the sessions `scope` names for the holder of `jwt`. */
  async signOut(jwt: string, scope: SignOutScope = SIGN_OUT_SCOPES[0]): Promise<{ data: null; error: unknown }> {
    if (SIGN_OUT_SCOPES.indexOf(scope) < 0) {
      throw new Error(`@supabase/auth-js: Parameter scope must be one of ${SIGN_OUT_SCOPES.join(', ')}`)
    }
    try {
      await _request(this.fetch, 'POST', `${this.url}/logout?scope=${scope}`, { headers: this.headers, jwt, noResolveJson: true })
      return { data: null, error: null }
    } catch (error) {
      if (isAuthError(error)) return { data: null, error }
      throw error
    }
  }
}
