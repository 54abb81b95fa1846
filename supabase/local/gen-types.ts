/**
 * `npm run types`: src/types/database.types.ts from the migrations, made by the generator that
 * `supabase gen types typescript --local` runs in Docker (@supabase/postgres-meta), against a throwaway
 * stack. `npm run types:check` (CI) generates again and fails when the committed file differs.
 *
 * The options are the ones the CLI gives postgres-meta: the schemas `public` plus [api] schemas of
 * config.toml, one-to-one relationships detected (PostgREST ≥ 10). The CLI leaves the PostgREST version
 * out; we give the one the stack runs (12), so createClient<Database> picks the right client options.
 */
import { spawnSync } from 'node:child_process'
import { EventEmitter } from 'node:events'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { PostgresMeta } from '@supabase/postgres-meta'
import { getGeneratorMetadata } from '@supabase/postgres-meta/dist/lib/generators.js'
// postgres-meta's own dependency: its generator module, which formats the output itself (oxfmt).
import { generateTypescript } from '@supabase/postgrest-typegen'
import { ROOT, startStack } from './stack.ts'

const TARGET = resolve(ROOT, 'src', 'types', 'database.types.ts')
const POSTGREST_VERSION = '12'

async function generateTypes(migrations?: string): Promise<string> {
  const stack = await startStack({ data: 'memory', port: 0, seed: null, migrations, databaseUrl: process.env.DATABASE_URL || undefined })
  try {
    const includedSchemas = [...new Set(['public', ...stack.config.api.schemas])]
    // postgres-meta runs its ~11 introspection queries at once, each adding an error listener to the pool.
    EventEmitter.defaultMaxListeners = 20
    const meta = new PostgresMeta({ connectionString: stack.dbUrl, max: 1, application_name: 'gen-types' })
    // Ends the pool itself, on error too.
    const { data, error } = await getGeneratorMetadata(meta, { includedSchemas })
    if (error) throw new Error(`introspection failed: ${error.message}`)
    return await generateTypescript(data, {
      detectOneToOneRelationships: true,
      postgrestVersion: POSTGREST_VERSION,
      defaultSchema: 'public',
    })
  } finally {
    await stack.stop()
  }
}

/** A short unified diff (diffutils), or line counts when `diff` is not installed. */
function diffSummary(committed: string, generated: string, committedText: string, generatedText: string): string {
  const run = spawnSync('diff', ['-u', '--label', 'committed', '--label', 'generated', committed, generated], { encoding: 'utf8' })
  if (run.error) {
    const a = committedText.split('\n').length
    const b = generatedText.split('\n').length
    return `committed: ${a} lines, generated: ${b} lines`
  }
  const lines = run.stdout.split('\n')
  const added = lines.filter((l) => l.startsWith('+') && !l.startsWith('+++')).length
  const removed = lines.filter((l) => l.startsWith('-') && !l.startsWith('---')).length
  const shown = lines.slice(0, 80).join('\n')
  return `${added} lines added, ${removed} removed by regenerating:\n${shown}${lines.length > 80 ? `\n… ${lines.length - 80} more diff lines` : ''}`
}

async function main() {
  const { values } = parseArgs({
    options: { check: { type: 'boolean', default: false }, migrations: { type: 'string' } },
    strict: true,
  })
  const started = performance.now()
  const types = await generateTypes(values.migrations && resolve(values.migrations))
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  const target = relative(ROOT, TARGET)

  if (!values.check) {
    await writeFile(TARGET, types)
    console.log(`wrote ${target} (${types.split('\n').length - 1} lines, ${seconds} s)`)
    return
  }
  const committed = await readFile(TARGET, 'utf8').catch(() => '')
  if (committed === types) {
    console.log(`${target} matches the migrations (${seconds} s)`)
    return
  }
  const dir = await mkdtemp(join(tmpdir(), 'gen-types-'))
  try {
    const generated = join(dir, 'database.types.ts')
    await writeFile(generated, types)
    console.error(`${target} does not match the migrations. Run \`npm run types\` and commit the result.\n`)
    console.error(diffSummary(TARGET, generated, committed, types))
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
  process.exitCode = 1
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
