// Chat Completions (`POST /v1/chat/completions`): streamed chunks and the non-streamed body.
import type { ParsedRequest } from "./conversation.ts";
import { newId, nowSeconds } from "./ids.ts";
import { planOutputTokens } from "./script.ts";
import type { Plan } from "./script.ts";
import { pacer } from "./sse.ts";
import type { SseStream } from "./sse.ts";

type Json = Record<string, unknown>;

const SYSTEM_FINGERPRINT = "fp_openai_standin";

function usageOf(req: ParsedRequest, plan: Plan): Json {
  const completion = planOutputTokens(plan);
  return {
    prompt_tokens: req.inputTokens,
    completion_tokens: completion,
    total_tokens: req.inputTokens + completion,
    prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
    completion_tokens_details: {
      reasoning_tokens: 0,
      audio_tokens: 0,
      accepted_prediction_tokens: 0,
      rejected_prediction_tokens: 0,
    },
  };
}

function finishReason(plan: Plan): "tool_calls" | "stop" {
  return plan.items.some((i) => i.type === "call") ? "tool_calls" : "stop";
}

/** Non-streamed `chat.completion` object. */
export function chatJson(req: ParsedRequest, plan: Plan): Json {
  const text = plan.items.flatMap((i) => (i.type === "text" ? [i.text] : [])).join("");
  const toolCalls = plan.items.flatMap((i) =>
    i.type === "call" ? [{ id: newId.callId(), type: "function", function: { name: i.name, arguments: i.arguments } }] : [],
  );
  const hasText = plan.items.some((i) => i.type === "text");
  return {
    id: newId.chatCompletion(),
    object: "chat.completion",
    created: nowSeconds(),
    model: req.model,
    choices: [
      {
        index: 0,
        message: {
          role: "assistant",
          content: hasText ? text : null,
          refusal: null,
          ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}),
          annotations: [],
        },
        logprobs: null,
        finish_reason: finishReason(plan),
      },
    ],
    usage: usageOf(req, plan),
    service_tier: "default",
    system_fingerprint: SYSTEM_FINGERPRINT,
  };
}

/**
 * Streams `chat.completion.chunk`s then `[DONE]`. `plan === null` stalls after the first
 * (role) chunk until the client disconnects.
 */
export async function streamChat(sse: SseStream, req: ParsedRequest, plan: Plan | null): Promise<void> {
  const base = {
    id: newId.chatCompletion(),
    object: "chat.completion.chunk",
    created: nowSeconds(),
    model: req.model,
    service_tier: "default",
    system_fingerprint: SYSTEM_FINGERPRINT,
  };
  const chunk = (delta: Json, finish: string | null = null): boolean =>
    sse.data({ ...base, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] });

  const startsWithText = plan === null || plan.items[0]?.type === "text";
  chunk({ role: "assistant", content: startsWithText ? "" : null, refusal: null });
  if (plan === null) {
    await sse.untilClosed();
    return;
  }

  const pace = pacer(sse, plan.firstTokenDelayMs, plan.chunkDelayMs);
  let toolIndex = 0;
  for (const item of plan.items) {
    if (item.type === "text") {
      for (const content of item.chunks) {
        if (!(await pace())) return;
        chunk({ content });
      }
      continue;
    }
    const index = toolIndex++;
    if (!(await pace())) return;
    chunk({ tool_calls: [{ index, id: newId.callId(), type: "function", function: { name: item.name, arguments: "" } }] });
    for (const args of item.chunks) {
      if (!(await pace())) return;
      chunk({ tool_calls: [{ index, function: { arguments: args } }] });
    }
  }
  if (!chunk({}, finishReason(plan))) return;
  if (req.includeUsage) sse.data({ ...base, choices: [], usage: usageOf(req, plan) });
  sse.data("[DONE]");
  sse.end();
}
