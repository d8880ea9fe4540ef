/**
 * The two sides every chat benchmark compares: the OpenAI stand-in answered directly, and the same
 * reply through the app's /api/chat. Both return when each text delta arrived (ms since the request).
 */
import { randomUUID } from "node:crypto";
import { OPENAI_STANDIN_URL } from "../e2e/support/stack.ts";

async function deltaTimes(response: Response, started: number, deltaMarker: string): Promise<number[]> {
  if (!response.ok || !response.body) throw new Error(`request failed with ${response.status}: ${await response.text()}`);
  const decoder = new TextDecoder();
  const times: number[] = [];
  let pending = "";
  const reader = response.body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    const now = performance.now() - started;
    pending += decoder.decode(chunk.value, { stream: true });
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) if (line.includes(deltaMarker)) times.push(now);
  }
  if (times.length === 0) throw new Error("the stream ended without a token");
  return times;
}

/** The smallest request for `prompt`: no system prompt, no tools. */
export function minimalModelRequest(prompt: string): object {
  return { model: "gpt-4o", stream: true, input: [{ role: "user", content: prompt }] };
}

/**
 * The body of the last request the app sent the model (the stand-in records them): sent directly,
 * it gives the model's own time for exactly what the app asks (its system prompt, the 25 tool
 * definitions the stand-in echoes back in its first events), so that only the app's own work is
 * counted as added.
 */
export async function lastAppModelRequest(): Promise<object> {
  const response = await fetch(`${OPENAI_STANDIN_URL}/__control/requests`);
  const { requests } = (await response.json()) as { requests: Array<{ body: object }> };
  const last = requests.at(-1);
  if (!last) throw new Error("the app has not called the model yet");
  return last.body;
}

export async function directDeltas(body: object): Promise<number[]> {
  const started = performance.now();
  const response = await fetch(`${OPENAI_STANDIN_URL}/v1/responses`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: "Bearer sk-bench" },
    body: JSON.stringify(body),
  });
  return deltaTimes(response, started, '"type":"response.output_text.delta"');
}

export async function appDeltas(appUrl: string, cookie: string, prompt: string): Promise<number[]> {
  const started = performance.now();
  const response = await fetch(`${appUrl}/api/chat`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie, origin: appUrl },
    body: JSON.stringify({
      id: randomUUID(),
      message: { id: `msg_${randomUUID().slice(0, 8)}`, role: "user", parts: [{ type: "text", text: prompt }] },
    }),
  });
  return deltaTimes(response, started, '"type":"text-delta"');
}

/** The floor: the worker answering a request that does no work (GET /api/chat → 405), in ms. */
export async function noWorkRequest(baseUrl: string): Promise<number> {
  const started = performance.now();
  await (await fetch(`${baseUrl}/api/chat`)).text();
  return performance.now() - started;
}

export async function scriptReply(rule: { match: string; text: string; firstTokenDelayMs?: number; chunkDelayMs?: number }) {
  const { match, ...step } = rule;
  const response = await fetch(`${OPENAI_STANDIN_URL}/__control/script`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ rules: [{ match, steps: [step] }] }),
  });
  if (!response.ok) throw new Error(`scripting the model stand-in failed: ${response.status}`);
}
