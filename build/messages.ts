import { parseAst, type Plugin } from 'vite'
import { compileMessage } from './messageAst.ts'

/** The message modules: `src/i18n/id.ts`, `src/i18n/en/citizen.ts` and so on. */
export const MESSAGE_MODULE = /[\\/]src[\\/]i18n[\\/](?:id|en)(?:[\\/][\w-]+)?\.ts$/

interface Node {
  type: string
  start: number
  end: number
  [key: string]: unknown
}

/**
 * Rewrites a message module (as JavaScript) so that every message string is its compiled AST. Only
 * plain string literals are messages; a template literal or a `+` between strings could hide a message
 * from the rewrite, so either one is an error.
 */
export function precompileMessages(code: string, file: string): string {
  const replacements: { start: number; end: number; text: string }[] = []
  const visit = (node: unknown, parent: Node | null): void => {
    if (Array.isArray(node)) return node.forEach((child) => visit(child, parent))
    if (!node || typeof node !== 'object' || typeof (node as Node).type !== 'string') return
    const current = node as Node
    const line = () => code.slice(0, current.start).split('\n').length
    if (current.type === 'TemplateLiteral' || (current.type === 'BinaryExpression' && current.operator === '+')) {
      throw new Error(`${file}:${line()}: write each message as one plain string (a template literal or + is not precompiled)`)
    }
    if (current.type === 'Literal' && typeof current.value === 'string') {
      const isKey = parent?.type === 'Property' && parent.key === current
      const isSource = parent?.type === 'ImportDeclaration' || parent?.type === 'ExportNamedDeclaration' || parent?.type === 'ExportAllDeclaration'
      if (!isKey && !isSource) {
        replacements.push({ start: current.start, end: current.end, text: JSON.stringify(compileMessage(current.value, `${file}:${line()}`)) })
      }
      return
    }
    for (const [key, value] of Object.entries(current)) if (key !== 'type') visit(value, current)
  }
  visit(parseAst(code), null)
  let out = code
  for (const { start, end, text } of replacements.sort((a, b) => b.start - a.start)) out = out.slice(0, start) + text + out.slice(end)
  return out
}

const I18N_DIR = /[\\/]src[\\/]i18n[\\/]/

/**
 * Modules outside src/i18n that import a message module, as `importer → module`. Their code would read a
 * compiled tree where it expects the text (the official letters once did), so the build refuses them:
 * text goes through vue-i18n's t().
 */
export function foreignImports(ids: Iterable<string>, importersOf: (id: string) => readonly string[]): string[] {
  return [...ids].filter((id) => MESSAGE_MODULE.test(id))
    .flatMap((id) => importersOf(id).filter((importer) => !I18N_DIR.test(importer)).map((importer) => `${importer} → ${id}`))
}

/**
 * Production builds ship the messages compiled and leave vue-i18n's message compiler out of the bundle:
 * compiling them in the browser took about a fifth of the home page's main-thread time on a slow phone,
 * and the compiler is about 5 KiB gzip. Dev server and tests compile messages at runtime as before.
 */
export function precompiledMessages(): Plugin {
  return {
    name: 'ppid:precompiled-messages',
    apply: 'build',
    // After TypeScript is stripped, so the module is plain JavaScript.
    enforce: 'post',
    config: () => ({ define: { __INTLIFY_DROP_MESSAGE_COMPILER__: true } }),
    transform(code, id) {
      return MESSAGE_MODULE.test(id) ? { code: precompileMessages(code, id), map: null } : undefined
    },
    buildEnd() {
      const foreign = foreignImports(this.getModuleIds(), (id) => {
        const info = this.getModuleInfo(id)
        return [...(info?.importers ?? []), ...(info?.dynamicImporters ?? [])]
      })
      if (foreign.length > 0) this.error(`message modules are compiled in this build; use t() instead of importing them: ${foreign.join(', ')}`)
    },
  }
}
