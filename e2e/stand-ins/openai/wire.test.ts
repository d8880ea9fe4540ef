// Raw HTTP: event sequences, chunk shapes, non-streamed bodies, auth/JSON errors, recording.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startOpenAIStandIn } from "./server.ts";
import type { OpenAIStandIn } from "./server.ts";
import { controlClient, postModel, sseReader } from "./test-helpers.ts";

let standIn: OpenAIStandIn;
let control: ReturnType<typeof controlClient>;

beforeAll(async () => {
  standIn = await startOpenAIStandIn();
  control = controlClient(standIn.url);
});
afterAll(() => standIn.close());
beforeEach(() => control.reset());

// Loosely-typed access to wire JSON keeps these assertions readable.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

async function responsesEvents(body: Json): Promise<Json[]> {
  const res = await postModel(standIn.url, "responses", { model: "gpt-4o", stream: true, ...body });
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^text\/event-stream/);
  const messages = await sseReader(res).all();
  return messages.map((m) => {
    const data = JSON.parse(m.data) as Json;
    expect(m.event).toBe(data.type);
    return data;
  });
}

async function chatChunks(body: Json): Promise<string[]> {
  const res = await postModel(standIn.url, "chat/completions", { model: "gpt-4o", stream: true, ...body });
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^text\/event-stream/);
  return (await sseReader(res).all()).map((m) => m.data);
}

const fnTool = (name: string) => ({ type: "function", name, description: name, parameters: { type: "object", properties: {} } });
const chatTool = (name: string) => ({ type: "function", function: { name, description: name, parameters: { type: "object" } } });

