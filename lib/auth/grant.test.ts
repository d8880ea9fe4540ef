import { describe, expect, it } from "vitest";
import { grantFromTokenResponse, grantFromUserAuthToken } from "./grant";

const now = Date.parse("2030-01-01T00:00:00Z");

describe("grantFromTokenResponse", () => {
  it("reads Sentry's answer, using expires_in for the expiry", () => {
    const grant = grantFromTokenResponse(
      {
        access_token: "a1",
        refresh_token: "r1",
        expires_in: 3600,
        expires_at: "2030-01-01T08:00:00Z",
        token_type: "bearer",
        scope: "org:read",
        user: { id: "1" },
      },
      { now },
    );
    expect(grant).toEqual({ accessToken: "a1", refreshToken: "r1", expiresAt: now + 3_600_000, scope: "org:read" });
  });

  it("keeps an expiry of zero seconds as already expired, not as never", () => {
    expect(grantFromTokenResponse({ access_token: "a", expires_in: 0 }, { now }).expiresAt).toBe(now);
  });

  it("accepts Auth.js's account shape (expires_at in epoch seconds)", () => {
    const grant = grantFromTokenResponse({ access_token: "a", refresh_token: "r", expires_at: now / 1000 + 60 }, { now });
    expect(grant.expiresAt).toBe(now + 60_000);
  });

  it("falls back to Sentry's ISO expires_at, then to no expiry", () => {
    expect(grantFromTokenResponse({ access_token: "a", expires_at: "2030-01-01T00:10:00Z" }, { now }).expiresAt).toBe(now + 600_000);
    expect(grantFromTokenResponse({ access_token: "a" }, { now }).expiresAt).toBeNull();
  });

  it("keeps the previous refresh token when the answer has none", () => {
    expect(grantFromTokenResponse({ access_token: "a" }, { previousRefreshToken: "r0" }).refreshToken).toBe("r0");
  });

  it("refuses an answer without an access token", () => {
    expect(() => grantFromTokenResponse({ error: "invalid_grant" })).toThrow();
  });
});

describe("grantFromUserAuthToken", () => {
  it("never expires and cannot be refreshed", () => {
    expect(grantFromUserAuthToken("sntryu_x")).toEqual({ accessToken: "sntryu_x", refreshToken: null, expiresAt: null, scope: null });
  });
});
