import { describe, expect, it } from "vitest";
import { grantCensus, grantOwner } from "./grant-census";

/** A KV namespace's list(), a page of `pageSize` names at a time. */
function listingKV(names: string[], pageSize: number): KVNamespace {
  return {
    async list({ prefix = "", cursor }: { prefix?: string; cursor?: string }) {
      const matching = names.filter((name) => name.startsWith(prefix)).sort();
      const start = Number(cursor ?? 0);
      const keys = matching.slice(start, start + pageSize).map((name) => ({ name }));
      const end = start + keys.length;
      return end < matching.length ? { keys, list_complete: false, cursor: String(end) } : { keys, list_complete: true };
    },
  } as unknown as KVNamespace;
}

describe("grant census", () => {
  it("reads the person from a grant key", () => {
    expect(grantOwner("grant:1:aB3_-xYz0123abcd")).toBe("1");
    expect(grantOwner("grant:team%3Auser:aB3_-xYz0123abcd")).toBe("team%3Auser");
    expect(grantOwner("grant::aB3_-xYz0123abcd")).toBeNull();
    expect(grantOwner("grant:1:")).toBeNull();
    expect(grantOwner("grant:1")).toBeNull();
    expect(grantOwner("token:1:grant:secret")).toBeNull();
  });

  it("counts grants per person across pages, and nothing but grants", async () => {
    const kv = listingKV(
      ["grant:1:aaaaaaaaaaaaaaaa", "grant:1:bbbbbbbbbbbbbbbb", "grant:2:cccccccccccccccc", "token:1:aaaaaaaaaaaaaaaa:x", "client:xyz"],
      2,
    );
    const census = await grantCensus(kv);
    expect(census.complete).toBe(true);
    expect(Object.fromEntries(census.byUser)).toEqual({ "1": 2, "2": 1 });
  });

  it("stops after a bounded number of pages and says the counts are incomplete", async () => {
    const names = Array.from({ length: 30 }, (_, i) => `grant:${i}:aaaaaaaaaaaaaaaa`);
    const census = await grantCensus(listingKV(names, 1));
    expect(census.complete).toBe(false);
    expect(census.byUser.size).toBe(20);
  });
});
