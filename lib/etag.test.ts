import { describe, expect, it } from "vitest";
import { etagOf, ifNoneMatchHits } from "@/lib/etag";

describe("etagOf", () => {
  it("is a quoted hash that changes with the body", async () => {
    const a = await etagOf('{"tools":[]}');
    expect(a).toMatch(/^"[0-9a-f]{32}"$/);
    expect(await etagOf('{"tools":[]}')).toBe(a);
    expect(await etagOf('{"tools":[1]}')).not.toBe(a);
  });
});

describe("ifNoneMatchHits", () => {
  const etag = '"0123abcd"';

  it("matches the same tag, weak or strong, alone or in a list", () => {
    expect(ifNoneMatchHits('"0123abcd"', etag)).toBe(true);
    expect(ifNoneMatchHits('W/"0123abcd"', etag)).toBe(true);
    expect(ifNoneMatchHits('"other", "0123abcd"', etag)).toBe(true);
    expect(ifNoneMatchHits("*", etag)).toBe(true);
  });

  it("does not match a missing header, another tag, or the tag without quotes", () => {
    expect(ifNoneMatchHits(null, etag)).toBe(false);
    expect(ifNoneMatchHits('"other"', etag)).toBe(false);
    expect(ifNoneMatchHits("0123abcd", etag)).toBe(false);
  });
});
