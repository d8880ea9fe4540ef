/**
 * An event's exceptions as Markdown for a model: each exception's type and value, then its in-app
 * frames (the code the user owns) in a code block, most recent call last. When no frame is in-app
 * the last few frames stand in, so there is always something to look at.
 */
import { escapeMarkdown } from "@/lib/mcp/format";
import { exceptionDataSchema, type EventEntry, type ExceptionValue, type Frame } from "@/lib/sentry/events";

/** Frames shown when none is in-app. */
export const FALLBACK_FRAMES = 5;
/** At most this many in-app frames (the most recent ones), so deep recursion stays readable. */
export const MAX_IN_APP_FRAMES = 30;

function location(frame: Frame): string {
  const file = frame.filename || frame.module || frame.absPath || "<unknown>";
  const line = frame.lineNo == null ? "" : `:${frame.lineNo}${frame.colNo == null ? "" : `:${frame.colNo}`}`;
  return `${file}${line}${frame.function ? ` in ${frame.function}` : ""}`;
}

function contextLine(frame: Frame): string | null {
  if (frame.lineNo == null) return null;
  const source = frame.context?.find(([lineNo]) => lineNo === frame.lineNo)?.[1];
  return source && source.trim() ? source.trim() : null;
}

/** A fenced block whose fence is longer than any backtick run inside, so the content cannot close it. */
export function codeBlock(lines: string[]): string {
  const body = lines.join("\n");
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}\n${body}\n${fence}`;
}

function formatException(exception: ExceptionValue): string {
  const type = exception.type || "Exception";
  const headline = exception.value ? `**${escapeMarkdown(type)}**: ${escapeMarkdown(exception.value)}` : `**${escapeMarkdown(type)}**`;
  const mechanism = exception.mechanism;
  const handled = mechanism?.handled == null ? null : mechanism.handled ? "handled" : "unhandled";
  const details = [mechanism?.type ? `mechanism \`${mechanism.type.replaceAll("`", "")}\`` : null, handled].filter(Boolean).join(", ");
  const head = details ? `${headline} (${details})` : headline;

  const frames = exception.stacktrace?.frames ?? [];
  if (frames.length === 0) return `${head}\n\nNo stack trace was recorded.`;

  const inApp = frames.filter((frame) => frame.inApp === true);
  let shown = inApp.length > 0 ? inApp : frames.slice(-FALLBACK_FRAMES);
  const omitted = Math.max(0, shown.length - MAX_IN_APP_FRAMES);
  shown = shown.slice(omitted);

  const label =
    inApp.length > 0
      ? `In-app frames (${inApp.length} of ${frames.length}), most recent call last:`
      : `No frame is marked in-app; the last ${shown.length} of ${frames.length} frames, most recent call last:`;
  const lines: string[] = omitted > 0 ? [`… ${omitted} earlier in-app frames omitted`] : [];
  for (const frame of shown) {
    lines.push(location(frame));
    const source = contextLine(frame);
    if (source) lines.push(`    ${source}`);
  }
  return `${head}\n\n${label}\n\n${codeBlock(lines)}`;
}

/** The exceptions in an event's `entries`, most recent exception first (Sentry lists a chain oldest first). */
export function eventExceptions(entries: readonly EventEntry[] | null | undefined): ExceptionValue[] {
  const exceptions: ExceptionValue[] = [];
  for (const entry of entries ?? []) {
    if (entry.type !== "exception") continue;
    const parsed = exceptionDataSchema.safeParse(entry.data);
    if (parsed.success) exceptions.push(...(parsed.data.values ?? []));
  }
  return exceptions.reverse();
}

/** The exceptions in an event's `entries` as Markdown, most recent exception first; null when the event has no exception. */
export function formatStacktrace(entries: readonly EventEntry[] | null | undefined): string | null {
  const exceptions = eventExceptions(entries);
  if (exceptions.length === 0) return null;
  const [latest, ...chained] = exceptions;
  return [formatException(latest), ...chained.map((exception) => `Chained exception: ${formatException(exception)}`)].join("\n\n");
}
