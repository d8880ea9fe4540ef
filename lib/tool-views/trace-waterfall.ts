import { z } from "zod";

/** A trace's spans on one time axis, each with its parent, for a waterfall. */
export const traceWaterfallViewSchema = z.object({
  kind: z.literal("trace-waterfall"),
  traceId: z.string(),
  url: z.string().nullable(),
  durationMs: z.number(),
  spans: z
    .array(
      z.object({
        id: z.string(),
        parentId: z.string().nullable(),
        op: z.string(),
        name: z.string(),
        project: z.string().nullable(),
        startMs: z.number().describe("Milliseconds after the trace's first span started."),
        durationMs: z.number(),
        errors: z.number().describe("Errors and performance issues recorded in this span."),
      }),
    )
    .max(500)
    .describe("In start order, parents before their children."),
  /** Spans Sentry returned beyond the ones listed. */
  omittedSpans: z.number(),
});
export type TraceWaterfallView = z.infer<typeof traceWaterfallViewSchema>;
export type WaterfallSpan = TraceWaterfallView["spans"][number];
