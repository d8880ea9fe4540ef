// Normalises Responses API `input` and Chat Completions `messages` into a Conversation.
import type { Conversation, ToolOutput } from "./script.ts";

export type Api = "responses" | "chat";

export interface ParsedRequest extends Conversation {
  api: Api;
  model: string;
  stream: boolean;
  includeUsage: boolean;
  /** Names of all function tools offered by the request. */
  tools: string[];
  /** Rough prompt size in tokens (chars / 4), used for usage reporting. */
  inputTokens: number;
}

type Json = Record<string, unknown>;

function isRecord(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Text of a message content: a string, or an array of text-ish parts. */
export function contentText(content: unknown): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content
    .map((p) => (isRecord(p) && typeof p.text === "string" ? p.text : ""))
    .filter((t) => t !== "")
    .join("\n");
}

/** Tool output: a string, or an array of parts (e.g. `input_text`) → their concatenated text. */
function outputText(output: unknown): string {
  if (typeof output === "string") return output;
  if (Array.isArray(output)) {
    return output.map((p) => (isRecord(p) && typeof p.text === "string" ? p.text : "")).join("");
  }
  return output === undefined || output === null ? "" : JSON.stringify(output);
}

function estimateTokens(value: unknown): number {
  return Math.max(1, Math.ceil((JSON.stringify(value ?? "") ?? "").length / 4));
}

export class RequestError extends Error {
  param: string | null;
  constructor(message: string, param: string | null = null) {
    super(message);
    this.param = param;
  }
}

interface Entry {
  kind: "user" | "toolOutput" | "other";
  text?: string;
  output?: ToolOutput;
}

function summarise(entries: Entry[]): Pick<Conversation, "lastUserMessage" | "toolOutputs" | "toolRounds"> {
  let lastUser = -1;
  entries.forEach((e, i) => {
    if (e.kind === "user") lastUser = i;
  });
  // Step index: count groups of consecutive tool results after the last user message, so a
  // round of parallel tool calls (results sent together) advances the script by one step.
  let toolRounds = 0;
  let previous: Entry["kind"] = "other";
  for (const e of entries.slice(lastUser + 1)) {
    if (e.kind === "toolOutput" && previous !== "toolOutput") toolRounds++;
    previous = e.kind;
  }
  return {
    lastUserMessage: lastUser >= 0 ? (entries[lastUser]?.text ?? "") : "",
    toolOutputs: entries.flatMap((e) => (e.output ? [e.output] : [])),
    toolRounds,
  };
}

function common(body: Json, api: Api, tools: string[]): Pick<ParsedRequest, "api" | "model" | "stream" | "tools" | "callableTools"> {
  if (typeof body.model !== "string" || body.model === "") {
    throw new RequestError("you must provide a model parameter", "model");
  }
  const toolChoice = body.tool_choice;
  return {
    api,
    model: body.model,
    stream: body.stream === true,
    tools,
    callableTools: toolChoice === "none" ? [] : tools,
  };
}

export function parseResponsesRequest(body: Json): ParsedRequest {
  const rawTools = Array.isArray(body.tools) ? body.tools : [];
  const tools = rawTools.flatMap((t) => (isRecord(t) && t.type === "function" && typeof t.name === "string" ? [t.name] : []));
  const base = common(body, "responses", tools);
  let input = body.input;
  if (typeof input === "string") input = [{ role: "user", content: input }];
  if (!Array.isArray(input)) throw new RequestError("Missing required parameter: 'input'.", "input");

  const names = new Map<string, string>();
  const entries: Entry[] = [];
  for (const item of input) {
    if (!isRecord(item)) {
      entries.push({ kind: "other" });
      continue;
    }
    if (item.type === "function_call" && typeof item.call_id === "string" && typeof item.name === "string") {
      names.set(item.call_id, item.name);
    }
    if (item.type === "function_call_output") {
      const callId = typeof item.call_id === "string" ? item.call_id : "";
      const name = names.get(callId);
      entries.push({ kind: "toolOutput", output: { callId, ...(name ? { name } : {}), output: outputText(item.output) } });
    } else if (item.role === "user" && (item.type === undefined || item.type === "message")) {
      entries.push({ kind: "user", text: contentText(item.content) });
    } else {
      entries.push({ kind: "other" });
    }
  }
  return {
    ...base,
    includeUsage: true,
    ...summarise(entries),
    inputTokens: estimateTokens([body.instructions, input]),
  };
}

export function parseChatRequest(body: Json): ParsedRequest {
  const rawTools = Array.isArray(body.tools) ? body.tools : [];
  const tools = rawTools.flatMap((t) =>
    isRecord(t) && t.type === "function" && isRecord(t.function) && typeof t.function.name === "string"
      ? [t.function.name]
      : [],
  );
  const base = common(body, "chat", tools);
  const messages = body.messages;
  if (!Array.isArray(messages)) throw new RequestError("Missing required parameter: 'messages'.", "messages");

  const names = new Map<string, string>();
  const entries: Entry[] = [];
  for (const m of messages) {
    if (!isRecord(m)) {
      entries.push({ kind: "other" });
      continue;
    }
    if (m.role === "assistant" && Array.isArray(m.tool_calls)) {
      for (const c of m.tool_calls) {
        if (isRecord(c) && typeof c.id === "string" && isRecord(c.function) && typeof c.function.name === "string") {
          names.set(c.id, c.function.name);
        }
      }
    }
    if (m.role === "tool") {
      const callId = typeof m.tool_call_id === "string" ? m.tool_call_id : "";
      const name = names.get(callId);
      entries.push({ kind: "toolOutput", output: { callId, ...(name ? { name } : {}), output: outputText(m.content) } });
    } else if (m.role === "user") {
      entries.push({ kind: "user", text: contentText(m.content) });
    } else {
      entries.push({ kind: "other" });
    }
  }
  const streamOptions = body.stream_options;
  return {
    ...base,
    includeUsage: isRecord(streamOptions) && streamOptions.include_usage === true,
    ...summarise(entries),
    inputTokens: estimateTokens(messages),
  };
}
