import { ServerMarkdown } from "@/components/share/server-markdown";
import { formatDuration } from "@/lib/chat/message-metadata";
import type { SnapshotMessage, SnapshotPart } from "@/lib/shares/snapshot";
import { cn } from "@/lib/utils";

const STATE_LABELS = { done: "Done", failed: "Failed", denied: "Denied", incomplete: "Did not finish" } as const;

/** A tool call as plain `<details>`: opens and closes without JavaScript. */
function SharedToolCall({ part }: { part: Extract<SnapshotPart, { type: "tool" }> }) {
  return (
    <details className="bg-muted/40 rounded-lg border text-sm" data-testid="shared-tool-call" data-tool-name={part.toolName}>
      <summary className="cursor-pointer px-3 py-2 font-mono">
        {part.toolName} <span className="text-muted-foreground font-sans">· {STATE_LABELS[part.state]}</span>
        {part.durationMs !== undefined && <span className="text-muted-foreground font-sans"> · {formatDuration(part.durationMs)}</span>}
      </summary>
      <div className="space-y-2 border-t px-3 py-2">
        <div>
          <div className="text-muted-foreground text-xs font-medium">Arguments</div>
          <pre className="overflow-x-auto text-xs whitespace-pre-wrap">{part.input || "(none)"}</pre>
        </div>
        <div>
          <div className="text-muted-foreground text-xs font-medium">Result</div>
          {/* Plain text, as the tool returned it: nothing in it can become markup, and it costs no Markdown pass. */}
          <pre className="overflow-x-auto text-xs whitespace-pre-wrap">{part.result || "(no result)"}</pre>
        </div>
      </div>
    </details>
  );
}

const timeFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function SharedMessage({ message, sharerName }: { message: SnapshotMessage; sharerName: string }) {
  const fromUser = message.role === "user";
  return (
    <article className={cn("flex w-full flex-col gap-1", fromUser ? "items-end" : "items-start")} data-testid={`shared-message-${message.role}`}>
      <div className="text-muted-foreground text-xs">
        {fromUser ? sharerName : "Sentry Chat"} ·{" "}
        <time dateTime={new Date(message.createdAt).toISOString()}>{timeFormat.format(message.createdAt)} UTC</time>
      </div>
      <div className={cn("flex max-w-[min(85%,48rem)] min-w-0 flex-col gap-2", fromUser && "bg-secondary rounded-2xl px-4 py-2")}>
        {message.parts.map((part, index) =>
          part.type === "tool" ? (
            <SharedToolCall key={index} part={part} />
          ) : fromUser ? (
            <div key={index} className="leading-relaxed whitespace-pre-wrap">
              {part.text}
            </div>
          ) : (
            <ServerMarkdown key={index}>{part.text}</ServerMarkdown>
          ),
        )}
      </div>
    </article>
  );
}
