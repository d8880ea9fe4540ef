"use client";

import type { DynamicToolUIPart } from "ai";
import { CheckIcon, ChevronRightIcon, LoaderIcon, ShieldQuestionIcon, TriangleAlertIcon, XIcon } from "lucide-react";
import { Markdown } from "@/components/chat/markdown";
import { ToolResultBody } from "@/components/chat/tool-result-body";
import { Button } from "@/components/ui/button";
import { formatDuration } from "@/lib/chat/message-metadata";
import { hasToolViews, toolResultText } from "@/lib/chat/tool-result";
import { cn } from "@/lib/utils";

const isErrorResult = (output: unknown) => (output as { isError?: unknown } | null)?.isError === true;

type Status = "running" | "awaiting-approval" | "approved" | "denied" | "failed" | "done";

function statusOf(part: DynamicToolUIPart): Status {
  switch (part.state) {
    case "input-streaming":
    case "input-available":
      return "running";
    case "approval-requested":
      return "awaiting-approval";
    case "approval-responded":
      return part.approval.approved ? "approved" : "denied";
    case "output-denied":
      return "denied";
    case "output-error":
      return "failed";
    case "output-available":
      return isErrorResult(part.output) ? "failed" : "done";
  }
}

const LABELS: Record<Status, string> = {
  running: "Running",
  "awaiting-approval": "Needs your approval",
  approved: "Approved",
  denied: "Denied",
  failed: "Failed",
  done: "Done",
};

function StatusIcon({ status }: { status: Status }) {
  if (status === "running" || status === "approved") return <LoaderIcon className="size-3 animate-spin" aria-hidden />;
  if (status === "failed") return <TriangleAlertIcon className="text-destructive size-3" aria-hidden />;
  if (status === "awaiting-approval") return <ShieldQuestionIcon className="size-3 text-amber-600" aria-hidden />;
  if (status === "denied") return <XIcon className="size-3" aria-hidden />;
  return <CheckIcon className="size-3" aria-hidden />;
}

type Props = {
  part: DynamicToolUIPart;
  durationMs?: number;
  onApproval?: (approvalId: string, approved: boolean) => void;
};

/** A card for any tool call, including tools the UI has never heard of. */
export function ToolCard({ part, durationMs, onApproval }: Props) {
  const status = statusOf(part);
  const result =
    part.state === "output-available" ? toolResultText(part.output) : part.state === "output-error" ? part.errorText : null;
  // A result with views opens on them: they are what the call is there to show.
  const open = status === "failed" || status === "awaiting-approval" || (status === "done" && hasToolViews(part.output));

  return (
    <details
      className={cn(
        "group bg-card rounded-md border text-sm",
        status === "failed" && "border-destructive/50",
        status === "awaiting-approval" && "border-amber-500/60",
      )}
      data-testid="tool-card"
      data-tool-name={part.toolName}
      data-state={status}
      open={open || undefined}
    >
      <summary className="flex cursor-pointer list-none items-center gap-2 px-3 py-2 select-none">
        <ChevronRightIcon className="size-4 transition-transform group-open:rotate-90" aria-hidden />
        <code className="font-mono font-medium">{part.toolName}</code>
        <span className="text-muted-foreground ml-auto flex items-center gap-1 text-xs">
          <StatusIcon status={status} />
          {LABELS[status]}
          {durationMs !== undefined && <span data-testid="tool-duration">· {formatDuration(durationMs)}</span>}
        </span>
      </summary>
      <div className="space-y-2 border-t px-3 py-2">
        <div>
          <div className="text-muted-foreground text-xs font-medium">Arguments</div>
          <pre className="bg-muted rounded p-2 text-xs break-all whitespace-pre-wrap" data-testid="tool-arguments">
            {JSON.stringify(part.input ?? {}, null, 2)}
          </pre>
        </div>
        {status === "awaiting-approval" && part.state === "approval-requested" && (
          <div className="flex flex-wrap items-center gap-2">
            <p className="text-sm">This tool changes data in Sentry. Run it with these arguments?</p>
            <div className="ml-auto flex gap-2">
              <Button size="sm" variant="outline" onClick={() => onApproval?.(part.approval.id, false)}>
                Deny
              </Button>
              <Button size="sm" onClick={() => onApproval?.(part.approval.id, true)}>
                Approve
              </Button>
            </div>
          </div>
        )}
        {status === "denied" && <p className="text-muted-foreground text-sm">You denied this call; it did not run.</p>}
        {result !== null && (
          <div>
            <div className="text-muted-foreground text-xs font-medium">Result</div>
            {/* A result's headings are sized for the card, not for a page. */}
            <div className="text-sm [&_:is(h1,h2,h3,h4,h5,h6)]:mt-2 [&_:is(h1,h2,h3,h4,h5,h6)]:text-sm" data-testid="tool-result">
              {part.state === "output-available" ? <ToolResultBody output={part.output} text={result} /> : <Markdown>{result}</Markdown>}
            </div>
          </div>
        )}
      </div>
    </details>
  );
}
