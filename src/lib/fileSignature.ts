// What a file's first bytes say it is. Shared by the browser's check before upload (src/lib/upload.ts)
// and the server-side job that marks stored files verified or mismatched (supabase/jobs/verify-files.ts),
// so both apply the same rules.

const SIGNATURES: { type: string; bytes: number[] }[] = [
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { type: 'application/zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
]

/** Office documents are ZIP containers; CSV and plain text have no signature but must not be binary. */
const CONTAINER: Record<string, string> = {
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'application/zip',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'application/zip',
  'application/zip': 'application/zip',
}

/** A signature above, 'text/plain' for NUL-free UTF-8, or 'unknown'. */
export function detectType(head: Uint8Array): string {
  for (const sig of SIGNATURES) if (sig.bytes.every((b, i) => head[i] === b)) return sig.type
  if (head.length > 0 && !head.includes(0)) {
    try {
      // The last three bytes may cut a multi-byte character in half.
      new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, Math.max(0, head.length - 3)))
      return 'text/plain'
    } catch {
      return 'unknown'
    }
  }
  return 'unknown'
}

/** Whether the detected type is what the declared MIME type promises. */
export function contentMatches(declared: string, detected: string): boolean {
  const want = declared.split(';')[0]!.trim().toLowerCase()
  if (want === 'text/plain' || want === 'text/csv') return detected === 'text/plain'
  return (CONTAINER[want] ?? want) === detected
}
