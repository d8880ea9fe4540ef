/**
 * An in-memory stand-in for the parts of a Workers KV namespace the app uses (get, put, delete),
 * for unit tests that run outside workerd. It counts calls, and can serve an older value to
 * imitate KV's eventual consistency between locations.
 */
export class MemoryKV {
  readonly values = new Map<string, string>();
  readonly ttls = new Map<string, number>();
  puts = 0;
  /** Values served instead of the current ones for the next reads of a key (oldest first). */
  private readonly stale = new Map<string, Array<string | null>>();

  /** The next reads of `key` return these older values, one each, as a lagging KV location would. */
  serveStale(key: string, values: Array<string | null>) {
    this.stale.set(key, [...values]);
  }

  async get(key: string, type?: "text" | "json"): Promise<unknown> {
    const queued = this.stale.get(key);
    const value = queued && queued.length > 0 ? queued.shift()! : (this.values.get(key) ?? null);
    if (value === null) return null;
    return type === "json" ? JSON.parse(value) : value;
  }

  async put(key: string, value: string, options?: { expirationTtl?: number }) {
    this.puts += 1;
    this.values.set(key, value);
    if (options?.expirationTtl !== undefined) this.ttls.set(key, options.expirationTtl);
  }

  async delete(key: string) {
    this.values.delete(key);
    this.ttls.delete(key);
  }

  /** Typed as the binding the product code takes. */
  get binding(): KVNamespace {
    return this as unknown as KVNamespace;
  }
}
