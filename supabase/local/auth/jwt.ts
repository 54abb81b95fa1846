import { SignJWT, jwtVerify, errors as joseErrors, type JWTPayload } from 'jose'
import { errors } from './errors.ts'

export interface AccessClaims extends JWTPayload {
  sub: string
  role: string
  aud?: string
  email?: string
  phone?: string
  session_id?: string
  is_anonymous?: boolean
  app_metadata?: Record<string, unknown>
  user_metadata?: Record<string, unknown>
}

export class Jwt {
  private readonly key: Uint8Array
  constructor(
    secret: string,
    private readonly issuer: () => string,
    readonly expiry: number,
  ) {
    this.key = new TextEncoder().encode(secret)
  }

  /** Signs an access token with the claims GoTrue puts in one. */
  async sign(claims: Omit<AccessClaims, 'iat' | 'exp' | 'iss'>, now = Math.floor(Date.now() / 1000)) {
    const exp = now + this.expiry
    const token = await new SignJWT({ ...claims, iss: this.issuer() })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuedAt(now)
      .setExpirationTime(exp)
      .sign(this.key)
    return { token, exp }
  }

  /** Verifies a bearer token; only HS256 with our secret counts (no `alg: none`, no other keys). */
  async verify(token: string): Promise<AccessClaims> {
    try {
      const { payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'] })
      if (typeof payload.role !== 'string') throw errors.badJwt('role claim missing')
      return payload as AccessClaims
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw errors.badJwt('token is expired')
      if (error instanceof joseErrors.JOSEError) throw errors.badJwt(error.message)
      throw error
    }
  }
}
