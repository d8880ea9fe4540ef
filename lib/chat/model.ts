import { createOpenAI } from "@ai-sdk/openai";
import type { LanguageModel } from "ai";
import type { AppConfig } from "@/lib/env";

export const DEFAULT_MODEL_ID = "gpt-4o";

/** OpenAI by default (Responses API); `OPENAI_API_STYLE=chat` for OpenAI-compatible servers. */
export function createChatModel(config: AppConfig, modelId: string = DEFAULT_MODEL_ID): LanguageModel {
  const provider = createOpenAI({ apiKey: config.openaiApiKey, baseURL: config.openaiBaseUrl });
  return config.openaiApiStyle === "chat" ? provider.chat(modelId) : provider.responses(modelId);
}
