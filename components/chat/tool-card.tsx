"use client";

import type { DynamicToolUIPart } from "ai";
import { CheckIcon, ChevronRightIcon, LoaderIcon, TriangleAlertIcon } from "lucide-react";
import { cn } from "@/lib/utils";

/** MCP tool results arrive as `{ content: [{ type: "text", text }] }`; show their text. */
export function toolResultText(output: unknown): string {
  const content = (output as { content?: unknown } | null)?.content;
  if (Array.isArray(content)) {
    return content
      .map((part: { type?: string; text?: string }) => (part?.type === "text" && typeof part.text === "string" ? part.text : ""))
      .filter(Boolean)
      .join("\n\n");
  }
  return typeof output === "string" ? output : JSON.stringify(output, null, 2);
}

function isErrorResult(output: unknown): boolean {
  return (output as { isError?: unknown } | null)?.isError === true;
}

/** A card for any tool call, including tools the UI has never heard of. */
export function ToolCard({ part }: { part: DynamicToolUIPart }) {
  const failed = part.state === "output-error" || (part.state === "output-available" && isErrorResult(part.output));
  const running = part.state === "input-streaming" || part.state === "input-available";
  const status = running ? "Running" : failed ? "Failed" : part.state === "output-available" ? "Done" : "Waiting";
  const result =
    part.state === "output-available" ? toolResultText(part.output) : part.state === "output-error" ? part.errorText : null;

  return (
    <details
      className={cn("group bg-card rounded-md border text-sm", failed && "border-destructive/50")}
      data-testid="tool-card"
      data-tool-name={part.toolName}
      data-state={status.toLowerCase()}
      open={failed || undefined}
    >
      <summary className="flex cursor-pointer list-none items-center gap-2 px-3 py-2 select-none">
        <ChevronRightIcon className="size-4 transition-transform group-open:rotate-90" aria-hidden />
        <code className="font-mono font-medium">{part.toolName}</code>
        <span className="text-muted-foreground ml-auto flex items-center gap-1 text-xs">
          {running ? (
            <LoaderIcon className="size-3 animate-spin" aria-hidden />
          ) : failed ? (
            <TriangleAlertIcon className="text-destructive size-3" aria-hidden />
          ) : (
            <CheckIcon className="size-3" aria-hidden />
          )}
          {status}
        </span>
      </summary>
      <div className="space-y-2 border-t px-3 py-2">
        <div>
          <div className="text-muted-foreground text-xs font-medium">Arguments</div>
          <pre className="bg-muted overflow-x-auto rounded p-2 text-xs">{JSON.stringify(part.input ?? {}, null, 2)}</pre>
        </div>
        {result !== null && (
          <div>
            <div className="text-muted-foreground text-xs font-medium">Result</div>
            <div className="text-sm whitespace-pre-wrap" data-testid="tool-result">
              {result}
            </div>
          </div>
        )}
      </div>
    </details>
  );
}
