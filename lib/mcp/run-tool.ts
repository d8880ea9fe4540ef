import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { SentryTool, ToolContext } from "@/lib/mcp/tool";
import { noteTool } from "@/lib/observability/request-record";
import { reportError } from "@/lib/observability/report";
import { traceToolCall } from "@/lib/observability/spans";

export type ToolResult = {
  content: Array<{ type: "text"; text: string }>;
  /** The tool's structured copy of the text (see `outputSchema`); never on an error. */
  structuredContent?: Record<string, unknown>;
  isError?: true;
};

/** What a model can act on when a tool fails: the reason in plain words, never a stack trace. */
export function toolErrorMessage(error: unknown): string {
  if (error instanceof AppError) return error.message;
  if (error instanceof z.ZodError) return `Invalid arguments: ${z.prettifyError(error)}`;
  return "The tool failed unexpectedly. Try again, or try a different request.";
}

/** Runs a tool on already-validated arguments; every failure becomes an `isError` result. */
export async function runTool(tool: SentryTool, args: unknown, context: ToolContext): Promise<ToolResult> {
  noteTool(tool.name);
  return traceToolCall(tool.name, async (): Promise<ToolResult> => {
    try {
      const reply = await tool.handler(args, context);
      if (typeof reply === "string") return { content: [{ type: "text", text: reply }] };
      return { content: [{ type: "text", text: reply.text }], structuredContent: reply.structured };
    } catch (error) {
      if (!(error instanceof AppError)) console.error(JSON.stringify({ msg: "tool failed", tool: tool.name, error: String(error) }));
      reportError(error, "tool");
      return { isError: true, content: [{ type: "text", text: toolErrorMessage(error) }] };
    }
  });
}
