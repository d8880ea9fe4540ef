import { z } from "zod";
import { issueTableViewSchema } from "@/lib/tool-views/issue-table";
import { releaseHealthViewSchema } from "@/lib/tool-views/release-health";
import { stackTraceViewSchema } from "@/lib/tool-views/stack-trace";
import { timeSeriesViewSchema } from "@/lib/tool-views/time-series";
import { traceWaterfallViewSchema } from "@/lib/tool-views/trace-waterfall";

/**
 * What a tool's structured result holds: `views`, each a piece of data with its shape named by
 * `kind`. A client draws each by its kind, whichever tool returned it.
 */
export const toolViewSchema = z.discriminatedUnion("kind", [
  timeSeriesViewSchema,
  stackTraceViewSchema,
  traceWaterfallViewSchema,
  issueTableViewSchema,
  releaseHealthViewSchema,
]);
export type ToolView = z.infer<typeof toolViewSchema>;

/**
 * The views in a tool result (an MCP `CallToolResult`), as untrusted data: anything that does not
 * fit its kind's schema (another server, an older or newer shape) is left out, not guessed at.
 */
export function readToolViews(output: unknown): ToolView[] {
  const views = (output as { structuredContent?: { views?: unknown } } | null)?.structuredContent?.views;
  if (!Array.isArray(views)) return [];
  return views.flatMap((view) => {
    const parsed = toolViewSchema.safeParse(view);
    return parsed.success ? [parsed.data] : [];
  });
}
