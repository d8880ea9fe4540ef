import { describe, expect, it } from "vitest";
import { MemoryCache } from "./memory";

describe("MemoryCache", () => {
  it("returns values until they expire", () => {
    const cache = new MemoryCache<string>(10);
    cache.set("a", "1", 1000, 0);
    expect(cache.get("a", 999)).toBe("1");
    expect(cache.get("a", 1000)).toBeUndefined();
  });

  it("drops the oldest entry when full", () => {
    const cache = new MemoryCache<number>(2);
    cache.set("a", 1, 1000, 0);
    cache.set("b", 2, 1000, 0);
    cache.set("c", 3, 1000, 0);
    expect(cache.get("a", 1)).toBeUndefined();
    expect(cache.get("b", 1)).toBe(2);
    expect(cache.get("c", 1)).toBe(3);
  });

  it("is one cache per name in an isolate, and forgets on delete and clear", () => {
    const one = MemoryCache.shared<number>("test-shared", 10);
    one.set("a", 1, 1000);
    expect(MemoryCache.shared<number>("test-shared", 10).get("a")).toBe(1);
    one.delete("a");
    expect(one.get("a")).toBeUndefined();
    one.set("b", 2, 1000);
    one.clear();
    expect(MemoryCache.shared<number>("test-shared", 10).get("b")).toBeUndefined();
  });
});
