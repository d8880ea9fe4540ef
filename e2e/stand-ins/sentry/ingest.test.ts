import { createEnvelope, serializeEnvelope, type Envelope as SdkEnvelope } from "@sentry/core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startSentryStandIn } from "./server.ts";
import type { SentryStandIn } from "./server.ts";
import type { Envelope } from "./state.ts";
import { control } from "./test-helpers.ts";

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

async function stored(): Promise<Envelope[]> {
  const res = await control(sentry, "envelopes", undefined, "GET");
  return ((await res.json()) as { envelopes: Envelope[] }).envelopes;
}

function post(body: string, auth: "query" | "header" | "none" = "header", project = "42"): Promise<Response> {
  const query = auth === "query" ? "?sentry_key=public&sentry_version=7" : "";
  return fetch(`${sentry.url}/api/${project}/envelope/${query}`, {
    method: "POST",
    headers: auth === "header" ? { "x-sentry-auth": "Sentry sentry_version=7, sentry_key=public, sentry_client=test/1" } : {},
    body,
  });
}

describe("ingest endpoint", () => {
  it("stores an SDK-serialized envelope (items with and without lengths) and reads it back", async () => {
    const envelope = createEnvelope({ event_id: "a".repeat(32), sent_at: new Date().toISOString() }, [
      [{ type: "event" }, { event_id: "a".repeat(32), message: "naïve ☃ failure", level: "error" }],
      [{ type: "transaction" }, { type: "transaction", transaction: "POST /api/chat", spans: [{ op: "mcp.tool" }] }],
      [{ type: "attachment", length: 5, filename: "a.txt" }, "hello"],
    ] as SdkEnvelope[1]);
    const res = await post(serializeEnvelope(envelope) as string);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ id: "a".repeat(32) });
    expect(res.headers.get("access-control-allow-origin")).toBe("*");

    const [saved] = await stored();
    expect(saved.projectId).toBe("42");
    expect(saved.key).toBe("public");
    expect(saved.items.map((item) => item.type)).toEqual(["event", "transaction", "attachment"]);
    expect(saved.items[0].payload).toMatchObject({ message: "naïve ☃ failure" });
    expect(saved.items[1].payload).toMatchObject({ transaction: "POST /api/chat", spans: [{ op: "mcp.tool" }] });
    expect(saved.items[2].payload).toBe("hello");
  });

  it("takes the key from the query string, as browsers send it", async () => {
    const body = `{"event_id":"${"b".repeat(32)}"}\n{"type":"event"}\n{"message":"from a browser"}\n`;
    expect((await post(body, "query", "7")).status).toBe(200);
    expect((await stored())[0]).toMatchObject({ projectId: "7", key: "public" });
  });

  it("refuses envelopes without a key or that do not parse, and keeps them out of the API request log", async () => {
    expect((await post(`{}\n{"type":"event"}\n{}\n`, "none")).status).toBe(401);
    expect((await post("not an envelope")).status).toBe(400);
    expect((await post(`{}\n["no type"]\n{}\n`)).status).toBe(400);
    expect(await stored()).toEqual([]);
    const log = (await (await control(sentry, "requests", undefined, "GET")).json()) as { requests: unknown[] };
    expect(log.requests).toEqual([]);
  });

  it("is cleared by DELETE and by reset", async () => {
    await post(`{}\n{"type":"event"}\n{}\n`);
    expect((await control(sentry, "envelopes", undefined, "DELETE")).status).toBe(204);
    expect(await stored()).toEqual([]);
    await post(`{}\n{"type":"event"}\n{}\n`);
    await control(sentry, "reset");
    expect(await stored()).toEqual([]);
  });
});
