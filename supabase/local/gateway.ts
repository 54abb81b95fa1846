import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { sendJson } from './http.ts'
import { Upstream } from './relay.ts'

/** A service living inside the gateway process (Auth, Storage, the mailbox). */
export type ServiceHandler = (req: IncomingMessage, res: ServerResponse, path: string, query: URLSearchParams) => unknown

export interface GatewayOptions {
  port: number
  apiKeys: string[]
  /** Base URL of PostgREST, read on every request so a restarted PostgREST is found again. */
  rest: () => string
  auth: ServiceHandler
  storage?: ServiceHandler
  mailbox?: ServiceHandler
}

/** Auth paths that email links and OAuth redirects reach without an apikey, as on Supabase. */
const OPEN_AUTH_PATHS = new Set(['/verify', '/callback', '/authorize'])

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, HEAD, PUT, PATCH, POST, DELETE, OPTIONS',
  'access-control-max-age': '3600',
  'access-control-expose-headers':
    'content-range, range, x-total-count, link, content-location, location, x-supabase-api-version, content-disposition, upload-offset, upload-length, tus-resumable, tus-version, tus-max-size, tus-extension',
}

function apiKeyOf(req: IncomingMessage, url: URL): string | undefined {
  const header = req.headers.apikey
  // The query is only parsed when there is no header: URLSearchParams costs more than the rest of the check.
  return (Array.isArray(header) ? header[0] : header) ?? url.searchParams.get('apikey') ?? undefined
}

/**
 * The API gateway on one port, as Kong is under `supabase start`: routes by prefix, checks the apikey,
 * answers CORS, and passes each upstream answer back untouched.
 */
export function startGateway(opts: GatewayOptions): Promise<Server & { port: number }> {
  const upstream = new Upstream()
  const keys = new Set(opts.apiKeys)
  let restBase = ''
  let restUrl: URL | undefined
  let restPrefix = ''

  const badGateway = (res: ServerResponse) => () => {
    if (res.headersSent || res.destroyed) return void res.destroy()
    sendJson(res, 502, { message: 'An invalid response was received from the upstream server' }, CORS)
  }

  /** Passes a /rest/v1 request on to PostgREST; `path` is what follows the prefix, with the query. */
  const proxy = (req: IncomingMessage, res: ServerResponse, path: string) => {
    const base = opts.rest()
    if (base !== restBase || !restUrl) {
      restBase = base
      restUrl = new URL(base)
      restPrefix = restUrl.pathname.replace(/\/$/, '')
    }
    upstream.forward(req, res, restUrl, restPrefix + path, CORS, badGateway(res))
  }

  const handle = (req: IncomingMessage, res: ServerResponse): unknown => {
    const url = new URL(req.url ?? '/', 'http://gateway')
    const path = url.pathname
    // The services trust this header for the caller's address, so a client never gets to set it.
    const address = req.socket.remoteAddress
    req.headers['x-stack-client-ip'] = address ?? 'unknown'
    // As Kong sets it: the address the gateway saw, which a client cannot choose (X-Forwarded-For it can).
    req.headers['x-real-ip'] = address ?? 'unknown'
    const forwarded = req.headers['x-forwarded-for']
    req.headers['x-forwarded-for'] = [forwarded, address].filter(Boolean).join(', ')

    if (req.method === 'OPTIONS') {
      res.writeHead(200, {
        ...CORS,
        'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '*',
        'content-length': '0',
      })
      return res.end()
    }

    const [prefix, rest] = splitPrefix(path)
    if (prefix === '/mailbox' && opts.mailbox) return opts.mailbox(req, res, rest, url.searchParams)
    if (prefix === '/storage/v1') {
      if (!opts.storage) return sendJson(res, 503, { message: 'Storage is not running in this stack' }, CORS)
      for (const [k, v] of Object.entries(CORS)) res.setHeader(k, v)
      return opts.storage(req, res, rest, url.searchParams)
    }
    if (prefix !== '/rest/v1' && prefix !== '/auth/v1') {
      return sendJson(res, 404, { message: 'no Route matched with those values' }, CORS)
    }
    const open = prefix === '/auth/v1' && OPEN_AUTH_PATHS.has(rest)
    if (!open) {
      const key = apiKeyOf(req, url)
      if (!key) {
        return sendJson(res, 401, { message: 'No API key found in request', hint: 'No `apikey` request header or url param was found.' }, CORS)
      }
      if (!keys.has(key)) {
        return sendJson(res, 401, { message: 'Invalid API key', hint: 'Double check your Supabase `anon` or `service_role` API key.' }, CORS)
      }
      // Without a user token the key itself is the bearer for the Data API, so the request runs as anon or
      // service_role; Auth gets the request as sent, as under `supabase start`.
      if (!req.headers.authorization && prefix === '/rest/v1') req.headers.authorization = `Bearer ${key}`
    }
    if (prefix === '/auth/v1') {
      for (const [k, v] of Object.entries(CORS)) res.setHeader(k, v)
      return opts.auth(req, res, rest, url.searchParams)
    }
    return proxy(req, res, `${rest}${withoutApiKey(url.search)}`)
  }

  const failed = (res: ServerResponse) => (error: unknown) => {
    console.error('[gateway]', error)
    if (!res.headersSent) sendJson(res, 500, { message: 'An unexpected error occurred' }, CORS)
    else res.destroy()
  }
  const server = createServer((req, res) => {
    try {
      const outcome = handle(req, res)
      if (outcome instanceof Promise) outcome.catch(failed(res))
    } catch (error) {
      failed(res)(error)
    }
  })
  server.keepAliveTimeout = 65_000
  server.on('close', () => upstream.close())
  // A malformed request gets a 400 and the connection closes; the server goes on.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n')
    else socket.destroy()
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port, '127.0.0.1', () => {
      server.off('error', reject)
      const port = (server.address() as AddressInfo).port
      resolve(Object.assign(server, { port }))
    })
  })
}

/** The query string without `apikey`, as Kong's key-auth (hide_credentials) passes it on: PostgREST would read it as a filter. */
function withoutApiKey(search: string): string {
  if (!search.includes('apikey')) return search
  const kept = search.slice(1).split('&').filter((part) => part.split('=')[0] !== 'apikey')
  return kept.length ? `?${kept.join('&')}` : ''
}

function splitPrefix(path: string): [string, string] {
  const match = /^(\/(?:rest|auth|storage)\/v1|\/mailbox)(\/.*)?$/.exec(path)
  if (!match) return [path, '']
  return [match[1]!, match[2] ?? '/']
}
