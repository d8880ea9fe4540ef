import { eventExceptions } from "@/lib/mcp/format-stacktrace";
import type { EventEntry, Frame } from "@/lib/sentry/events";
import type { StackFrame, StackTraceView } from "@/lib/tool-views/stack-trace";

/** Deeper stacks keep their most recent frames: where the error was raised. */
const MAX_FRAMES = 200;
const MAX_EXCEPTIONS = 10;
/** Source lines kept on each side of an in-app frame's line. */
const CONTEXT_LINES = 2;

function stackFrame(frame: Frame): StackFrame {
  const inApp = frame.inApp === true;
  const near = (lineNo: number) => frame.lineNo != null && Math.abs(lineNo - frame.lineNo) <= CONTEXT_LINES;
  return {
    function: frame.function ?? null,
    file: frame.filename || frame.module || frame.absPath || null,
    lineNo: frame.lineNo ?? null,
    colNo: frame.colNo ?? null,
    inApp,
    // Source only where the reader looks: their own code.
    context: inApp ? (frame.context ?? []).flatMap(([lineNo, code]) => (near(lineNo) && code != null ? [[lineNo, code] as [number, string]] : [])) : [],
  };
}

/** An event's exceptions for the stack trace view; null when the event has none. */
export function stackTraceView(entries: readonly EventEntry[] | null | undefined, url: string | null): StackTraceView | null {
  const exceptions = eventExceptions(entries).slice(0, MAX_EXCEPTIONS);
  if (exceptions.length === 0) return null;
  return {
    kind: "stack-trace",
    url,
    exceptions: exceptions.map((exception) => {
      const frames = exception.stacktrace?.frames ?? [];
      const omittedFrames = Math.max(0, frames.length - MAX_FRAMES);
      return {
        type: exception.type || "Exception",
        value: exception.value ?? null,
        handled: exception.mechanism?.handled ?? null,
        mechanism: exception.mechanism?.type ?? null,
        frames: frames.slice(omittedFrames).map(stackFrame),
        omittedFrames,
      };
    }),
  };
}
