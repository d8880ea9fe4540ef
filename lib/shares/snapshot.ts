import { z } from "zod";
import { toolResultText } from "@/lib/chat/tool-result";
import { toolDuration } from "@/lib/chat/message-metadata";
import { chipLabel, promptChipOf, promptMetadataSchema } from "@/lib/chat/prompt-chip";
import { readToolViews, toolViewSchema } from "@/lib/tool-views";

/**
 * What a shared link shows of one message: its text and its tool calls with their arguments and
 * results (and what their views draw), nothing else (no approval ids, no provider metadata, no reasoning). Shaped once, when
 * the link is made, so the page only renders.
 */
export const snapshotPartSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("text"), text: z.string() }),
  z.object({
    type: z.literal("tool"),
    toolName: z.string(),
    state: z.enum(["done", "failed", "denied", "incomplete"]),
    input: z.string(),
    result: z.string(),
    /** What the result's views draw (lib/tool-views), when it has any. */
    views: z.array(toolViewSchema).optional(),
    durationMs: z.number().optional(),
  }),
]);
export const snapshotMessageSchema = z.object({
  id: z.string(),
  role: z.enum(["user", "assistant"]),
  createdAt: z.number(),
  parts: z.array(snapshotPartSchema),
  /** A message sent from a prompt form shows as this chip, as in the chat (links made before it had none). */
  prompt: promptMetadataSchema.shape.prompt.optional(),
});
export const snapshotSchema = z.array(snapshotMessageSchema);

export type SnapshotPart = z.infer<typeof snapshotPartSchema>;
export type SnapshotMessage = z.infer<typeof snapshotMessageSchema>;

/** A message as stored (lib/db/messages), with the time it was stored. */
export type SourceMessage = { id: string; role: "user" | "assistant"; parts: unknown[]; metadata?: unknown; createdAt: number };

type ToolPart = { type: string; toolName?: string; state?: string; input?: unknown; output?: unknown; errorText?: string; toolCallId?: string };

type ToolState = Extract<SnapshotPart, { type: "tool" }>["state"];

function toolState(part: ToolPart): ToolState {
  if (part.state === "output-available") return (part.output as { isError?: unknown } | null)?.isError === true ? "failed" : "done";
  if (part.state === "output-error") return "failed";
  if (part.state === "output-denied") return "denied";
  return "incomplete";
}

function shapePart(part: unknown, metadata: unknown): SnapshotPart | null {
  const p = part as ToolPart & { text?: unknown };
  if (p.type === "text" && typeof p.text === "string") return p.text.trim() === "" ? null : { type: "text", text: p.text };
  if (p.type === "dynamic-tool" || p.type.startsWith("tool-")) {
    const toolName = p.toolName ?? p.type.slice("tool-".length);
    const state = toolState(p);
    const duration = p.toolCallId ? toolDuration(metadata, p.toolCallId) : undefined;
    const views = state === "done" ? readToolViews(p.output) : [];
    return {
      type: "tool",
      toolName,
      state,
      input: p.input === undefined ? "" : JSON.stringify(p.input, null, 2),
      result: state === "failed" && p.errorText ? p.errorText : toolResultText(p.output),
      ...(views.length === 0 ? {} : { views }),
      ...(duration === undefined ? {} : { durationMs: duration }),
    };
  }
  return null;
}

/** The conversation's messages as a link shows them; messages left with nothing to show are dropped. */
export function shapeSnapshot(messages: SourceMessage[]): SnapshotMessage[] {
  return messages.flatMap((message) => {
    const parts = message.parts.map((part) => shapePart(part, message.metadata)).filter((part) => part !== null);
    const prompt = message.role === "user" ? promptChipOf(message.metadata) : null;
    return parts.length === 0 ? [] : [{ id: message.id, role: message.role, createdAt: message.createdAt, parts, ...(prompt ? { prompt } : {}) }];
  });
}

/** The first question, for the page's description and Open Graph card. */
export function firstQuestion(snapshot: SnapshotMessage[], maxChars = 200): string {
  const first = snapshot.find((m) => m.role === "user");
  const text = first?.parts.find((p) => p.type === "text");
  const question = first?.prompt ? chipLabel(first.prompt) : text?.type === "text" ? text.text.replace(/\s+/g, " ").trim() : "";
  const chars = Array.from(question);
  return chars.length > maxChars ? `${chars.slice(0, maxChars - 1).join("")}…` : question;
}
