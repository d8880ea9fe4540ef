/**
 * A small per-isolate cache in front of KV: a hit costs no I/O at all. Bounded, so a flood of
 * distinct keys cannot grow an isolate's memory; entries expire like the KV ones they shadow.
 */
export class MemoryCache<V> {
  private readonly entries = new Map<string, { value: V; expiresAt: number }>();

  constructor(private readonly maxEntries: number) {}

  /**
   * One cache per isolate under this name, whichever bundle asks: worker.ts and Next.js's server
   * bundle each carry their own copy of a module, so a cache that one of them must invalidate (a
   * sign-out, a revocation) has to live on the isolate's global object, not in module state.
   */
  static shared<V>(name: string, maxEntries: number): MemoryCache<V> {
    const key = Symbol.for(`sentry-chat.cache.${name}`);
    const slot = globalThis as unknown as Record<symbol, MemoryCache<V> | undefined>;
    return (slot[key] ??= new MemoryCache<V>(maxEntries));
  }

  get(key: string, now = Date.now()): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: string, value: V, ttlMs: number, now = Date.now()): void {
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) {
      // Maps iterate in insertion order: the first key is the oldest.
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, { value, expiresAt: now + ttlMs });
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}
