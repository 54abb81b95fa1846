import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { parse } from 'smol-toml'

/**
 * The Supabase CLI's well-known local secret and keys (`supabase status` prints the same), so one
 * `.env` serves this stack and `supabase start`. They protect nothing: never use them in production.
 */
export const LOCAL_JWT_SECRET = 'super-secret-jwt-token-with-at-least-32-characters-long'
export const LOCAL_ANON_KEY =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6ImFub24iLCJleHAiOjE5ODM4MTI5OTZ9.CRXP1A7WOeoJeXxjNni43kdQwgnWNReilDMblYTn_I0'
export const LOCAL_SERVICE_ROLE_KEY =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImV4cCI6MTk4MzgxMjk5Nn0.EGIM96RAZx35lJzdJsyH-qQwv8Hdp7fsn3W0YpN81IU'

export type PasswordRequirements =
  | ''
  | 'letters_digits'
  | 'lower_upper_letters_digits'
  | 'lower_upper_letters_digits_symbols'

export interface AuthConfig {
  siteUrl: string
  redirectUrls: string[]
  jwtExpiry: number
  refreshTokenRotation: boolean
  refreshTokenReuseInterval: number
  enableSignup: boolean
  minimumPasswordLength: number
  passwordRequirements: PasswordRequirements
  emailConfirmations: boolean
  doubleConfirmChanges: boolean
  maxFrequencySeconds: number
  otpExpiry: number
  rateLimit: { emailSent: number; signInSignUps: number; tokenRefresh: number; tokenVerifications: number }
}

export interface StackConfig {
  api: { schemas: string[]; extraSearchPath: string[]; maxRows: number }
  auth: AuthConfig
  storage: { fileSizeLimit: number; buckets: SeedBucket[] }
}

/** A `[storage.buckets.NAME]` table: the bucket, and a folder whose files seed it (`supabase seed buckets`). */
export interface SeedBucket {
  name: string
  public: boolean
  fileSizeLimit: number | null
  allowedMimeTypes: string[] | null
  objectsPath: string | null
}

type Toml = Record<string, unknown>

function section(doc: Toml, path: string): Toml {
  let node: unknown = doc
  for (const key of path.split('.')) node = (node as Toml | undefined)?.[key]
  return node !== null && typeof node === 'object' ? (node as Toml) : {}
}

function pick<T>(table: Toml, key: string, fallback: T): T {
  const value = table[key]
  if (value === undefined) return fallback
  if (typeof value !== typeof fallback || Array.isArray(value) !== Array.isArray(fallback)) {
    throw new Error(`config.toml: "${key}" should be a ${Array.isArray(fallback) ? 'list' : typeof fallback}`)
  }
  return value as T
}

/** An optional key of one of the given types, or null when absent. */
function pickOptional<T>(table: Toml, key: string, types: ('string' | 'number' | 'list')[]): T | null {
  const value = table[key]
  if (value === undefined) return null
  const type = Array.isArray(value) ? 'list' : typeof value
  if (!types.includes(type as 'string')) throw new Error(`config.toml: "${key}" should be a ${types.join(' or ')}`)
  return value as T
}

/**
 * Parses sizes the way the CLI does (go-units RAMInBytes): "50MiB", "5MB", "32kb", "1024" (bytes).
 * Units are binary whether or not they carry the "i": "5MB" is 5 × 1024² bytes, as under `supabase start`.
 */
export function parseSize(value: string | number): number {
  if (typeof value === 'number') return value
  const match = /^(\d+(?:\.\d+)?) ?([kmgtp])?i?b?$/i.exec(value)
  if (!match) throw new Error(`config.toml: cannot read the size "${value}"`)
  const exponent = match[2] ? 'kmgtp'.indexOf(match[2].toLowerCase()) + 1 : 0
  return Math.floor(Number.parseFloat(match[1]!) * 1024 ** exponent)
}

