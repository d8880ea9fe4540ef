import { describe, expect, it } from "vitest";
import { parseNextCursor } from "./pagination";

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
