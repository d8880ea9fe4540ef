import { afterEach, describe, expect, it, vi } from "vitest";
import { noteEnd, noteTool } from "./request-record";
import { identifyUser, reportError } from "./report";
import { activeSdk } from "./sdk";
import { withObservability } from "./with-observability";

const env = {} as CloudflareEnv;
const ctx = { waitUntil: () => {}, passThroughOnException: () => {} } as unknown as ExecutionContext;

afterEach(() => {
  vi.restoreAllMocks();
});

function logged(spy: ReturnType<typeof vi.spyOn>): unknown[] {
  return spy.mock.calls.map(([line]: unknown[]) => JSON.parse(String(line)));
}

describe("withObservability without SENTRY_DSN", () => {
  it("writes one JSON line per chat request when its stream ends, with what the handlers noted", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    let sdkInHandler: unknown = "unset";
    const handler = withObservability({
      async fetch() {
        sdkInHandler = activeSdk();
        identifyUser("7");
        noteTool("search_issues");
        reportError(new Error("model failed"), "chat stream");
        return new Response(new ReadableStream({ start: (c) => (c.enqueue(new TextEncoder().encode("data: private text\n\n")), c.close()) }), {
          headers: { "content-type": "text/event-stream" },
        });
      },
    });
    const response = await handler.fetch(new Request("https://chat.example/api/chat", { method: "POST" }) as never, env, ctx);
    expect(log).not.toHaveBeenCalled();
    expect(await response.text()).toBe("data: private text\n\n");
    expect(sdkInHandler).toBeUndefined();
    expect(logged(log)).toEqual([
      { msg: "request", route: "/api/chat", userId: "7", status: 200, durationMs: expect.any(Number), tools: ["search_issues"], errorCode: "internal" },
    ]);
  });

  it("writes the line when the work a handler says it ends with is over, even if nobody reads the body", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const waits: Promise<unknown>[] = [];
    const tracking = { ...ctx, waitUntil: (promise: Promise<unknown>) => void waits.push(promise) } as ExecutionContext;
    let finish = () => {};
    const body = new ReadableStream();
    const handler = withObservability({
      async fetch() {
        identifyUser("7");
        noteEnd(new Promise<void>((resolve) => (finish = resolve)));
        return new Response(body, { headers: { "content-type": "text/event-stream" } });
      },
    });
    const response = await handler.fetch(new Request("https://chat.example/api/chat", { method: "POST" }) as never, env, tracking);
    // The body is the handler's own, not piped through another stream.
    expect(response.body).toBe(body);
    await Promise.resolve();
    expect(log).not.toHaveBeenCalled();

    finish();
    await Promise.all(waits);
    expect(logged(log)).toEqual([expect.objectContaining({ route: "/api/chat", userId: "7", status: 200, errorCode: null })]);
  });

  it("logs MCP requests under /mcp and leaves pages alone", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const handler = withObservability({ fetch: async () => new Response(null, { status: 401 }) });
    await handler.fetch(new Request("https://chat.example/mcp/acme") as never, env, ctx);
    await handler.fetch(new Request("https://chat.example/c/123") as never, env, ctx);
    expect(logged(log)).toEqual([expect.objectContaining({ route: "/mcp", status: 401, userId: null, tools: [], errorCode: null })]);
  });
});