/** Parses Go-style durations as config.toml writes them: "1s", "60s", "1m30s". */
export function parseDuration(value: string): number {
  let seconds = 0
  const re = /(\d+(?:\.\d+)?)(h|ms|m|s)/g
  let matched = ''
  for (let m = re.exec(value); m; m = re.exec(value)) {
    seconds += Number(m[1]) * ({ h: 3600, m: 60, s: 1, ms: 0.001 } as const)[m[2] as 'h' | 'm' | 's' | 'ms']
    matched += m[0]
  }
  if (!matched || matched !== value.trim()) throw new Error(`config.toml: cannot read the duration "${value}"`)
  return seconds
}

export function loadConfig(file: string): StackConfig {
  const doc = parse(readFileSync(file, 'utf8')) as Toml
  const api = section(doc, 'api')
  const auth = section(doc, 'auth')
  const email = section(doc, 'auth.email')
  const rate = section(doc, 'auth.rate_limit')
  const storage = section(doc, 'storage')
  const schemas = pick(api, 'schemas', ['public', 'graphql_public'])
  return {
    api: {
      schemas: schemas.includes('public') ? schemas : ['public', ...schemas],
      extraSearchPath: pick(api, 'extra_search_path', ['public', 'extensions']),
      maxRows: pick(api, 'max_rows', 1000),
    },
    auth: {
      siteUrl: pick(auth, 'site_url', 'http://127.0.0.1:3000'),
      redirectUrls: pick(auth, 'additional_redirect_urls', [] as string[]),
      jwtExpiry: pick(auth, 'jwt_expiry', 3600),
      refreshTokenRotation: pick(auth, 'enable_refresh_token_rotation', true),
      refreshTokenReuseInterval: pick(auth, 'refresh_token_reuse_interval', 10),
      enableSignup: pick(auth, 'enable_signup', true) && pick(email, 'enable_signup', true),
      minimumPasswordLength: pick(auth, 'minimum_password_length', 6),
      passwordRequirements: pick(auth, 'password_requirements', '') as PasswordRequirements,
      emailConfirmations: pick(email, 'enable_confirmations', false),
      doubleConfirmChanges: pick(email, 'double_confirm_changes', true),
      maxFrequencySeconds: parseDuration(pick(email, 'max_frequency', '1s')),
      otpExpiry: pick(email, 'otp_expiry', 3600),
      rateLimit: {
        emailSent: pick(rate, 'email_sent', 2),
        signInSignUps: pick(rate, 'sign_in_sign_ups', 30),
        tokenRefresh: pick(rate, 'token_refresh', 150),
        tokenVerifications: pick(rate, 'token_verifications', 30),
      },
    },
    storage: {
      fileSizeLimit: parseSize(pick<string | number>(storage, 'file_size_limit', '50MiB')),
      buckets: Object.entries(section(doc, 'storage.buckets')).map(([name, value]) => {
        const b = (value ?? {}) as Toml
        const limit = pickOptional<string | number>(b, 'file_size_limit', ['string', 'number'])
        const objects = pickOptional<string>(b, 'objects_path', ['string'])
        return {
          name,
          public: pick(b, 'public', false),
          fileSizeLimit: limit === null ? null : parseSize(limit),
          allowedMimeTypes: pickOptional<string[]>(b, 'allowed_mime_types', ['list']),
          objectsPath: objects === null ? null : resolve(dirname(file), objects),
        }
      }),
    },
  }
}

/** Secrets and keys: the CLI's local ones unless the environment gives others. */
export function loadKeys(env: NodeJS.ProcessEnv = process.env) {
  return {
    jwtSecret: env.JWT_SECRET ?? env.SUPABASE_JWT_SECRET ?? LOCAL_JWT_SECRET,
    anonKey: env.ANON_KEY ?? env.SUPABASE_ANON_KEY ?? LOCAL_ANON_KEY,
    serviceRoleKey: env.SERVICE_ROLE_KEY ?? env.SUPABASE_SERVICE_ROLE_KEY ?? LOCAL_SERVICE_ROLE_KEY,
  }
}
export type StackKeys = ReturnType<typeof loadKeys>
