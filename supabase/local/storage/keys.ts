import { E } from './errors.ts'

// Storage's own rules (src/storage/limits.ts): ASCII word characters and a few safe punctuation marks.
const OBJECT_KEY = /^(\w|\/|!|-|\.|\*|'|\(|\)| |&|\$|@|=|;|:|\+|,|\?)*$/
const BUCKET_NAME = /^(\w|!|-|\.|\*|'|\(|\)| |&|\$|@|=|;|:|\+|,|\?)*$/

/**
 * An object key Storage accepts and that cannot name anything outside its bucket: no empty, `.` or
 * `..` segment, no leading slash; backslashes, `%` and control characters are outside the alphabet.
 */
export function mustBeValidKey(key: string): string {
  const segments = key.split('/')
  if (
    !key ||
    key.length > 1024 ||
    !OBJECT_KEY.test(key) ||
    key.startsWith('/') ||
    segments.some((s) => s === '.' || s === '..' || s === '')
  ) {
    throw E.invalidKey(key)
  }
  return key
}

export function mustBeValidBucketName(name: unknown): string {
  if (typeof name !== 'string' || !name || name.length > 63 || !BUCKET_NAME.test(name) || name === '.' || name === '..') {
    throw E.invalidBucketName()
  }
  return name
}

/**
 * The wildcard tail of a request path, decoded once. An encoded slash or backslash is refused: it would
 * let one segment pose as two.
 */
export function decodeTail(raw: string): string {
  if (/%2f|%5c|%00/i.test(raw)) throw E.invalidKey(raw)
  try {
    return decodeURIComponent(raw)
  } catch {
    throw E.invalidKey(raw)
  }
}