describe("Responses API stream", () => {
  it("emits the text event sequence with increasing sequence numbers and usage", async () => {
    await control.script([{ match: "hi", steps: [{ text: "Hello there, friend!" }] }]);
    const events = await responsesEvents({ input: [{ role: "user", content: "hi" }] });
    const types = events.map((e) => e.type);
    expect(types).toEqual([
      "response.created",
      "response.in_progress",
      "response.output_item.added",
      "response.content_part.added",
      "response.output_text.delta",
      "response.output_text.delta",
      "response.output_text.delta",
      "response.output_text.done",
      "response.content_part.done",
      "response.output_item.done",
      "response.completed",
    ]);
    expect(events.map((e) => e.sequence_number)).toEqual(events.map((_e, i) => i));
    expect(events[0]?.response).toMatchObject({ id: expect.stringMatching(/^resp_/), object: "response", status: "in_progress", model: "gpt-4o", output: [] });
    const deltas = events.filter((e) => e.type === "response.output_text.delta");
    expect(deltas.map((d) => d.delta)).toEqual(["Hello ", "there, ", "friend!"]);
    expect(deltas[0]).toMatchObject({ item_id: expect.stringMatching(/^msg_/), output_index: 0, content_index: 0 });
    const completed = events.at(-1)?.response;
    expect(completed.status).toBe("completed");
    expect(completed.output).toEqual([
      expect.objectContaining({ type: "message", role: "assistant", status: "completed", content: [expect.objectContaining({ type: "output_text", text: "Hello there, friend!" })] }),
    ]);
    expect(completed.usage).toEqual({
      input_tokens: expect.any(Number),
      input_tokens_details: { cached_tokens: 0 },
      output_tokens: expect.any(Number),
      output_tokens_details: { reasoning_tokens: 0 },
      total_tokens: completed.usage.input_tokens + completed.usage.output_tokens,
    });
  });

  it("emits parallel function calls with streamed arguments", async () => {
    await control.script([
      { match: "both", steps: [{ toolCalls: [{ name: "a", arguments: { q: "is:unresolved level:error" } }, { name: "b", arguments: {} }] }] },
    ]);
    const events = await responsesEvents({ input: "do both", tools: [fnTool("a"), fnTool("b")] });
    const added = events.filter((e) => e.type === "response.output_item.added");
    expect(added.map((e) => [e.output_index, e.item.type, e.item.name, e.item.arguments])).toEqual([
      [0, "function_call", "a", ""],
      [1, "function_call", "b", ""],
    ]);
    expect(added[0]?.item.id).toMatch(/^fc_/);
    expect(added[0]?.item.call_id).toMatch(/^call_/);
    const argDeltas = events.filter((e) => e.type === "response.function_call_arguments.delta" && e.output_index === 0);
    expect(argDeltas.length).toBeGreaterThan(1);
    expect(JSON.parse(argDeltas.map((e) => e.delta).join(""))).toEqual({ q: "is:unresolved level:error" });
    const done = events.filter((e) => e.type === "response.output_item.done").map((e) => e.item);
    expect(done.map((i) => [i.name, i.status, JSON.parse(i.arguments)])).toEqual([["a", "completed", { q: "is:unresolved level:error" }], ["b", "completed", {}]]);
    expect(events.at(-1)?.response.output).toEqual(done);
  });

  it("selects the step from tool results after the last user message; past the end → Done.", async () => {
    await control.script([
      { match: "issues", steps: [{ toolCalls: [{ name: "a", arguments: {} }, { name: "b", arguments: {} }] }, { text: "Got {{tool_output}} for {{user_message}}" }] },
    ]);
    const mcp = JSON.stringify({ content: [{ type: "text", text: "two " }, { type: "text", text: "issues" }] });
    const round = [
      { type: "function_call", call_id: "c1", name: "a", arguments: "{}" },
      { type: "function_call", call_id: "c2", name: "b", arguments: "{}" },
      { type: "function_call_output", call_id: "c1", output: "x" },
      { type: "function_call_output", call_id: "c2", output: mcp },
    ];
    const input = [{ role: "user", content: [{ type: "input_text", text: "list issues" }] }, ...round];
    const step1 = await responsesEvents({ input, tools: [fnTool("a"), fnTool("b")] });
    expect(step1.at(-1)?.response.output[0].content[0].text).toBe("Got two issues for list issues");

    const step2 = await responsesEvents({ input: [input[0], ...round, ...round], tools: [fnTool("a"), fnTool("b")] });
    expect(step2.at(-1)?.response.output[0].content[0].text).toBe("Done.");

    const [first] = await control.requests();
    expect(first?.toolOutputs).toEqual([
      { callId: "c1", name: "a", output: "x" },
      { callId: "c2", name: "b", output: mcp },
    ]);
    expect(first?.tools).toEqual(["a", "b"]);
  });

  it("returns a non-streamed response object", async () => {
    await control.script([{ match: "", steps: [{ text: "Plain JSON." }] }]);
    const res = await postModel(standIn.url, "responses", { model: "gpt-4o", input: "x" });
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const json = (await res.json()) as Json;
    expect(json).toMatchObject({ id: expect.stringMatching(/^resp_/), object: "response", status: "completed", model: "gpt-4o" });
    expect(json.output[0].content[0].text).toBe("Plain JSON.");
    expect(json.usage.total_tokens).toBeGreaterThan(0);
  });
});

