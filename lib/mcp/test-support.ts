/**
 * For tool tests: a Sentry stand-in on a random loopback port and a tool context acting as the
 * demo user, so each tool runs against Sentry's documented example bodies over real HTTP.
 */
import { startSentryStandIn, type SentryStandIn } from "@/e2e/stand-ins/sentry/server.ts";
import { z } from "zod";
import { runTool, type ToolResult } from "@/lib/mcp/run-tool";
import type { SentryTool, ToolContext } from "@/lib/mcp/tool";
import { createSentryClient } from "@/lib/sentry/client";

export const EXAMPLE_ORG = "the-interstellar-jurisdiction";
export const EXAMPLE_PROJECT = "pump-station";

export type ToolHarness = {
  standIn: SentryStandIn;
  context: ToolContext;
  /** Runs the tool as the MCP server would: arguments validated by its schema, failures as `isError`. */
  run(tool: SentryTool, args: Record<string, unknown>): Promise<{ text: string; isError: boolean; structured?: Record<string, unknown> }>;
  fault(fault: Record<string, unknown>): Promise<void>;
  requests(): Promise<Array<{ method: string; path: string; query: Record<string, string>; body: unknown; status: number }>>;
  reset(): Promise<void>;
  close(): Promise<void>;
};

export async function startToolHarness(): Promise<ToolHarness> {
  const standIn = await startSentryStandIn({ port: 0 });
  const context: ToolContext = { sentry: createSentryClient({ baseUrl: standIn.url, token: standIn.demoToken }) };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- control-endpoint JSON
  const control = async (path: string, body?: unknown): Promise<any> => {
    const response = await fetch(`${standIn.url}/__control/${path}`, {
      method: body === undefined ? "GET" : "POST",
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`control ${path}: ${response.status}`);
    return response.json();
  };
  return {
    standIn,
    context,
    async run(tool, args) {
      const result: ToolResult = await runTool(tool, z.object(tool.inputSchema).parse(args), context);
      const isError = result.isError === true;
      // As the MCP server does: a tool that declares an outputSchema answers every success with a copy that fits it.
      if (tool.outputSchema && !isError) tool.outputSchema.parse(result.structuredContent);
      return { text: result.content.map((part) => part.text).join("\n"), isError, structured: result.structuredContent };
    },
    async fault(fault) {
      await control("faults", fault);
    },
    async requests() {
      return (await control("requests")).requests;
    },
    async reset() {
      await control("reset", {});
    },
    close: () => standIn.close(),
  };
}
