// Helpers shared by the stand-in's tests (and usable by other e2e code): control client,
// raw SSE reader.
import type { Fault, RecordedRequest } from "./control.ts";
import type { Rule } from "./script.ts";

export function controlClient(url: string) {
  const call = async (method: string, path: string, body?: unknown): Promise<unknown> => {
    const res = await fetch(`${url}/__control/${path}`, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json: unknown = await res.json();
    if (!res.ok) throw new Error(`control ${method} ${path} → ${res.status}: ${JSON.stringify(json)}`);
    return json;
  };
  return {
    script: (rules: Rule[]) => call("POST", "script", { rules }),
    faults: (fault: Omit<Fault, "count"> & { count?: number }) => call("POST", "faults", fault),
    requests: async () => ((await call("GET", "requests")) as { requests: RecordedRequest[] }).requests,
    clearRequests: () => call("DELETE", "requests"),
    reset: () => call("POST", "reset"),
  };
}

export interface SseMessage {
  event?: string;
  data: string;
  /** ms since the reader was created (performance.now based). */
  at: number;
}

/** Incremental SSE reader over a fetch Response body. `next()` resolves undefined at end. */
export function sseReader(res: Response, start = performance.now()) {
  if (!res.body) throw new Error("response has no body");
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  const queue: SseMessage[] = [];

  const drain = () => {
    let idx: number;
    while ((idx = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, idx);
      buffer = buffer.slice(idx + 2);
      const msg: SseMessage = { data: "", at: performance.now() - start };
      const data: string[] = [];
      for (const line of block.split("\n")) {
        if (line.startsWith("event: ")) msg.event = line.slice(7);
        else if (line.startsWith("data: ")) data.push(line.slice(6));
      }
      msg.data = data.join("\n");
      queue.push(msg);
    }
  };

  return {
    async next(): Promise<SseMessage | undefined> {
      while (queue.length === 0) {
        const { value, done } = await reader.read();
        if (done) return undefined;
        buffer += decoder.decode(value, { stream: true });
        drain();
      }
      return queue.shift();
    },
    async all(): Promise<SseMessage[]> {
      const out: SseMessage[] = [];
      for (let m = await this.next(); m; m = await this.next()) out.push(m);
      return out;
    },
    cancel: () => reader.cancel().catch(() => {}),
  };
}

export function postModel(url: string, path: "responses" | "chat/completions", body: unknown, init: RequestInit = {}) {
  return fetch(`${url}/v1/${path}`, {
    method: "POST",
    headers: { authorization: "Bearer test", "content-type": "application/json" },
    body: JSON.stringify(body),
    ...init,
  });
}

/** Resolves "timeout" if `p` does not settle within `ms`. */
export function within<T>(p: Promise<T>, ms: number): Promise<T | "timeout"> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), ms)));
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}
