import { convertToModelMessages, type LanguageModel, type ToolSet, type UIMessage } from "ai";
import { shortenEarlierToolResults } from "@/lib/chat/history-cut";
import { systemPrompt } from "@/lib/chat/system-prompt";

/**
 * What every model call of a reply sends: the tools, exactly as /mcp lists them (the same bytes in
 * the same order every time), the instructions, then the conversation. OpenAI reuses the longest
 * prefix a request shares with earlier ones, so only the end of a request is new to the previous one.
 *
 * `prompt_cache_key` is the conversation: OpenAI routes requests with the same key and prefix to
 * the same cache, and the longest prefix a request can share is its own conversation's history.
 * One conversation has one reply in flight, so its key stays far below the rate at which OpenAI
 * spreads a key over more machines; a key per person would mix conversations whose prompts part
 * right after the instructions. The id is random and says nothing about the person.
 */
export async function modelRequest(options: {
  model: LanguageModel;
  conversationId: string;
  messages: UIMessage[];
  tools: ToolSet;
  systemPromptExtra: string;
}) {
  return {
    model: options.model,
    tools: options.tools,
    instructions: systemPrompt(options.systemPromptExtra),
    // With the tools, earlier results are sent as the running reply sends them (each tool's own
    // model output: the result's text), not as their stored JSON: the same bytes, and fewer.
    messages: await convertToModelMessages(shortenEarlierToolResults(options.messages), { tools: options.tools }),
    providerOptions: { openai: { promptCacheKey: `conversation:${options.conversationId}` } },
  };
}
