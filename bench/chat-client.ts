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

export async function directDeltas(prompt: string): Promise<number[]> {
  const started = performance.now();
  const response = await fetch(`${OPENAI_STANDIN_URL}/v1/responses`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: "Bearer sk-bench" },
    body: JSON.stringify({ model: "gpt-4o", stream: true, input: [{ role: "user", content: prompt }] }),
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

export async function scriptReply(rule: { match: string; text: string; firstTokenDelayMs?: number; chunkDelayMs?: number }) {
  const { match, ...step } = rule;
  const response = await fetch(`${OPENAI_STANDIN_URL}/__control/script`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ rules: [{ match, steps: [step] }] }),
  });
  if (!response.ok) throw new Error(`scripting the model stand-in failed: ${response.status}`);
}
