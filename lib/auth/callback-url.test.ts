import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-url";

describe("safeCallbackPath", () => {
  it("keeps paths on this site", () => {
    expect(safeCallbackPath("/c/123?x=1#y")).toBe("/c/123?x=1#y");
    expect(safeCallbackPath("/")).toBe("/");
  });

  it.each([
    "https://evil.example/",
    "//evil.example/path",
    "/\\evil.example",
    "/\t/evil.example",
    "javascript:alert(1)",
    "evil.example",
    "",
    null,
  ])("refuses %s", (value) => {
    expect(safeCallbackPath(value)).toBe("/");
  });
});
