// Fault injection (429/500/stall, counts) and pacing (firstTokenDelayMs, chunkDelayMs).
import { createOpenAI } from "@ai-sdk/openai";
import { APICallError, streamText } from "ai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startOpenAIStandIn } from "./server.ts";
import type { OpenAIStandIn } from "./server.ts";
import { controlClient, postModel, sseReader, within } from "./test-helpers.ts";

let standIn: OpenAIStandIn;
let control: ReturnType<typeof controlClient>;

beforeAll(async () => {
  standIn = await startOpenAIStandIn();
  control = controlClient(standIn.url);
});
afterAll(() => standIn.close());
beforeEach(() => control.reset());

const ask = (stream = false) => postModel(standIn.url, "responses", { model: "gpt-4o", input: "hello", stream });

describe("faults", () => {
  it("429 with retry-after and an OpenAI rate-limit body, for one request by default", async () => {
    await control.faults({ status: 429, retryAfter: 7 });
    const limited = await ask();
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("7");
    expect(await limited.json()).toEqual({
      error: { message: expect.stringContaining("Rate limit reached"), type: "requests", param: null, code: "rate_limit_exceeded" },
    });
    expect((await ask()).status).toBe(200);
  });

  it("500 applies to `count` requests, then normal replies resume", async () => {
    await control.faults({ status: 500, count: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await ask(true)).status);
    expect(statuses).toEqual([500, 500, 200]);
    expect(await control.requests()).toHaveLength(3);
  });

  it("queued faults are consumed in order (503 then 429)", async () => {
    await control.faults({ status: 503 });
    await control.faults({ status: 429 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await ask()).status);
    expect(statuses).toEqual([503, 429, 200]);
  });

  it("the AI SDK retries through counted 429s, honouring retry-after", async () => {
    await control.faults({ status: 429, retryAfter: 0, count: 2 });
    await control.script([{ match: "hello", steps: [{ text: "finally" }] }]);
    const provider = createOpenAI({ baseURL: `${standIn.url}/v1`, apiKey: "test" });
    const result = streamText({ model: provider("gpt-4o"), prompt: "hello" });
    expect(await result.text).toBe("finally");
    expect(await control.requests()).toHaveLength(3);
  });

  it("the AI SDK surfaces a 500 as an APICallError when retries are off", async () => {
    await control.faults({ status: 500 });
    const provider = createOpenAI({ baseURL: `${standIn.url}/v1`, apiKey: "test" });
    const errors: unknown[] = [];
    const result = streamText({ model: provider.chat("gpt-4o"), prompt: "hello", maxRetries: 0, onError: ({ error }) => void errors.push(error) });
    await result.consumeStream();
    expect(errors).toHaveLength(1);
    expect(APICallError.isInstance(errors[0]) && errors[0].statusCode).toBe(500);
  });

  it("stall: the Responses client sees created/in_progress, then nothing until it aborts", async () => {
    await control.faults({ stall: true });
    const abort = new AbortController();
    const res = await postModel(standIn.url, "responses", { model: "gpt-4o", input: "hi", stream: true }, { signal: abort.signal });
    const reader = sseReader(res);
    expect((await reader.next())?.event).toBe("response.created");
    expect((await reader.next())?.event).toBe("response.in_progress");
    expect(await within(reader.next(), 300)).toBe("timeout");
    abort.abort();
    // The server is unaffected and the fault was used up.
    expect((await ask()).status).toBe(200);
  });

  it("stall: the chat client sees the first chunk only", async () => {
    await control.faults({ stall: true });
    const res = await postModel(standIn.url, "chat/completions", { model: "gpt-4o", messages: [{ role: "user", content: "hi" }], stream: true });
    const reader = sseReader(res);
    const first = JSON.parse((await reader.next())?.data ?? "{}");
    expect(first.choices[0].delta.role).toBe("assistant");
    expect(await within(reader.next(), 300)).toBe("timeout");
    await reader.cancel();
  });
});

describe("pacing", () => {
  it("honours firstTokenDelayMs: envelope immediately, first delta after the delay", async () => {
    await control.script([{ match: "", steps: [{ text: "slow start here", firstTokenDelayMs: 400 }] }]);
    const start = performance.now();
    const res = await ask(true);
    const messages = await sseReader(res, start).all();
    const created = messages.find((m) => m.event === "response.created");
    const firstDelta = messages.find((m) => m.event === "response.output_text.delta");
    expect(firstDelta?.at).toBeGreaterThanOrEqual(395);
    expect((firstDelta?.at ?? 0) - (created?.at ?? 0)).toBeGreaterThanOrEqual(300);
  });

  it("honours chunkDelayMs between deltas (chat)", async () => {
    await control.script([{ match: "", steps: [{ text: "one two three", chunkDelayMs: 120 }] }]);
    const res = await postModel(standIn.url, "chat/completions", { model: "gpt-4o", stream: true, messages: [{ role: "user", content: "x" }] });
    const messages = await sseReader(res).all();
    const deltas = messages.filter((m) => m.data !== "[DONE]" && JSON.parse(m.data).choices[0]?.delta.content);
    expect(deltas.map((m) => JSON.parse(m.data).choices[0].delta.content)).toEqual(["one ", "two ", "three"]);
    expect((deltas[2]?.at ?? 0) - (deltas[0]?.at ?? 0)).toBeGreaterThanOrEqual(220);
  });

  it("stops writing when the client disconnects mid-stream", async () => {
    await control.script([{ match: "", steps: [{ text: "a b c d e f g h i j", chunkDelayMs: 100 }] }]);
    const abort = new AbortController();
    const res = await postModel(standIn.url, "responses", { model: "gpt-4o", input: "x", stream: true }, { signal: abort.signal });
    const reader = sseReader(res);
    let m = await reader.next();
    while (m && m.event !== "response.output_text.delta") m = await reader.next();
    expect(m?.event).toBe("response.output_text.delta");
    abort.abort();
    await new Promise((r) => setTimeout(r, 250));
    expect((await ask()).status).toBe(200);
  });

  it("records whether each streamed reply was sent to the end or cancelled by the client", async () => {
    await control.script([{ match: "slow", steps: [{ text: "a b c d e f g h i j", chunkDelayMs: 100 }] }]);
    const abort = new AbortController();
    const res = await postModel(standIn.url, "responses", { model: "gpt-4o", input: "slow", stream: true }, { signal: abort.signal });
    const reader = sseReader(res);
    let m = await reader.next();
    while (m && m.event !== "response.output_text.delta") m = await reader.next();
    abort.abort();
    await expect.poll(async () => (await control.requests())[0]?.stream).toBe("cancelled");
    await sseReader(await ask(true)).all();
    expect((await control.requests()).map((r) => r.stream)).toEqual(["cancelled", "completed"]);
  });
});
