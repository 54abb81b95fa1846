import { baseCompile, type CompileError } from '@intlify/message-compiler'

// @intlify/message-compiler is pinned to the version vue-i18n's runtime uses, so the AST is the one it reads.

/**
 * One message as the AST vue-i18n's runtime formats directly. A message that does not compile stops the
 * build, naming it, rather than showing its raw text to users.
 */
export function compileMessage(message: string, where: string): object {
  const errors: CompileError[] = []
  const { ast } = baseCompile(message, { jit: true, location: false, minify: true, onError: (e) => errors.push(e) })
  if (errors.length > 0) throw new Error(`${where}: message ${JSON.stringify(message)} does not compile: ${errors[0]!.message}`)
  return ast
}
