import type { ErrorEvent, TransactionEvent } from "@sentry/core";
import { describe, expect, it } from "vitest";
import { FILTERED, scrubBreadcrumb, scrubEvent, scrubText, scrubValue } from "./scrub";

const TOKEN = "sntryu_0123456789abcdef0123456789abcdef";
const MESSAGE = "why is checkout failing for alice@example.com";

describe("scrubText", () => {
  it("masks bearer values, Sentry and OpenAI keys, and URL query strings", () => {
    expect(scrubText(`Authorization: Bearer ${TOKEN}`)).toBe(`Authorization: Bearer ${FILTERED}`);
    expect(scrubText(`token ${TOKEN} leaked`)).toBe(`token ${FILTERED} leaked`);
    expect(scrubText("key sk-proj-abcdefghijklmnop")).toBe(`key ${FILTERED}`);
    expect(scrubText("GET https://sentry.io/api/0/issues/?query=is:unresolved+checkout failed")).toBe(
      `GET https://sentry.io/api/0/issues/?${FILTERED} failed`,
    );
    expect(scrubText("Sentry answered 500 for /api/0/auth/")).toBe("Sentry answered 500 for /api/0/auth/");
  });

  it("masks share link ids, which are enough to read a public conversation", () => {
    expect(scrubText("GET /share/abc123DEF")).toBe(`GET /share/${FILTERED}`);
    expect(scrubText("https://chat.example.com/api/shares/abc123/fork")).toBe(`https://chat.example.com/api/shares/${FILTERED}/fork`);
    expect(scrubText("GET /api/shares/options")).toBe("GET /api/shares/options");
  });
});

describe("scrubValue", () => {
  it("masks secret keys and drops content keys, at any depth", () => {
    expect(
      scrubValue({
        "http.request.header.authorization": "Bearer x",
        "http.request.header.cookie": "authjs.session-token=abc",
        nested: { accessToken: "t", messages: [MESSAGE], prompt: MESSAGE, status: 200 },
        "url.query": "q=checkout",
        "mcp.tool.name": "whoami",
      }),
    ).toEqual({
      "http.request.header.authorization": FILTERED,
      "http.request.header.cookie": FILTERED,
      nested: { accessToken: FILTERED, status: 200 },
      "mcp.tool.name": "whoami",
    });
  });
});

describe("scrubEvent", () => {
  it("leaves an error event with no credentials, cookies, message text or tool results, and the user as an id", () => {
    const event: ErrorEvent = {
      type: undefined,
      message: `failed with Bearer ${TOKEN}`,
      request: {
        method: "POST",
        url: "https://chat.example.com/api/chat?draft=1",
        headers: { authorization: `Bearer ${TOKEN}`, cookie: "authjs.session-token=secret", "content-type": "application/json", "user-agent": "UA" },
        cookies: { "authjs.session-token": "secret" },
        data: { messages: [{ parts: [{ type: "text", text: MESSAGE }] }] },
        query_string: "draft=1",
      },
      user: { id: "1", email: "alice@example.com", ip_address: "1.2.3.4", username: "alice" },
      exception: {
        values: [{ type: "Error", value: `upstream said ${TOKEN}`, stacktrace: { frames: [{ function: "f", vars: { token: TOKEN, text: MESSAGE } }] } }],
      },
      breadcrumbs: [
        { category: "console", message: MESSAGE, data: { arguments: [MESSAGE] } },
        { category: "fetch", type: "http", data: { method: "GET", url: "https://sentry.io/api/0/issues/?query=checkout", status_code: 500, request_body: MESSAGE } },
      ],
      extra: { toolResult: { result: "Issue CHECKOUT-1: alice@example.com" }, attempt: 2 },
      contexts: { trace: { trace_id: "t", span_id: "s", data: { "http.request.header.cookie": "x", "http.response.status_code": 500 } } },
    };
    const scrubbed = scrubEvent(event);
    const sent = JSON.stringify(scrubbed);
    for (const secret of [TOKEN, "authjs.session-token", "secret", MESSAGE, "alice", "1.2.3.4", "CHECKOUT-1", "draft=1"]) {
      expect(sent).not.toContain(secret);
    }
    expect(scrubbed.user).toEqual({ id: "1" });
    expect(scrubbed.request).toEqual({ method: "POST", url: "https://chat.example.com/api/chat", headers: { "content-type": "application/json", "user-agent": "UA" } });
    expect(scrubbed.exception?.values?.[0]).toMatchObject({ type: "Error", value: `upstream said ${FILTERED}`, stacktrace: { frames: [{ function: "f" }] } });
    expect(scrubbed.breadcrumbs?.[1].data).toEqual({ method: "GET", url: "https://sentry.io/api/0/issues/", status_code: 500 });
    expect(scrubbed.contexts?.trace?.data).toEqual({ "http.request.header.cookie": FILTERED, "http.response.status_code": 500 });
    expect(scrubbed.extra).toEqual({ attempt: 2, toolResult: {} });
  });

  it("scrubs the spans of a transaction", () => {
    const event: TransactionEvent = {
      type: "transaction",
      transaction: "POST /api/chat",
      spans: [
        {
          span_id: "a",
          trace_id: "t",
          start_timestamp: 0,
          description: "GET https://sentry.io/api/0/issues/?query=checkout",
          data: { "mcp.tool.name": "search_issues", "gen_ai.prompt": MESSAGE, "http.request.header.authorization": `Bearer ${TOKEN}` },
          origin: "manual",
          status: "ok",
        },
      ],
    };
    const span = scrubEvent(event).spans?.[0];
    expect(span?.description).toBe(`GET https://sentry.io/api/0/issues/?${FILTERED}`);
    expect(span?.data).toEqual({ "mcp.tool.name": "search_issues", "http.request.header.authorization": FILTERED });
    expect(scrubEvent({ ...event, transaction: "GET /share/s3cretShareId" }).transaction).toBe(`GET /share/${FILTERED}`);
  });
});

describe("scrubBreadcrumb", () => {
  it("drops console text and keeps only method, status and path of requests", () => {
    expect(scrubBreadcrumb({ category: "console", level: "log", message: MESSAGE })).toEqual({ category: "console", level: "log", message: undefined, data: undefined });
  });
});
