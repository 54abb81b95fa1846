/** The part of rolldown's module info this needs. */
export interface ModuleGraph {
  getModuleInfo(id: string): { importers: readonly string[] } | null
}

/**
 * The chunk name for every module the entry imports statically, directly or not: they then ship as one
 * file. Left to itself rolldown splits that code into half a dozen chunks (Vue, vue-i18n, vue-router,
 * small shared modules), and every page loads all of them anyway. On the slow 4G Lighthouse assumes,
 * with HTTP/1.1's six connections a host, that was a second round of requests before the first paint,
 * and the single file also compresses about 4 KiB smaller. Lazy pages import what they share from it.
 */
export function entryChunk(entry: string): (id: string, graph: ModuleGraph) => string | null {
  // Per chunking pass: rolldown hands each pass its own graph object.
  const passes = new WeakMap<ModuleGraph, Map<string, boolean>>()
  const reaches = (id: string, graph: ModuleGraph, known: Map<string, boolean>, path: Set<string>): boolean => {
    if (id === entry) return true
    const cached = known.get(id)
    if (cached !== undefined) return cached
    // An import cycle back to a module still being decided says nothing about the entry.
    if (path.has(id)) return false
    path.add(id)
    const result = (graph.getModuleInfo(id)?.importers ?? []).some((importer) => reaches(importer, graph, known, path))
    path.delete(id)
    known.set(id, result)
    return result
  }
  return (id, graph) => {
    let known = passes.get(graph)
    if (!known) passes.set(graph, (known = new Map()))
    return reaches(id, graph, known, new Set()) ? 'index' : null
  }
}
