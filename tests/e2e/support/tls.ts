import { createHash, createPublicKey } from 'node:crypto'
import { generate } from 'selfsigned'
import type { TlsCredentials } from './static-server.ts'

export interface LocalCertificate extends TlsCredentials {
  /** The switch that makes Chromium accept this certificate, and only it, as valid. */
  chromiumArg: string
}

/**
 * A fresh self-signed certificate for 127.0.0.1, for serving the build over HTTPS (browsers speak HTTP/2
 * only over TLS). Chromium trusts it through `--ignore-certificate-errors-spki-list`, the way Web Page
 * Replay does, which needs a user data dir: the page then counts as secure and its responses are cached,
 * unlike with `--ignore-certificate-errors`.
 */
export async function localCertificate(): Promise<LocalCertificate> {
  const { private: key, cert } = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + 86_400_000),
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
  })
  const spki = createPublicKey(cert).export({ type: 'spki', format: 'der' })
  return { key, cert, chromiumArg: `--ignore-certificate-errors-spki-list=${createHash('sha256').update(spki).digest('base64')}` }
}
