import { describe, expect, it } from "vitest";
import { nextOffsetCursor, parseNextCursor } from "./pagination";

const link = (nextResults: boolean) =>
  `<https://sentry.io/api/0/organizations/acme/issues/?cursor=0:0:1>; rel="previous"; results="false"; cursor="0:0:1", ` +
  `<https://sentry.io/api/0/organizations/acme/issues/?cursor=0:100:0>; rel="next"; results="${nextResults}"; cursor="0:100:0"`;

describe("parseNextCursor", () => {
  it("returns the next cursor when there are more results", () => {
    expect(parseNextCursor(link(true))).toBe("0:100:0");
  });

  it("returns null on the last page or without a header", () => {
    expect(parseNextCursor(link(false))).toBeNull();
    expect(parseNextCursor(null)).toBeNull();
    expect(parseNextCursor("garbage")).toBeNull();
  });
});

describe("nextOffsetCursor", () => {
  it("moves the offset on by a page when the page came back full", () => {
    expect(nextOffsetCursor(undefined, 20, 20)).toBe("0:20:0");
    expect(nextOffsetCursor("0:40:0", 20, 20)).toBe("0:60:0");
  });

  it("has no next page after a short page, and reads an unreadable cursor as the start", () => {
    expect(nextOffsetCursor("0:40:0", 20, 7)).toBeNull();
    expect(nextOffsetCursor("garbage", 10, 10)).toBe("0:10:0");
  });
});
