import { createOpenAI } from "@ai-sdk/openai";
import type { LanguageModel } from "ai";
import type { AppConfig } from "@/lib/env";

export const DEFAULT_MODEL_ID = "gpt-4o";

/**
 * The runtime's fetch, taken when the worker starts. Once a page has rendered in the isolate,
 * Next.js replaces globalThis.fetch with its own (tracing, its data cache) for every caller; the
 * chat runs ahead of Next.js (worker.ts) and its model requests skip that layer, which cost about
 * 2 ms of CPU per reply.
 */
const runtimeFetch = globalThis.fetch;

/** OpenAI by default (Responses API); `OPENAI_API_STYLE=chat` for OpenAI-compatible servers. */
export function createChatModel(
  config: Pick<AppConfig, "openaiApiKey" | "openaiBaseUrl" | "openaiApiStyle">,
  modelId: string = DEFAULT_MODEL_ID,
): LanguageModel {
  const provider = createOpenAI({
    apiKey: config.openaiApiKey,
    baseURL: config.openaiBaseUrl,
    fetch: (input, init) => runtimeFetch(input, init),
  });
  return config.openaiApiStyle === "chat" ? provider.chat(modelId) : provider.responses(modelId);
}
