// Unbuffered server-sent-events writer with disconnect-aware, single-timer delays.
import type { ServerResponse } from "node:http";

export class SseStream {
  readonly res: ServerResponse;
  #closed = false;
  #finished = false;
  #timer: NodeJS.Timeout | undefined;
  #wake: ((open: boolean) => void) | undefined;
  #closedPromise: Promise<void>;

  constructor(res: ServerResponse, headers: Record<string, string> = {}) {
    this.res = res;
    let resolveClosed: () => void = () => {};
    this.#closedPromise = new Promise<void>((resolve) => (resolveClosed = resolve));
    res.on("close", () => {
      this.#closed = true;
      if (this.#timer) clearTimeout(this.#timer);
      this.#timer = undefined;
      this.#wake?.(false);
      this.#wake = undefined;
      resolveClosed();
    });
    res.writeHead(200, {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache",
      connection: "keep-alive",
      "x-accel-buffering": "no",
      ...headers,
    });
    res.flushHeaders();
  }

  /** True once the client went away or the stream was ended. */
  get closed(): boolean {
    return this.#closed || this.res.writableEnded || this.res.destroyed;
  }

  /** Writes raw SSE text immediately; returns false when the client is gone. */
  write(text: string): boolean {
    if (this.closed) return false;
    this.res.write(text);
    return true;
  }

  /** `event: <type>` + `data: <json>` (Responses API style). */
  event(type: string, data: unknown): boolean {
    return this.write(`event: ${type}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  /** `data: <json>` only (Chat Completions style). */
  data(data: unknown): boolean {
    return this.write(`data: ${typeof data === "string" ? data : JSON.stringify(data)}\n\n`);
  }

  /** Waits `ms` with one timer; resolves false early if the client disconnects. */
  delay(ms: number): Promise<boolean> {
    if (this.closed) return Promise.resolve(false);
    if (ms <= 0) return Promise.resolve(true);
    return new Promise<boolean>((resolve) => {
      this.#wake = resolve;
      this.#timer = setTimeout(() => {
        this.#timer = undefined;
        this.#wake = undefined;
        resolve(!this.closed);
      }, ms);
    });
  }

  /** Resolves when the client disconnects (used to stall). */
  untilClosed(): Promise<void> {
    return this.#closedPromise;
  }

  /** True once the server ended the stream itself, before the client went away. */
  get finished(): boolean {
    return this.#finished;
  }

  end(): void {
    if (this.closed) return;
    this.#finished = true;
    this.res.end();
  }
}

/** Returns a function to call before each delta: first waits `first`, later ones `between`. */
export function pacer(sse: SseStream, first: number, between: number): () => Promise<boolean> {
  let started = false;
  return () => {
    const ms = started ? between : first;
    started = true;
    return sse.delay(ms);
  };
}
