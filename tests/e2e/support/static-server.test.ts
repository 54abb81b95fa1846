// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { connect, type ClientHttp2Session } from 'node:http2'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveStatic, type StaticServer } from './static-server.ts'
import { localCertificate } from './tls.ts'

// Only `npm run lighthouse` serves over HTTPS, and it runs outside CI: this keeps that path tested.
describe('serveStatic over HTTPS', () => {
  let root: string
  let server: StaticServer
  let cert: string

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'ppid-static-'))
    mkdirSync(join(root, 'assets'))
    writeFileSync(join(root, 'index.html'), '<!doctype html><div id="app"></div>')
    writeFileSync(join(root, 'assets', 'app.js'), 'export {}')
    const certificate = await localCertificate()
    cert = certificate.cert
    server = await serveStatic(root, 0, certificate)
  })

  afterAll(async () => {
    rmSync(root, { recursive: true, force: true })
  })

  function get(session: ClientHttp2Session, path: string): Promise<{ status: number; type: string; cache: string; body: string }> {
    return new Promise((done, fail) => {
      const request = session.request({ ':path': path })
      let head: Record<string, unknown> = {}
      let body = ''
      request.setEncoding('utf8')
      request.on('response', (headers) => (head = headers))
      request.on('data', (chunk: string) => (body += chunk))
      request.on('end', () => done({ status: Number(head[':status']), type: String(head['content-type']), cache: String(head['cache-control']), body }))
      request.on('error', fail)
      request.end()
    })
  }

  it('speaks HTTP/2 with a certificate for 127.0.0.1, and serves files, client-side routes and 404s as over HTTP/1.1', async () => {
    expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/)
    // Trusting the certificate as its own authority also checks that it names 127.0.0.1.
    const session = connect(server.url, { ca: cert })
    try {
      const file = await get(session, '/assets/app.js')
      expect(session.alpnProtocol).toBe('h2')
      expect(file).toEqual({ status: 200, type: 'text/javascript; charset=utf-8', cache: 'public, max-age=31536000, immutable', body: 'export {}' })
      expect((await get(session, '/permohonan/baru')).body).toBe('<!doctype html><div id="app"></div>')
      expect((await get(session, '/assets/missing.js')).status).toBe(404)
    } finally {
      session.close()
    }
  })

  it('closes while a client still holds its session open', async () => {
    const session = connect(server.url, { ca: cert })
    await get(session, '/')
    const closed = new Promise((done) => session.once('close', done))
    await server.close()
    await closed
    expect(session.destroyed).toBe(true)
  })
})
