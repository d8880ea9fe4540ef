import type { UIMessage } from "ai";

/** The text of a message, its other parts (tool calls) left out. */
export function messageText(message: UIMessage): string {
  return message.parts.map((part) => (part.type === "text" ? part.text : "")).join("");
}

/** A reply's Markdown as the person copies it: its text parts (one per step), a blank line apart. */
export function messageMarkdown(message: UIMessage): string {
  return message.parts
    .flatMap((part) => (part.type === "text" && part.text.trim() !== "" ? [part.text.trim()] : []))
    .join("\n\n");
}
