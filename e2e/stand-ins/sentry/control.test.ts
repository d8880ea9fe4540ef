import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startSentryStandIn } from "./server.ts";
import type { SentryStandIn } from "./server.ts";
import { api, control, postToken } from "./test-helpers.ts";
import type { LoggedRequest } from "./state.ts";

const ORGS = "/api/0/organizations/";

let sentry: SentryStandIn;
beforeAll(async () => {
  sentry = await startSentryStandIn();
});
afterAll(async () => {
  await sentry.close();
});
afterEach(async () => {
  await control(sentry, "reset");
});

async function requestLog(): Promise<LoggedRequest[]> {
  const res = await control(sentry, "requests", undefined, "GET");
  return ((await res.json()) as { requests: LoggedRequest[] }).requests;
}

describe("faults", () => {
  it("answers 429 with Retry-After for the next N matching requests, then is used up", async () => {
    const created = await control(sentry, "faults", { path: ORGS, match: "exact", status: 429, retryAfter: 7, count: 2 });
    expect(created.status).toBe(201);
    expect(await created.json()).toEqual({ id: expect.any(String) });

    for (let i = 0; i < 2; i++) {
      const res = await api(sentry, ORGS, sentry.demoToken);
      expect(res.status).toBe(429);
      expect(res.headers.get("retry-after")).toBe("7");
      expect(await res.json()).toEqual({
        detail: "You are attempting to use this endpoint too frequently. Limit is 40 requests in 1 seconds",
      });
    }
    expect((await api(sentry, ORGS, sentry.demoToken)).status).toBe(200);
  });

  it("matches by method, prefix, exact path or regex, with default or custom bodies", async () => {
    await control(sentry, "faults", { method: "POST", path: "/api/0/", status: 500 });
    expect((await api(sentry, ORGS, sentry.demoToken)).status).toBe(200); // GET: not matched

    await control(sentry, "faults", { path: "/api/0/organizations/[^/]+/issues/$", match: "regex", status: 503, body: { detail: "down" } });
    expect((await api(sentry, ORGS, sentry.demoToken)).status).toBe(200);
    const issues = await api(sentry, "/api/0/organizations/the-interstellar-jurisdiction/issues/", sentry.demoToken);
    expect(issues.status).toBe(503);
    expect(await issues.json()).toEqual({ detail: "down" });

    const post = await api(sentry, "/api/0/organizations/the-interstellar-jurisdiction/teams/", sentry.demoToken, {
      method: "POST",
      body: JSON.stringify({ slug: "x" }),
    });
    expect(post.status).toBe(500);
    expect(await post.json()).toEqual({ detail: "Internal Error" });
  });

  it("applies to the token endpoint too", async () => {
    await control(sentry, "faults", { path: "/oauth/token/", status: 503 });
    const res = await postToken(sentry, { grant_type: "refresh_token", refresh_token: "x" });
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ detail: "Internal Error" });
  });

  it("adds latency with delayMs, and the request then proceeds normally", async () => {
    await control(sentry, "faults", { path: "/api/0/auth/", delayMs: 300 });
    const started = performance.now();
    const res = await api(sentry, "/api/0/auth/", sentry.demoToken);
    expect(res.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    const quick = performance.now();
    await api(sentry, "/api/0/auth/", sentry.demoToken);
    expect(performance.now() - quick).toBeLessThan(250);
  });

  it("refuses malformed faults with 400", async () => {
    expect((await control(sentry, "faults", { status: 500 })).status).toBe(400);
    expect((await control(sentry, "faults", { path: "(", match: "regex", status: 500 })).status).toBe(400);
    expect((await control(sentry, "faults", { path: "/api/", status: 200 })).status).toBe(400);
    const bad = await fetch(`${sentry.url}/__control/faults`, { method: "POST", headers: { "content-type": "application/json" }, body: "{" });
    expect(bad.status).toBe(400);
  });
});

describe("request log", () => {
  it("records every non-control request in order with its answer, and can be cleared", async () => {
    await api(sentry, "/api/0/organizations/?member=1", sentry.demoToken);
    await api(sentry, "/api/0/organizations/the-interstellar-jurisdiction/issues/1/comments/", sentry.demoToken, {
      method: "POST",
      body: JSON.stringify({ text: "hi" }),
    });
    await postToken(sentry, { grant_type: "refresh_token", refresh_token: "nope" });

    const log = await requestLog();
    expect(log.map((r) => [r.method, r.path, r.status])).toEqual([
      ["GET", "/api/0/organizations/", 200],
      ["POST", "/api/0/organizations/the-interstellar-jurisdiction/issues/1/comments/", 201],
      ["POST", "/oauth/token/", 400],
    ]);
    expect(log[0].query).toEqual({ member: "1" });
    expect(log[0].headers.authorization).toBe(`Bearer ${sentry.demoToken}`);
    expect(log[0].body).toBeNull();
    expect(log[1].body).toEqual({ text: "hi" });
    expect(log[2].body).toMatchObject({ grant_type: "refresh_token", refresh_token: "nope" });
    expect(Date.parse(log[0].at)).not.toBeNaN();

    expect((await control(sentry, "requests", undefined, "DELETE")).status).toBe(204);
    expect(await requestLog()).toEqual([]);
  });
});

describe("reset", () => {
  it("clears faults, the log, notes and config, but keeps issued tokens valid", async () => {
    await control(sentry, "faults", { path: "/api/", status: 500, count: 5 });
    await control(sentry, "config", { tokenExpiresIn: 5 });
    await control(sentry, "reset");
    const res = await api(sentry, "/api/0/organizations/the-interstellar-jurisdiction/issues/1/comments/", sentry.demoToken);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual([]);
    expect(await (await control(sentry, "config", undefined, "GET")).json()).toMatchObject({ tokenExpiresIn: 28800 });
    expect((await requestLog()).length).toBe(1);
  });
});
