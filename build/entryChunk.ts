/** The part of rolldown's module info this needs. */
export interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null
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
  const passes = new WeakMap<ModuleGraph, Set<string>>()
  const staticallyFromEntry = (graph: ModuleGraph) => {
    const reached = new Set([entry])
    for (const id of reached) for (const imported of graph.getModuleInfo(id)?.importedIds ?? []) reached.add(imported)
    return reached
  }
  return (id, graph) => {
    let reached = passes.get(graph)
    if (!reached) passes.set(graph, (reached = staticallyFromEntry(graph)))
    return reached.has(id) ? 'index' : null
  }
}
