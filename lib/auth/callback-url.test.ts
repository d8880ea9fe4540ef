import { describe, expect, it } from "vitest";
import { safeCallbackPath, safeRedirectUrl } from "./callback-url";

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

describe("safeRedirectUrl", () => {
  const base = "https://chat.example.com";

  it("keeps URLs and paths on this site", () => {
    expect(safeRedirectUrl("https://chat.example.com/c/1?x=1", base)).toBe("https://chat.example.com/c/1?x=1");
    expect(safeRedirectUrl("/signin", base)).toBe("https://chat.example.com/signin");
  });

  it.each([
    "https://evil.example/",
    "https://chat.example.com.evil.example/",
    "http://chat.example.com/",
    "//evil.example/",
    "/\\evil.example",
    "javascript:alert(1)",
    "not a url",
  ])("sends %s to the home page", (url) => {
    expect(safeRedirectUrl(url, base)).toBe("https://chat.example.com/");
  });
});
