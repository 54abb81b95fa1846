import { describe, expect, it } from 'vitest'
import { entryChunk, type ModuleGraph } from './entryChunk.ts'

/** A module graph from `importer → [modules it imports statically]`. */
function graph(imports: Record<string, string[]>): ModuleGraph & { lookups: number } {
  const g = {
    lookups: 0,
    getModuleInfo(id: string) {
      g.lookups += 1
      return { importedIds: imports[id] ?? [] }
    },
  }
  return g
}

describe('entryChunk', () => {
  // main imports app and router; app imports vue and a, a and b import each other (a cycle the entry
  // reaches); a lazy page (imported dynamically, so not among main's imports) imports vue, its own form
  // and c, and c and d import each other.
  const imports = {
    main: ['app', 'router'],
    app: ['vue', 'a'],
    a: ['b'],
    b: ['a', 'vue'],
    page: ['vue', 'form', 'c'],
    c: ['d'],
    d: ['c'],
  }

  it('puts the entry and everything it imports statically, at any depth, in the index chunk', () => {
    const name = entryChunk('main')
    const g = graph(imports)
    expect(['main', 'app', 'router', 'vue', 'b', 'a'].map((id) => name(id, g))).toEqual(['index', 'index', 'index', 'index', 'index', 'index'])
  })

  it('leaves a lazy page, what only it imports, and import cycles outside the entry to the default splitting', () => {
    const name = entryChunk('main')
    const g = graph(imports)
    expect(['page', 'form', 'c', 'd', 'unknown'].map((id) => name(id, g))).toEqual([null, null, null, null, null])
  })

  it('walks the graph once per pass, and afresh for a new one', () => {
    const name = entryChunk('main')
    const g = graph(imports)
    name('vue', g)
    const after = g.lookups
    name('page', g)
    name('app', g)
    expect(g.lookups).toBe(after)

    const next = graph({ ...imports, main: ['router'] })
    expect(name('app', next)).toBeNull()
  })
})
