import type { JSONRPCMessage } from "@modelcontextprotocol/server";
import { describe, expect, it } from "vitest";
import { SseServerTransport } from "./transport";

function openTransport() {
  const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
  const transport = new SseServerTransport(writable.getWriter(), "session-1");
  const received: JSONRPCMessage[] = [];
  transport.onmessage = (message) => received.push(message);
  // Keep the stream drained, as a connected client does.
  void readable.pipeTo(new WritableStream());
  return { transport, received };
}

/** Whether a promise has settled by the time pending callbacks have run. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
}

const call = (id: number) => ({ jsonrpc: "2.0", id, method: "tools/call", params: { name: "whoami", arguments: {} } });

describe("SseServerTransport.receive", () => {
  it("refuses what is not a JSON-RPC message", () => {
    expect(openTransport().transport.receive({ hello: "world" })).toBe(false);
  });

  it("settles a request once its reply has gone out on the stream, not before", async () => {
    const { transport, received } = openTransport();
    const answered = transport.receive(call(7));
    expect(answered).toBeInstanceOf(Promise);
    expect(received).toEqual([call(7)]);
    expect(await settled(answered as Promise<void>)).toBe(false);
    await transport.send({ jsonrpc: "2.0", id: 8, result: {} });
    expect(await settled(answered as Promise<void>)).toBe(false);
    await transport.send({ jsonrpc: "2.0", id: 7, result: { content: [] } });
    expect(await settled(answered as Promise<void>)).toBe(true);
  });

  it("settles notifications at once, a cancelled request on its cancellation, and every request when the stream closes", async () => {
    const { transport } = openTransport();
    expect(await settled(transport.receive({ jsonrpc: "2.0", method: "notifications/initialized" }) as Promise<void>)).toBe(true);
    const cancelled = transport.receive(call(1)) as Promise<void>;
    const open = transport.receive(call(2)) as Promise<void>;
    transport.receive({ jsonrpc: "2.0", method: "notifications/cancelled", params: { requestId: 1 } });
    expect(await settled(cancelled)).toBe(true);
    expect(await settled(open)).toBe(false);
    await transport.close();
    expect(await settled(open)).toBe(true);
  });
});
