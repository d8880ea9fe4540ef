import {
  isJSONRPCErrorResponse,
  isJSONRPCNotification,
  isJSONRPCRequest,
  isJSONRPCResultResponse,
  parseJSONRPCMessage,
  type JSONRPCMessage,
  type RequestId,
  type Transport,
} from "@modelcontextprotocol/server";

const encoder = new TextEncoder();

/**
 * The legacy HTTP+SSE transport (MCP 2024-11-05, deprecated since), server side: replies go out as
 * `message` events on the open GET stream; requests arrive through POSTs that the session object
 * hands to `receive`. The official SDK's current line (v2) has no such transport — only the frozen
 * `@modelcontextprotocol/server-legacy`, built on Node's HTTP and Express — so this web-standard one
 * implements v2's `Transport` and carries the same v2 server as `/mcp` (see README, architecture).
 */
export class SseServerTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;
  private closed = false;
  private readonly writer: WritableStreamDefaultWriter<Uint8Array>;
  /** The requests received and not yet answered, each with what settles its wait. */
  private readonly unanswered = new Map<RequestId, () => void>();

  constructor(writer: WritableStreamDefaultWriter<Uint8Array>, readonly sessionId: string) {
    this.writer = writer;
  }

  async start(): Promise<void> {}

  /** The first event tells the client where to POST its messages. */
  async announce(endpoint: string): Promise<void> {
    await this.write(`event: endpoint\ndata: ${endpoint}\n\n`);
  }

  async send(message: JSONRPCMessage): Promise<void> {
    try {
      await this.write(`event: message\ndata: ${JSON.stringify(message)}\n\n`);
    } finally {
      if ((isJSONRPCResultResponse(message) || isJSONRPCErrorResponse(message)) && message.id !== undefined) this.settle(message.id);
    }
  }

  /**
   * Validates one POSTed JSON-RPC message and passes it to the server. The promise settles once the
   * server has answered it (a request's reply is on the stream, or it was cancelled, or the stream
   * closed; at once for notifications and responses), so the POST that brought a tool call lasts as
   * long as the call and is traced with it. False when the body is not a JSON-RPC message.
   */
  receive(body: unknown): Promise<void> | false {
    let message: JSONRPCMessage;
    try {
      message = parseJSONRPCMessage(body);
    } catch {
      return false;
    }
    let answered = Promise.resolve();
    if (isJSONRPCRequest(message) && !this.closed) {
      const earlier = this.unanswered.get(message.id);
      answered = new Promise((resolve) => this.unanswered.set(message.id, () => (earlier?.(), resolve())));
    }
    // A cancelled request gets no reply.
    if (isJSONRPCNotification(message) && message.method === "notifications/cancelled") {
      const cancelled = message.params?.requestId;
      if (typeof cancelled === "string" || typeof cancelled === "number") this.settle(cancelled);
    }
    this.onmessage?.(message);
    return answered;
  }

  async ping(): Promise<void> {
    await this.write(": ping\n\n");
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const id of [...this.unanswered.keys()]) this.settle(id);
    await this.writer.close().catch(() => {});
    this.onclose?.();
  }

  get isClosed(): boolean {
    return this.closed;
  }

  private settle(id: RequestId): void {
    this.unanswered.get(id)?.();
    this.unanswered.delete(id);
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
