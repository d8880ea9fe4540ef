import { z } from "zod";

const frameSchema = z.object({
  function: z.string().nullable(),
  file: z.string().nullable().describe("The file (or module) the frame is in."),
  lineNo: z.number().nullable(),
  colNo: z.number().nullable(),
  inApp: z.boolean().describe("Whether the frame is in the application's own code."),
  /** The frame's source line and a few around it, `[lineNo, code]`. */
  context: z.array(z.tuple([z.number(), z.string()])),
});

/** An event's exceptions with their frames, as Sentry records them (most recent call last). */
export const stackTraceViewSchema = z.object({
  kind: z.literal("stack-trace"),
  /** The event in Sentry, when known. */
  url: z.string().nullable(),
  exceptions: z
    .array(
      z.object({
        type: z.string(),
        value: z.string().nullable(),
        handled: z.boolean().nullable(),
        mechanism: z.string().nullable(),
        frames: z.array(frameSchema).max(200),
        /** Frames left out of a very deep stack (the oldest ones). */
        omittedFrames: z.number(),
      }),
    )
    .max(10)
    .describe("Most recent exception first (the one that was raised last)."),
});
export type StackTraceView = z.infer<typeof stackTraceViewSchema>;
export type StackFrame = z.infer<typeof frameSchema>;
