import { describe, expect, it } from 'vitest'
import { compileMessage } from './messageAst.ts'
import { foreignImports, MESSAGE_MODULE, precompileMessages } from './messages.ts'

describe('precompileMessages', () => {
  it('replaces every message string with its AST and leaves keys and import sources alone', () => {
    const code = [
      "import menu from './id/menu'",
      "const id = { menu, 'quoted key': 'Halo {name}', nav: { home: 'Beranda', list: ['satu', 'dua'] } }",
      'export default id',
    ].join('\n')

    const out = precompileMessages(code, 'id.ts')

    expect(out).toContain("import menu from './id/menu'")
    expect(out).toContain("'quoted key': {")
    expect(out).not.toMatch(/'Beranda'|'satu'|'Halo/)
    const tree = new Function(`${out.replace(/^import .*$/m, 'const menu = {}').replace('export default id', 'return id')}`)() as {
      nav: { home: object; list: object[] }
    }
    expect(tree.nav.home).toEqual(compileMessage('Beranda', 'x'))
    expect(tree.nav.list[1]).toEqual(compileMessage('dua', 'x'))
  })

  it('refuses what it cannot see through (a template literal, a +) and a message that does not compile', () => {
    expect(() => precompileMessages('export default { a: `x${1}` }', 'm.ts')).toThrow('m.ts:1: write each message as one plain string')
    expect(() => precompileMessages("export default {\n a: 'x' + 'y' }", 'm.ts')).toThrow('m.ts:2:')
    expect(() => precompileMessages("export default { a: 'Halo {nama' }", 'm.ts')).toThrow(/m\.ts:1: message "Halo \{nama" does not compile/)
  })

  it('applies to the message modules only', () => {
    expect(MESSAGE_MODULE.test('/app/src/i18n/id.ts')).toBe(true)
    expect(MESSAGE_MODULE.test('/app/src/i18n/en/citizen.ts')).toBe(true)
    expect(MESSAGE_MODULE.test('/app/src/i18n/index.ts')).toBe(false)
    expect(MESSAGE_MODULE.test('/app/src/pages/id.ts')).toBe(false)
  })
})

describe('foreignImports', () => {
  it('names code outside src/i18n that imports a message module, and lets src/i18n import them', () => {
    const importers: Record<string, string[]> = {
      '/app/src/i18n/id/enums.ts': ['/app/src/i18n/id.ts', '/app/src/letters/receipt.ts'],
      '/app/src/i18n/id/citizen.ts': ['/app/src/i18n/index.ts'],
      '/app/src/letters/receipt.ts': ['/app/src/letters/index.ts'],
    }
    expect(foreignImports(Object.keys(importers), (id) => importers[id] ?? [])).toEqual([
      '/app/src/letters/receipt.ts → /app/src/i18n/id/enums.ts',
    ])
  })
})