describe("Chat Completions stream", () => {
  it("streams text chunks, finish_reason, the usage chunk and [DONE]", async () => {
    await control.script([{ match: "hi", steps: [{ text: "a b c", chunks: ["a", " b", " c"] }] }]);
    const data = await chatChunks({ messages: [{ role: "user", content: "hi" }], stream_options: { include_usage: true } });
    expect(data.at(-1)).toBe("[DONE]");
    const chunks = data.slice(0, -1).map((d) => JSON.parse(d) as Json);
    for (const c of chunks) expect(c).toMatchObject({ id: expect.stringMatching(/^chatcmpl-/), object: "chat.completion.chunk", model: "gpt-4o" });
    expect(chunks[0]?.choices[0].delta).toMatchObject({ role: "assistant", content: "" });
    expect(chunks.slice(1, 4).map((c) => c.choices[0].delta.content)).toEqual(["a", " b", " c"]);
    expect(chunks[4]?.choices[0].finish_reason).toBe("stop");
    expect(chunks[5]?.choices).toEqual([]);
    expect(chunks[5]?.usage).toMatchObject({ prompt_tokens: expect.any(Number), completion_tokens: expect.any(Number), total_tokens: expect.any(Number) });
    expect(chunks).toHaveLength(6);
  });

  it("streams tool calls (id + name first, then argument fragments) and omits usage unless asked", async () => {
    await control.script([{ match: "call", steps: [{ toolCalls: [{ name: "search", arguments: { query: "is:unresolved" } }] }] }]);
    const data = await chatChunks({ messages: [{ role: "user", content: "call it" }], tools: [chatTool("search")] });
    expect(data.at(-1)).toBe("[DONE]");
    const chunks = data.slice(0, -1).map((d) => JSON.parse(d) as Json);
    expect(chunks.every((c) => c.choices.length === 1 && c.usage === undefined)).toBe(true);
    const calls = chunks.flatMap((c) => c.choices[0].delta.tool_calls ?? []);
    expect(calls[0]).toEqual({ index: 0, id: expect.stringMatching(/^call_/), type: "function", function: { name: "search", arguments: "" } });
    expect(calls.slice(1).every((c: Json) => c.id === undefined && c.function.name === undefined)).toBe(true);
    expect(JSON.parse(calls.map((c: Json) => c.function.arguments).join(""))).toEqual({ query: "is:unresolved" });
    expect(chunks.at(-1)?.choices[0].finish_reason).toBe("tool_calls");
  });

  it("returns a non-streamed chat.completion and records tool results", async () => {
    await control.script([{ match: "", steps: [{ toolCalls: [{ name: "search", arguments: {} }] }, { text: "Result: {{tool_output}}" }] }]);
    const res = await postModel(standIn.url, "chat/completions", {
      model: "gpt-4o",
      tools: [chatTool("search")],
      messages: [
        { role: "system", content: "be nice" },
        { role: "user", content: [{ type: "text", text: "find" }] },
        { role: "assistant", content: null, tool_calls: [{ id: "call_1", type: "function", function: { name: "search", arguments: "{}" } }] },
        { role: "tool", tool_call_id: "call_1", content: JSON.stringify("quoted") },
      ],
    });
    const json = (await res.json()) as Json;
    expect(json).toMatchObject({ object: "chat.completion", choices: [{ index: 0, finish_reason: "stop", message: { role: "assistant", content: "Result: quoted" } }] });
    expect(json.usage.total_tokens).toBe(json.usage.prompt_tokens + json.usage.completion_tokens);
    const [rec] = await control.requests();
    expect(rec).toMatchObject({ api: "chat", lastUserMessage: "find", tools: ["search"], toolOutputs: [{ callId: "call_1", name: "search", output: '"quoted"' }] });
    expect(new Date(rec?.at ?? "").getTime()).toBeGreaterThan(0);
  });
});

describe("errors and control", () => {
  it("401 without a bearer token, 400 on malformed JSON and missing model", async () => {
    for (const authorization of [undefined, "Bearer ", "Basic abc"]) {
      const res = await fetch(`${standIn.url}/v1/responses`, {
        method: "POST",
        headers: authorization ? { authorization } : {},
        body: JSON.stringify({ model: "gpt-4o", input: "x" }),
      });
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ error: { message: expect.any(String), type: "invalid_request_error", param: null, code: "invalid_api_key" } });
    }
    const bad = await fetch(`${standIn.url}/v1/chat/completions`, { method: "POST", headers: { authorization: "Bearer k" }, body: "{nope" });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { type: "invalid_request_error", message: expect.stringContaining("parse the JSON") } });
    const noModel = await postModel(standIn.url, "chat/completions", { messages: [] });
    expect(noModel.status).toBe(400);
    expect(await control.requests()).toEqual([]);
  });

  it("once rules are removed after their final step; rules are checked newest first", async () => {
    await control.script([{ match: "x", steps: [{ text: "older" }] }]);
    await control.script([{ match: "x", once: true, steps: [{ text: "once" }] }]);
    const text = async () => ((await (await postModel(standIn.url, "responses", { model: "m", input: "x" })).json()) as Json).output[0].content[0].text;
    expect(await text()).toBe("once");
    expect(await text()).toBe("older");
  });

  it("rejects invalid scripts and faults with 400", async () => {
    const post = (path: string, body: unknown) =>
      fetch(`${standIn.url}/__control/${path}`, { method: "POST", body: JSON.stringify(body) });
    expect((await post("script", { rules: [{ match: "x", steps: [] }] })).status).toBe(400);
    expect((await post("script", { rules: [{ match: "(", regex: true, steps: [{ text: "t" }] }] })).status).toBe(400);
    expect((await post("faults", { count: 2 })).status).toBe(400);
    expect((await post("faults", { status: 200 })).status).toBe(400);
  });
});
