import { readFileSync } from "node:fs";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_OPENAPI_PATH, startSentryStandIn } from "./server.ts";
import type { SentryStandIn } from "./server.ts";
import { api, control } from "./test-helpers.ts";

const ORG = "the-interstellar-jurisdiction";

type Json = Record<string, unknown>;

/** The example body Sentry documents for a path + method, read independently of the server. */
function documentedExample(template: string, method: string): unknown {
  const spec = JSON.parse(readFileSync(DEFAULT_OPENAPI_PATH, "utf8")) as { paths: Record<string, Record<string, Json>> };
  const responses = spec.paths[template][method].responses as Record<string, Json>;
  const content = (responses["200"].content as Record<string, Json>)["application/json"];
  return Object.values(content.examples as Record<string, Json>)[0].value;
}

let sentry: SentryStandIn;
let token: string;
beforeAll(async () => {
  sentry = await startSentryStandIn();
  token = sentry.demoToken;
});
afterAll(async () => {
  await sentry.close();
});
afterEach(async () => {
  await control(sentry, "reset");
});

describe("authentication", () => {
  it("needs credentials", async () => {
    const res = await fetch(`${sentry.url}/api/0/organizations/`);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ detail: "Authentication credentials were not provided." });
  });

  it("rejects a token it did not issue", async () => {
    const res = await api(sentry, "/api/0/organizations/", "sntryu_nope");
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ detail: "Invalid token" });
  });

  it("GET /api/0/auth/ with the demo token is Jane", async () => {
    expect(sentry.demoToken).toMatch(/^sntryu_[0-9a-f]{64}$/);
    const res = await api(sentry, "/api/0/auth/", token);
    expect(res.status).toBe(200);
    const me = (await res.json()) as Json;
    expect(me).toMatchObject({
      id: "1",
      name: "Jane Doe",
      username: "jane@example.com",
      email: "jane@example.com",
      isActive: true,
      experiments: {},
      emails: [{ email: "jane@example.com", is_verified: true }],
      avatar: { avatarType: "letter_avatar", avatarUuid: null },
    });
    expect(me.avatarUrl).toBeNull();
  });

  it("GET /api/0/users/me/regions/ points at the stand-in itself", async () => {
    const res = await api(sentry, "/api/0/users/me/regions/", token);
    expect(await res.json()).toEqual({ regions: [{ name: "us", url: sentry.url }] });
  });
});

describe("example-backed endpoints", () => {
  it("answers organization issues with Sentry's documented example and a Link header", async () => {
    const res = await api(sentry, `/api/0/organizations/${ORG}/issues/?query=is:unresolved`, token);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(documentedExample("/api/0/organizations/{organization_id_or_slug}/issues/", "get"));
    const link = res.headers.get("link") ?? "";
    expect(link).toContain(`<${sentry.url}/api/0/organizations/${ORG}/issues/?query=is%3Aunresolved&cursor=0:0:1>; rel="previous"; results="false"; cursor="0:0:1"`);
    expect(link).toContain(`rel="next"; results="false"; cursor="0:100:0"`);
  });

  it("rewrites links.regionUrl and links.organizationUrl to its own URL", async () => {
    const org = (await (await api(sentry, `/api/0/organizations/${ORG}/`, token)).json()) as Json;
    expect(org.slug).toBe(ORG);
    expect(org.links).toEqual({ organizationUrl: sentry.url, regionUrl: sentry.url });
    const list = (await (await api(sentry, "/api/0/organizations/", token)).json()) as Json[];
    expect(list.map((o) => o.links)).toEqual([{ organizationUrl: sentry.url, regionUrl: sentry.url }]);
  });

  it("accepts paths without the trailing slash, ids for slugs, and URL-encoded params", async () => {
    expect((await api(sentry, `/api/0/organizations/${ORG}/projects`, token)).status).toBe(200);
    expect((await api(sentry, "/api/0/organizations/2/", token)).status).toBe(200);
    const release = await api(sentry, `/api/0/organizations/${ORG}/releases/${encodeURIComponent("frontend@1.0.0")}/deploys/`, token);
    expect(release.status).toBe(200);
    const deploys = (await release.json()) as Json[];
    expect(deploys[0]).toMatchObject({ environment: "production", name: "Deploy frontend@1.0.0 to production" });
  });

  it("serves the latest event of an issue and a project event", async () => {
    const latest = (await (await api(sentry, `/api/0/organizations/${ORG}/issues/1/events/latest/`, token)).json()) as Json;
    expect(latest.eventID).toBe("9999aaaaca8b46d797c23c6077c6ff01");
    const event = await api(sentry, `/api/0/projects/${ORG}/pump-station/events/9999aaaaca8b46d797c23c6077c6ff01/`, token);
    expect(event.status).toBe(200);
  });

  it("answers 404 for an unknown organization, project or path", async () => {
    for (const path of [
      "/api/0/organizations/no-such-org/issues/",
      `/api/0/projects/${ORG}/no-such-project/`,
      "/api/0/no/such/endpoint/",
    ]) {
      const res = await api(sentry, path, token);
      expect(res.status, path).toBe(404);
      expect(await res.json()).toEqual({ detail: "The requested resource does not exist" });
    }
  });

  it("answers 400 for an undecodable path and 405 for a known path with the wrong method", async () => {
    expect((await api(sentry, "/api/0/organizations/%E0%A4%A/", token)).status).toBe(400);
    const res = await api(sentry, "/api/0/organizations/", token, { method: "DELETE" });
    expect(res.status).toBe(405);
  });

  it("answers an empty page past the first cursor", async () => {
    const res = await api(sentry, `/api/0/organizations/${ORG}/projects/?cursor=0:100:0`, token);
    expect(await res.json()).toEqual([]);
  });

  it("hand-writes bodies the description lacks (monitors)", async () => {
    const res = await api(sentry, `/api/0/organizations/${ORG}/monitors/`, token);
    expect(res.status).toBe(200);
    expect(res.headers.get("link")).toContain('rel="next"');
    const monitors = (await res.json()) as Json[];
    expect(monitors.map((m) => m.slug)).toEqual(["nightly-billing-job", "cache-warmer"]);
    const checkins = (await (await api(sentry, `/api/0/organizations/${ORG}/monitors/cache-warmer/checkins/`, token)).json()) as Json[];
    expect(checkins.map((c) => c.status)).toEqual(["error", "missed", "ok"]);
    expect((await api(sentry, `/api/0/organizations/${ORG}/monitors/no-such-job/checkins/`, token)).status).toBe(404);
  });

  it("answers 400 on malformed JSON and keeps serving", async () => {
    const res = await api(sentry, `/api/0/organizations/${ORG}/teams/`, token, { method: "POST", body: "{not json" });
    expect(res.status).toBe(400);
    expect(((await res.json()) as Json).detail).toMatch(/JSON parse error/);
    expect((await api(sentry, "/api/0/auth/", token)).status).toBe(200);
  });
});

