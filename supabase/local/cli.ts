import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { startStack, type StackOptions } from './stack.ts'

const USAGE = `npm run stack -- [--port N] [--data DIR|memory] [--migrations DIR] [--seed FILE|none]
                     [--config FILE] [--pg-port N] [--postgrest-port N] [--verbose]
Runs the embedded Supabase stack. DATABASE_URL set: use that Postgres (>= 15) instead of starting one.`

export function parseStackArgs(argv: string[]): StackOptions & { verbose: boolean } {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      data: { type: 'string' },
      migrations: { type: 'string' },
      seed: { type: 'string' },
      config: { type: 'string' },
      'pg-port': { type: 'string' },
      'postgrest-port': { type: 'string' },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  })
  if (values.help) {
    console.log(USAGE)
    process.exit(0)
  }
  const port = (name: string, value: string | undefined) => {
    if (value === undefined) return undefined
    const n = Number(value)
    if (!/^\d+$/.test(value) || n > 65535) throw new Error(`--${name} must be a port number, not "${value}"`)
    return n
  }
  return {
    port: port('port', values.port),
    data: values.data === 'memory' || values.data === undefined ? values.data : resolve(values.data),
    migrations: values.migrations && resolve(values.migrations),
    seed: values.seed === 'none' ? null : values.seed && resolve(values.seed),
    config: values.config && resolve(values.config),
    pgPort: port('pg-port', values['pg-port']),
    postgrestPort: port('postgrest-port', values['postgrest-port']),
    databaseUrl: process.env.DATABASE_URL || undefined,
    verbose: values.verbose,
  }
}

async function main() {
  let options: ReturnType<typeof parseStackArgs>
  try {
    options = parseStackArgs(process.argv.slice(2))
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`)
    process.exit(2)
  }
  const stack = await startStack({
    ...options,
    watchMigrations: options.data !== 'memory',
    log: (line) => {
      if (options.verbose || /applied|seeded|restarting|failed|error/i.test(line)) process.stdout.write(`[stack] ${line}`)
    },
  })
  console.log(`
Embedded Supabase stack is running (PostgreSQL ${stack.postgresMajor}, PostgREST 12).

         API URL: ${stack.url}
     REST (Data): ${stack.url}/rest/v1
            Auth: ${stack.url}/auth/v1
         Mailbox: ${stack.url}/mailbox
          DB URL: ${stack.dbUrl}
 PostgREST (internal): ${stack.postgrest.url}
      JWT secret: ${stack.jwtSecret}
        anon key: ${stack.anonKey}
service_role key: ${stack.serviceRoleKey}

Stop with Ctrl+C.`)
  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) return
    stopping = true
    console.log(`\n${signal}: stopping the stack…`)
    await stack.stop()
    process.exit(0)
  }
  process.on('SIGINT', () => void stop('SIGINT'))
  process.on('SIGTERM', () => void stop('SIGTERM'))
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  })
}
