// Responses API (`POST /v1/responses`): streamed SSE events and the non-streamed JSON body.
import type { ParsedRequest } from "./conversation.ts";
import { newId, nowSeconds } from "./ids.ts";
import { planOutputTokens } from "./script.ts";
import type { Plan, PlannedItem } from "./script.ts";
import { pacer } from "./sse.ts";
import type { SseStream } from "./sse.ts";

type Json = Record<string, unknown>;

interface BuiltItem {
  planned: PlannedItem;
  id: string;
  callId: string;
}

function buildItems(plan: Plan): BuiltItem[] {
  return plan.items.map((planned) => ({
    planned,
    id: planned.type === "text" ? newId.message() : newId.functionCall(),
    callId: planned.type === "call" ? newId.callId() : "",
  }));
}

function outputTextPart(text: string): Json {
  return { type: "output_text", annotations: [], logprobs: [], text };
}

/** The item as it appears in `output_item.done` / the final `output`. */
function finalItem(b: BuiltItem): Json {
  const p = b.planned;
  if (p.type === "text") {
    return { id: b.id, type: "message", status: "completed", content: [outputTextPart(p.text)], role: "assistant" };
  }
  return { id: b.id, type: "function_call", status: "completed", arguments: p.arguments, call_id: b.callId, name: p.name };
}

function usageOf(req: ParsedRequest, plan: Plan): Json {
  const output = planOutputTokens(plan);
  return {
    input_tokens: req.inputTokens,
    input_tokens_details: { cached_tokens: 0 },
    output_tokens: output,
    output_tokens_details: { reasoning_tokens: 0 },
    total_tokens: req.inputTokens + output,
  };
}

interface Envelope {
  id: string;
  createdAt: number;
  req: ParsedRequest;
  body: Json;
}

function responseObject(env: Envelope, status: string, output: Json[], usage: Json | null): Json {
  const b = env.body;
  return {
    id: env.id,
    object: "response",
    created_at: env.createdAt,
    status,
    background: false,
    error: null,
    incomplete_details: null,
    instructions: b.instructions ?? null,
    max_output_tokens: b.max_output_tokens ?? null,
    model: env.req.model,
    output,
    parallel_tool_calls: b.parallel_tool_calls ?? true,
    previous_response_id: b.previous_response_id ?? null,
    reasoning: { effort: null, summary: null },
    service_tier: "default",
    store: b.store ?? true,
    temperature: b.temperature ?? 1,
    text: b.text ?? { format: { type: "text" } },
    tool_choice: b.tool_choice ?? "auto",
    tools: b.tools ?? [],
    top_p: b.top_p ?? 1,
    truncation: "disabled",
    usage,
    user: null,
    metadata: b.metadata ?? {},
  };
}

/** Non-streamed `response` object. */
export function responsesJson(req: ParsedRequest, body: Json, plan: Plan): Json {
  const env: Envelope = { id: newId.response(), createdAt: nowSeconds(), req, body };
  return responseObject(env, "completed", buildItems(plan).map(finalItem), usageOf(req, plan));
}

/**
 * Streams the Responses API events. `plan === null` stalls: the envelope events are sent,
 * then nothing until the client disconnects.
 */
export async function streamResponses(sse: SseStream, req: ParsedRequest, body: Json, plan: Plan | null): Promise<void> {
  const env: Envelope = { id: newId.response(), createdAt: nowSeconds(), req, body };
  let seq = 0;
  const send = (type: string, data: Json): boolean => sse.event(type, { type, sequence_number: seq++, ...data });

  send("response.created", { response: responseObject(env, "in_progress", [], null) });
  send("response.in_progress", { response: responseObject(env, "in_progress", [], null) });
  if (plan === null) {
    await sse.untilClosed();
    return;
  }

  const pace = pacer(sse, plan.firstTokenDelayMs, plan.chunkDelayMs);
  const built = buildItems(plan);
  for (const [outputIndex, b] of built.entries()) {
    const p = b.planned;
    const ids = { item_id: b.id, output_index: outputIndex };
    if (p.type === "text") {
      send("response.output_item.added", {
        output_index: outputIndex,
        item: { id: b.id, type: "message", status: "in_progress", content: [], role: "assistant" },
      });
      send("response.content_part.added", { ...ids, content_index: 0, part: outputTextPart("") });
      for (const delta of p.chunks) {
        if (!(await pace())) return;
        send("response.output_text.delta", { ...ids, content_index: 0, delta, logprobs: [] });
      }
      send("response.output_text.done", { ...ids, content_index: 0, text: p.text, logprobs: [] });
      send("response.content_part.done", { ...ids, content_index: 0, part: outputTextPart(p.text) });
    } else {
      send("response.output_item.added", {
        output_index: outputIndex,
        item: { id: b.id, type: "function_call", status: "in_progress", arguments: "", call_id: b.callId, name: p.name },
      });
      for (const delta of p.chunks) {
        if (!(await pace())) return;
        send("response.function_call_arguments.delta", { ...ids, delta });
      }
      send("response.function_call_arguments.done", { ...ids, name: p.name, arguments: p.arguments });
    }
    if (!send("response.output_item.done", { output_index: outputIndex, item: finalItem(b) })) return;
  }
  send("response.completed", {
    response: responseObject(env, "completed", built.map(finalItem), usageOf(req, plan)),
  });
  sse.end();
}
