import type { z } from "zod";
import type { SentryClient } from "@/lib/sentry/client";
import type { Toolset } from "@/lib/mcp/toolsets";

export type LogLevel = "debug" | "info" | "notice" | "warning" | "error";

export type ToolContext = {
  sentry: SentryClient;
  /** Reports progress of a multi-request tool; a no-op unless the client sent a progressToken. */
  progress?(done: number, total: number, message: string): Promise<void>;
  /** Sends an MCP log message (filtered by the client's `logging/setLevel`). */
  log?(level: LogLevel, message: string): Promise<void>;
};

type ToolAnnotations = { readOnlyHint: boolean; destructiveHint: boolean; openWorldHint: boolean };

/** Markdown for the model and every client, with the same data as `structuredContent` for clients that draw it. */
export type StructuredReply<Structured extends Record<string, unknown> = Record<string, unknown>> = { text: string; structured: Structured };

/** What a handler returns: Markdown, or (when the tool declares an `outputSchema`) Markdown with its structured copy. */
export type ToolReply = string | StructuredReply;

/** One Sentry tool: its schema and annotations for the model, and a handler returning Markdown (with a structured copy when it declares an `outputSchema`). */
export type ToolDefinition<Shape extends z.ZodRawShape, Output extends z.ZodObject = never> = {
  name: string;
  title: string;
  description: string;
  inputSchema: Shape;
  /**
   * The shape of the structured copy, for a tool whose result a client can draw (a chart, a
   * waterfall, a table); clients validate against it, so every successful call returns one.
   */
  outputSchema?: Output;
  /** The group `/mcp?toolsets=` selects it by. */
  toolset: Toolset;
  annotations: ToolAnnotations;
  handler(
    args: z.infer<z.ZodObject<Shape>>,
    context: ToolContext,
  ): Promise<[Output] extends [never] ? string : StructuredReply<z.infer<Output>>>;
};

/** A tool as the registry holds it; the MCP SDK validates arguments against `inputSchema` first. */
export type SentryTool = Omit<ToolDefinition<z.ZodRawShape>, "handler" | "outputSchema"> & {
  outputSchema?: z.ZodObject;
  handler(args: unknown, context: ToolContext): Promise<ToolReply>;
};

export function defineTool<Shape extends z.ZodRawShape, Output extends z.ZodObject = never>(tool: ToolDefinition<Shape, Output>): SentryTool {
  return tool as unknown as SentryTool;
}

/** The Markdown of a reply, for readers that take text only (resources). */
export const replyText = (reply: ToolReply): string => (typeof reply === "string" ? reply : reply.text);
