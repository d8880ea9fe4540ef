import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "./csp";

describe("content security policy", () => {
  it("allows scripts only by nonce and forbids framing and plugins", () => {
    const csp = contentSecurityPolicy("abc123", false);
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-eval");
  });

  it("lets the browser reach Sentry's ingest only when monitoring is on", () => {
    expect(contentSecurityPolicy("n", false)).toContain("connect-src 'self';");
    expect(contentSecurityPolicy("n", false, "https://o1.ingest.sentry.io")).toContain("connect-src 'self' https://o1.ingest.sentry.io;");
  });

  it("lets React's development build evaluate code only in development", () => {
    expect(contentSecurityPolicy("n", true)).toContain("'unsafe-eval'");
  });
});
