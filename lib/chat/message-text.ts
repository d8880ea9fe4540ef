import type { UIMessage } from "ai";

/** The text of a message, its other parts (tool calls) left out. */
export function messageText(message: UIMessage): string {
  return message.parts.map((part) => (part.type === "text" ? part.text : "")).join("");
}
