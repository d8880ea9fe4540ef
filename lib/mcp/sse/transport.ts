import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import { JSONRPCMessageSchema, type JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";

const encoder = new TextEncoder();

/**
 * The legacy HTTP+SSE transport (MCP 2024-11-05), server side: replies go out as `message` events
 * on the open GET stream; requests arrive through POSTs that the session object hands to `receive`.
 */
export class SseServerTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;
  private closed = false;
  private readonly writer: WritableStreamDefaultWriter<Uint8Array>;

  constructor(writer: WritableStreamDefaultWriter<Uint8Array>, readonly sessionId: string) {
    this.writer = writer;
  }

  async start(): Promise<void> {}

  /** The first event tells the client where to POST its messages. */
  async announce(endpoint: string): Promise<void> {
    await this.write(`event: endpoint\ndata: ${endpoint}\n\n`);
  }

  async send(message: JSONRPCMessage): Promise<void> {
    await this.write(`event: message\ndata: ${JSON.stringify(message)}\n\n`);
  }

  /** Validates one POSTed JSON-RPC message and passes it to the server; false when it is not one. */
  receive(body: unknown): boolean {
    const parsed = JSONRPCMessageSchema.safeParse(body);
    if (!parsed.success) return false;
    this.onmessage?.(parsed.data);
    return true;
  }

  async ping(): Promise<void> {
    await this.write(": ping\n\n");
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.writer.close().catch(() => {});
    this.onclose?.();
  }

  get isClosed(): boolean {
    return this.closed;
  }

  private async write(text: string): Promise<void> {
    if (this.closed) throw new Error("The SSE stream is closed.");
    try {
      await this.writer.write(encoder.encode(text));
    } catch (error) {
      // The client went away: end the session.
      await this.close();
      throw error;
    }
  }
}
