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

/** One Sentry tool: its schema and annotations for the model, and a handler returning Markdown. */
export type ToolDefinition<Shape extends z.ZodRawShape> = {
  name: string;
  title: string;
  description: string;
  inputSchema: Shape;
  /** The group `/mcp?toolsets=` selects it by. */
  toolset: Toolset;
  annotations: ToolAnnotations;
  handler(args: z.infer<z.ZodObject<Shape>>, context: ToolContext): Promise<string>;
};

/** A tool as the registry holds it; the MCP SDK validates arguments against `inputSchema` first. */
export type SentryTool = Omit<ToolDefinition<z.ZodRawShape>, "handler"> & {
  handler(args: unknown, context: ToolContext): Promise<string>;
};

export function defineTool<Shape extends z.ZodRawShape>(tool: ToolDefinition<Shape>): SentryTool {
  return tool as unknown as SentryTool;
}
