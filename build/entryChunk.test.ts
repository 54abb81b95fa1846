import { describe, expect, it } from 'vitest'
import { entryChunk, type ModuleGraph } from './entryChunk.ts'

/** A module graph from `importer → [modules it imports statically]`. */
function graph(imports: Record<string, string[]>): ModuleGraph & { lookups: number } {
  const importers = new Map<string, string[]>()
  for (const [importer, modules] of Object.entries(imports)) {
    for (const module of modules) importers.set(module, [...(importers.get(module) ?? []), importer])
  }
  const g = {
    lookups: 0,
    getModuleInfo(id: string) {
      g.lookups += 1
      return id in imports || importers.has(id) ? { importers: importers.get(id) ?? [] } : null
    },
  }
  return g
}

describe('entryChunk', () => {
  // main imports app and router; app imports vue; a lazy page (imported dynamically, so no static
  // importer) imports vue and its own form; cycle and cycle2 import each other, and page imports cycle.
  const imports = {
    main: ['app', 'router'],
    app: ['vue'],
    page: ['vue', 'form', 'cycle'],
    cycle: ['cycle2'],
    cycle2: ['cycle'],
  }

  it('puts the entry and everything it imports statically, at any depth, in the index chunk', () => {
    const name = entryChunk('main')
    const g = graph(imports)
    expect(['main', 'app', 'router', 'vue'].map((id) => name(id, g))).toEqual(['index', 'index', 'index', 'index'])
  })

  it('leaves a lazy page, what only it imports, and import cycles outside the entry to the default splitting', () => {
    const name = entryChunk('main')
    const g = graph(imports)
    expect(['page', 'form', 'cycle', 'cycle2', 'unknown'].map((id) => name(id, g))).toEqual([null, null, null, null, null])
  })

  it('answers from what it learnt earlier in the same pass, and starts afresh for a new one', () => {
    const name = entryChunk('main')
    const g = graph(imports)
    name('vue', g)
    const after = g.lookups
    name('app', g)
    expect(g.lookups).toBe(after)

    const next = graph({ ...imports, main: ['router'] })
    expect(name('app', next)).toBeNull()
  })
})
