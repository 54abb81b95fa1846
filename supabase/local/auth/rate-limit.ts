/** A sliding-window counter per key, in memory: GoTrue also keeps its limits per process. */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>()
  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Records a hit for `key`; false when the key is already at its limit (the hit is not recorded). */
  take(key: string, now = Date.now()): boolean {
    const since = now - this.windowMs
    const recent = (this.hits.get(key) ?? []).filter((t) => t > since)
    if (recent.length >= this.limit) {
      this.hits.set(key, recent)
      return false
    }
    recent.push(now)
    this.hits.set(key, recent)
    if (this.hits.size > 10_000) this.sweep(since)
    return true
  }

  /** Milliseconds since the last recorded hit for `key`, or Infinity. */
  sinceLast(key: string, now = Date.now()): number {
    const list = this.hits.get(key)
    const last = list?.[list.length - 1]
    return last === undefined ? Infinity : now - last
  }

  private sweep(since: number) {
    for (const [key, list] of this.hits) if (!list.some((t) => t > since)) this.hits.delete(key)
  }
}