describe("writes", () => {
  it("POST teams echoes the posted name and slug", async () => {
    const res = await api(sentry, `/api/0/organizations/${ORG}/teams/`, token, {
      method: "POST",
      body: JSON.stringify({ name: "Night Owls", slug: "night-owls" }),
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ slug: "night-owls", name: "Night Owls", isMember: true });
  });

  it("PUT an issue merges status and assignee, and later GETs show it", async () => {
    const res = await api(sentry, `/api/0/organizations/${ORG}/issues/1/`, token, {
      method: "PUT",
      body: JSON.stringify({ status: "resolved", assignedTo: "user:2" }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      id: "1",
      status: "resolved",
      assignedTo: { type: "user", id: "2", name: "Sam Other", email: "sam@example.com" },
    });
    const again = (await (await api(sentry, `/api/0/organizations/${ORG}/issues/PUMP-STATION-1/`, token)).json()) as Json;
    expect(again.status).toBe("resolved");
    const bad = await api(sentry, `/api/0/organizations/${ORG}/issues/1/`, token, { method: "PUT", body: JSON.stringify({ status: "bogus" }) });
    expect(bad.status).toBe(400);
  });

  it("stores notes: POST then GET lists them newest first, and activity includes them", async () => {
    const base = `/api/0/organizations/${ORG}/issues/1`;
    const first = await api(sentry, `${base}/comments/`, token, { method: "POST", body: JSON.stringify({ text: "first" }) });
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({ type: "note", data: { text: "first" }, user: { id: "1", name: "Jane Doe" } });
    await api(sentry, `${base}/comments/`, token, { method: "POST", body: JSON.stringify({ text: "second" }) });

    const list = await api(sentry, `${base}/comments/`, token);
    expect(list.headers.get("link")).toBeTruthy();
    const notes = (await list.json()) as { id: string; data: { text: string }; dateCreated: string }[];
    expect(notes.map((n) => n.data.text)).toEqual(["second", "first"]);
    expect(Date.parse(notes[0].dateCreated)).not.toBeNaN();

    const activity = (await (await api(sentry, `${base}/activity/`, token)).json()) as { activity: Json[] };
    expect(activity.activity.slice(0, 2).map((a) => a.type)).toEqual(["note", "note"]);
    expect(activity.activity.some((a) => a.type === "first_seen")).toBe(true);

    const issue = (await (await api(sentry, `${base}/`, token)).json()) as Json;
    expect(issue.numComments).toBe(2);
    expect((issue.activity as Json[]).map((a) => a.type)).toEqual(["note", "note", "first_seen"]);

    const empty = await api(sentry, `${base}/comments/`, token, { method: "POST", body: JSON.stringify({}) });
    expect(empty.status).toBe(400);
  });
});
