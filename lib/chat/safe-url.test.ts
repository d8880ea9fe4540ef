import { describe, expect, it } from "vitest";
import { safeLinkUrl } from "./safe-url";

describe("safeLinkUrl", () => {
  it("keeps http, https and mailto links", () => {
    expect(safeLinkUrl("https://acme.sentry.io/issues/1/")).toBe("https://acme.sentry.io/issues/1/");
    expect(safeLinkUrl("http://localhost:8787/x")).toBe("http://localhost:8787/x");
    expect(safeLinkUrl("mailto:oncall@example.com")).toBe("mailto:oncall@example.com");
  });

  it.each(["javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<script>", "vbscript:x", "/relative", "//evil.example", "blob:https://x/1", "irc://x"])(
    "drops %s",
    (url) => {
      expect(safeLinkUrl(url)).toBe("");
    },
  );
});
