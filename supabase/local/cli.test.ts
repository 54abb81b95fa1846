import { resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { parseStackArgs } from './cli.ts'

describe('parseStackArgs', () => {
  beforeEach(() => vi.stubEnv('DATABASE_URL', ''))
  afterEach(() => vi.unstubAllEnvs())

  test('no flags: everything left to startStack’s defaults', () => {
    expect(parseStackArgs([])).toEqual({
      port: undefined,
      data: undefined,
      migrations: undefined,
      seed: undefined,
      config: undefined,
      pgPort: undefined,
      postgrestPort: undefined,
      databaseUrl: undefined,
      verbose: false,
    })
  })

  test('--port 0 asks for a free port; --data memory stays the word memory; --seed none means no seed', () => {
    const o = parseStackArgs(['--port', '0', '--data', 'memory', '--seed', 'none'])
    expect(o.port).toBe(0)
    expect(o.data).toBe('memory')
    expect(o.seed).toBeNull()
  })

  test('paths are made absolute; ports are numbers; --verbose is a switch', () => {
    const o = parseStackArgs([
      '--data', 'tmp/db', '--migrations', 'db/migrations', '--seed', 'db/seed.sql', '--config', 'x.toml',
      '--pg-port', '5433', '--postgrest-port=3001', '--port=54321', '--verbose',
    ])
    expect(o).toMatchObject({
      data: resolve('tmp/db'),
      migrations: resolve('db/migrations'),
      seed: resolve('db/seed.sql'),
      config: resolve('x.toml'),
      pgPort: 5433,
      postgrestPort: 3001,
      port: 54321,
      verbose: true,
    })
  })

  test('DATABASE_URL from the environment selects an external Postgres', () => {
    vi.stubEnv('DATABASE_URL', 'postgres://u:p@127.0.0.1:5432/db')
    expect(parseStackArgs([]).databaseUrl).toBe('postgres://u:p@127.0.0.1:5432/db')
  })

  test.each(['abc', '-1', '65536', '1.5', '', '1e3', ' 80'])('--port "%s" is refused with a clear message', (value) => {
    expect(() => parseStackArgs([`--port=${value}`])).toThrow(`--port must be a port number, not "${value}"`)
  })

  test('the other port flags are checked the same way', () => {
    expect(() => parseStackArgs(['--pg-port', 'x'])).toThrow('--pg-port must be a port number, not "x"')
    expect(() => parseStackArgs(['--postgrest-port', '70000'])).toThrow('--postgrest-port must be a port number')
  })

  test('an unknown flag or a stray argument is refused', () => {
    expect(() => parseStackArgs(['--prot', '1'])).toThrow(/Unknown option '--prot'/)
    expect(() => parseStackArgs(['start'])).toThrow(/Unexpected argument 'start'/)
  })

  test('a flag that needs a value and got none is refused', () => {
    expect(() => parseStackArgs(['--port'])).toThrow(/--port/)
  })
})
