import { request } from 'node:http'
import pg from 'pg'
import { client, signedInUser, stack } from './helpers.ts'
import { expect } from 'vitest'

export type User = Awaited<ReturnType<typeof signedInUser>>

export const storageUrl = () => `${stack().url}/storage/v1`
export const service = () => client('service')

/** A signed-in user and the folder its storage policies give it (its uid). */
export async function storageUser(tag: string) {
  const u = await signedInUser(tag)
  return { ...u, uid: u.user.id, storage: u.client.storage, token: u.session.access_token }
}

/** The headers supabase-js sends for a caller: its JWT as bearer and the anon key as apikey. */
export function authHeaders(token: string | 'service' | 'anon'): Record<string, string> {
  const s = stack()
  const bearer = token === 'service' ? s.serviceRoleKey : token === 'anon' ? s.anonKey : token
  return { authorization: `Bearer ${bearer}`, apikey: s.anonKey }
}

/** The body Storage sends for an error (with HTTP 400 for every 4xx). */
export const storageError = (statusCode: string, error: string, message: string | RegExp) => ({
  statusCode,
  error,
  message: typeof message === 'string' ? message : expect.stringMatching(message),
})

/** Rows of storage.objects whose name starts with `prefix`, read past RLS, by name (C collation). */
export async function objectRows(bucket: string, prefix = ''): Promise<Record<string, unknown>[]> {
  const db = new pg.Client({ connectionString: stack().dbUrl })
  await db.connect()
  try {
    const sql = 'select * from storage.objects where bucket_id = $1 and starts_with(name, $2) order by name collate "C"'
    return (await db.query(sql, [bucket, prefix])).rows
  } finally {
    await db.end()
  }
}

export const objectNames = async (bucket: string, prefix = '') => (await objectRows(bucket, prefix)).map((r) => r.name as string)

export async function bytesOf(blob: Blob | null): Promise<Buffer> {
  if (!blob) throw new Error('no blob')
  return Buffer.from(await blob.arrayBuffer())
}

/** Deterministic pseudo-random bytes, so a mix-up of chunks shows in a byte comparison. */
export function pattern(size: number, seed = 1): Buffer {
  const out = Buffer.alloc(size)
  let x = seed >>> 0 || 1
  for (let i = 0; i < size; i++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    out[i] = x & 0xff
  }
  return out
}

export interface RawAnswer {
  status: number
  headers: Record<string, string | string[] | undefined>
  text: string
  json: Record<string, unknown> | undefined
}

/**
 * One HTTP/1.1 request with the path sent byte for byte: fetch would resolve dot segments and
 * re-encode, which hides what the server does with such paths.
 */
export function rawHttp(method: string, path: string, headers: Record<string, string> = {}, body?: Buffer | string): Promise<RawAnswer> {
  const url = new URL(stack().url)
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, method, path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8')
        let json: Record<string, unknown> | undefined
        try {
          json = text ? (JSON.parse(text) as Record<string, unknown>) : undefined
        } catch {
          json = undefined
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json })
      })
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end(body)
  })
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Starts a request, sends only `part` of its body, then drops the connection as a client gone away would. */
export function dropMidBody(url: string, method: string, headers: Record<string, string>, part: Buffer): Promise<void> {
  return new Promise((resolve) => {
    const req = request(url, { method, headers, agent: false })
    req.on('error', () => resolve())
    req.on('close', () => resolve())
    req.write(part, () => setTimeout(() => req.destroy(), 200))
  })
}
