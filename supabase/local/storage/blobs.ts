import { createHash, randomUUID } from 'node:crypto'
import { createReadStream, createWriteStream, type ReadStream } from 'node:fs'
import { mkdir, open, rename, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

export class TooLarge extends Error {}

/**
 * Object bytes on disk. A file is named by a random version id, never by the object's key, so no key
 * can reach outside the store; the bytes are complete and synced before the row that points at them
 * is written, so a crash leaves at most an unreferenced file, never a row without bytes.
 */
export class BlobStore {
  constructor(readonly root: string) {}

  private path(version: string) {
    if (!/^[0-9a-f-]{36}$/.test(version)) throw new Error(`bad version id ${version}`)
    return join(this.root, 'objects', version.slice(0, 2), version)
  }

  /** Streams `body` into a new version file, refusing more than `limit` bytes; returns version, size, MD5. */
  async write(body: Readable, limit: number): Promise<{ version: string; size: number; md5: string }> {
    const version = randomUUID()
    const final = this.path(version)
    const temp = join(this.root, 'tmp', `${version}.part`)
    await mkdir(join(this.root, 'tmp'), { recursive: true })
    await mkdir(join(this.root, 'objects', version.slice(0, 2)), { recursive: true })
    let size = 0
    const md5 = createHash('md5')
    try {
      await pipeline(
        body,
        async function* (source: AsyncIterable<Buffer>) {
          for await (const chunk of source) {
            size += chunk.length
            if (size > limit) throw new TooLarge()
            md5.update(chunk)
            yield chunk
          }
        },
        createWriteStream(temp),
      )
      const handle = await open(temp, 'r')
      await handle.sync()
      await handle.close()
      await rename(temp, final)
    } catch (error) {
      await rm(temp, { force: true })
      throw error
    }
    return { version, size, md5: md5.digest('hex') }
  }

  /** A new version holding the same bytes (copy keeps the source intact). */
  copy(version: string) {
    return this.write(this.read(version), Number.POSITIVE_INFINITY)
  }

  /** Moves a finished file (a completed resumable upload) into the store as a new version. */
  async adopt(file: string): Promise<string> {
    const version = randomUUID()
    await mkdir(join(this.root, 'objects', version.slice(0, 2)), { recursive: true })
    await rename(file, this.path(version))
    return version
  }

  read(version: string, range?: { start: number; end: number }): ReadStream {
    return createReadStream(this.path(version), range)
  }

  async size(version: string): Promise<number | undefined> {
    return stat(this.path(version)).then((s) => s.size, () => undefined)
  }

  async remove(version: string | null | undefined): Promise<void> {
    if (version) await rm(this.path(version), { force: true })
  }
}
