import type { UIMessage } from "ai";
import { toolResultText } from "@/lib/chat/tool-result";

/**
 * How much of an earlier turn's tool result the model is sent again: enough for what the answer
 * cited (the head of a list, an issue's summary), while a long stack trace or table from three
 * questions ago stops costing its full size on every later call.
 */
export const EARLIER_RESULT_CHARS = 1_500;

function shortenedText(text: string, limit: number): string {
  let end = limit;
  // A cut at a line end reads better, if one is near; never inside a surrogate pair.
  const lineEnd = text.lastIndexOf("\n", limit);
  if (lineEnd > limit * 0.8) end = lineEnd;
  else if (/[\uD800-\uDBFF]/.test(text[end - 1])) end -= 1;
  return (
    `${text.slice(0, end)}\n\n[Shortened for this request: ${end.toLocaleString("en-US")} of ` +
    `${text.length.toLocaleString("en-US")} characters. The person still sees the whole result; call the tool again for the rest.]`
  );
}

function shortenedOutput(output: unknown, limit: number): unknown {
  const text = toolResultText(output);
  if (text.length <= limit) return output;
  const content = [{ type: "text", text: shortenedText(text, limit) }];
  // MCP results keep their shape (and `isError`); anything else becomes the shortened text.
  return typeof output === "object" && output !== null && Array.isArray((output as { content?: unknown }).content)
    ? { ...output, content }
    : content[0].text;
}

type Part = UIMessage["parts"][number];

function shortenPart(part: Part, limit: number): Part {
  const isTool = part.type === "dynamic-tool" || part.type.startsWith("tool-");
  if (!isTool || !("state" in part) || part.state !== "output-available") return part;
  const output = shortenedOutput(part.output, limit);
  return output === part.output ? part : ({ ...part, output } as Part);
}

/**
 * The history as the model is sent it: tool results from before the latest user message (earlier
 * turns) cut to `limit` characters, with a note saying so. The current turn's results stay whole,
 * and the stored messages (and the cards the person sees) are not changed.
 */
export function shortenEarlierToolResults(messages: UIMessage[], limit = EARLIER_RESULT_CHARS): UIMessage[] {
  const currentTurn = messages.findLastIndex((message) => message.role === "user");
  return messages.map((message, index) =>
    index >= currentTurn ? message : { ...message, parts: message.parts.map((part) => shortenPart(part, limit)) },
  );
}
