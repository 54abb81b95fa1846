import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { LOCAL_ANON_KEY, LOCAL_JWT_SECRET, LOCAL_SERVICE_ROLE_KEY, loadConfig, loadKeys, parseDuration, parseSize } from './config.ts'

const here = import.meta.dirname
const tmp = mkdtempSync(join(tmpdir(), 'stack-config-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

/** Writes a config.toml into the temp folder and returns its path. */
function toml(name: string, text: string): string {
  const file = join(tmp, `${name}.toml`)
  writeFileSync(file, text)
  return file
}

describe('loadConfig', () => {
  test("reads the project's supabase/config.toml", () => {
    const c = loadConfig(resolve(here, '..', 'config.toml'))
    expect(c.api).toEqual({ schemas: ['public', 'graphql_public'], extraSearchPath: ['public', 'extensions'], maxRows: 1000 })
    expect(c.auth).toMatchObject({
      siteUrl: 'http://127.0.0.1:5173',
      jwtExpiry: 3600,
      refreshTokenRotation: true,
      refreshTokenReuseInterval: 10,
      enableSignup: true,
      minimumPasswordLength: 8,
      passwordRequirements: 'letters_digits',
      emailConfirmations: true,
      doubleConfirmChanges: true,
      maxFrequencySeconds: 1,
      otpExpiry: 3600,
      rateLimit: { emailSent: 6, signInSignUps: 30, tokenRefresh: 150, tokenVerifications: 30 },
    })
    expect(c.auth.redirectUrls).toContain('http://localhost:5173/**')
    expect(c.storage.fileSizeLimit).toBe(50 * 1024 * 1024)
  })

  test("reads the test suite's fixture, which differs where the suite needs it to", () => {
    const c = loadConfig(resolve(here, 'tests', 'fixtures', 'config.toml'))
    expect(c.api.maxRows).toBe(1000)
    expect(c.auth.refreshTokenReuseInterval).toBe(2)
    expect(c.auth.rateLimit).toEqual({ emailSent: 4, signInSignUps: 1000, tokenRefresh: 150, tokenVerifications: 1000 })
  })

  test('an empty file gives the CLI defaults', () => {
    const c = loadConfig(toml('empty', ''))
    expect(c.api).toEqual({ schemas: ['public', 'graphql_public'], extraSearchPath: ['public', 'extensions'], maxRows: 1000 })
    expect(c.auth).toMatchObject({
      siteUrl: 'http://127.0.0.1:3000',
      jwtExpiry: 3600,
      enableSignup: true,
      minimumPasswordLength: 6,
      passwordRequirements: '',
      emailConfirmations: false,
      maxFrequencySeconds: 1,
    })
    expect(c.storage.fileSizeLimit).toBe(52_428_800)
  })

  test('public is always exposed, and either enable_signup = false turns sign-ups off', () => {
    const c = loadConfig(
      toml('schemas', '[api]\nschemas = ["api"]\nmax_rows = 50\n[auth]\nenable_signup = true\n[auth.email]\nenable_signup = false\n'),
    )
    expect(c.api.schemas).toEqual(['public', 'api'])
    expect(c.api.maxRows).toBe(50)
    expect(c.auth.enableSignup).toBe(false)
  })

  test('a value of the wrong type is refused with the key and the expected type', () => {
    expect(() => loadConfig(toml('rows', '[api]\nmax_rows = "x"\n'))).toThrow('config.toml: "max_rows" should be a number')
    expect(() => loadConfig(toml('schemas-type', '[api]\nschemas = "public"\n'))).toThrow('"schemas" should be a list')
    expect(() => loadConfig(toml('bool', '[auth.email]\nenable_confirmations = "yes"\n'))).toThrow(
      '"enable_confirmations" should be a boolean',
    )
  })

  test('unreadable sizes and durations are refused with the value in the message', () => {
    expect(() => loadConfig(toml('size', '[storage]\nfile_size_limit = "lots"\n'))).toThrow('cannot read the size "lots"')
    expect(() => loadConfig(toml('dur', '[auth.email]\nmax_frequency = "soon"\n'))).toThrow('cannot read the duration "soon"')
  })

  test('a file that is not TOML is refused', () => {
    expect(() => loadConfig(toml('broken', '[api\nmax_rows = 1\n'))).toThrow()
  })
})

describe('parseSize (go-units RAMInBytes, as the CLI)', () => {
  test.each([
    ['50MiB', 50 * 1024 ** 2],
    ['5MB', 5 * 1024 ** 2],
    ['5mb', 5 * 1024 ** 2],
    ['32kB', 32 * 1024],
    ['1GiB', 1024 ** 3],
    ['1.5 MiB', 1.5 * 1024 ** 2],
    ['1024', 1024],
    ['10b', 10],
  ])('%s → %i bytes', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes)
  })

  test('a number is already bytes', () => {
    expect(parseSize(4096)).toBe(4096)
  })

  test.each(['', 'MB', 'five MB', '5XB', '-5MB', '1.2.3MB', '5 M B'])('"%s" throws', (text) => {
    expect(() => parseSize(text)).toThrow(`cannot read the size "${text}"`)
  })
})

describe('parseDuration (Go durations)', () => {
  test.each([
    ['1s', 1],
    ['60s', 60],
    ['1m30s', 90],
    ['2h', 7200],
    ['1h1m1s', 3661],
    ['1.5s', 1.5],
    ['500ms', 0.5],
  ])('%s → %d s', (text, seconds) => {
    expect(parseDuration(text)).toBe(seconds)
  })

  test.each(['', '10', 'soon', '1x', '1s later', '1d'])('"%s" throws', (text) => {
    expect(() => parseDuration(text)).toThrow(`cannot read the duration "${text}"`)
  })
})

describe('loadKeys', () => {
  test("the Supabase CLI's well-known local keys unless the environment gives others", () => {
    expect(loadKeys({})).toEqual({ jwtSecret: LOCAL_JWT_SECRET, anonKey: LOCAL_ANON_KEY, serviceRoleKey: LOCAL_SERVICE_ROLE_KEY })
    expect(loadKeys({ JWT_SECRET: 's', SUPABASE_ANON_KEY: 'a', SERVICE_ROLE_KEY: 'k' })).toEqual({
      jwtSecret: 's',
      anonKey: 'a',
      serviceRoleKey: 'k',
    })
  })
})
