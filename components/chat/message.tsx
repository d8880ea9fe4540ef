"use client";

import type { UIMessage } from "ai";
import { RotateCcwIcon } from "lucide-react";
import { Markdown } from "@/components/chat/markdown";
import { PromptChipView } from "@/components/chat/prompt-chip";
import { ToolCard } from "@/components/chat/tool-card";
import { Button } from "@/components/ui/button";
import { replyNotSaved, toolDuration } from "@/lib/chat/message-metadata";
import { promptChipOf } from "@/lib/chat/prompt-chip";
import { cn } from "@/lib/utils";

type Props = {
  message: UIMessage;
  /** The assistant message still being streamed. */
  streaming?: boolean;
  /** The person stopped this reply before it was finished. */
  stopped?: boolean;
  onApproval?: (approvalId: string, approved: boolean) => void;
  /** Answers again, offered on a reply that could not be stored while it is still the last message. */
  onRetry?: () => void;
  /** Actions shown under the message (retry, edit). */
  actions?: React.ReactNode;
};

export function Message({ message, streaming = false, stopped = false, onApproval, onRetry, actions }: Props) {
  const fromUser = message.role === "user";
  // A message sent from a prompt form shows as its chip; the model got the whole text.
  const chip = fromUser ? promptChipOf(message.metadata) : null;
  return (
    <div className={cn("group/message flex w-full flex-col", fromUser ? "items-end" : "items-start")}>
      <div
        className={cn(
          "flex min-w-0 flex-col gap-2",
          // A reply takes the column's width, so its tool cards, code blocks and tables do too.
          fromUser ? "bg-secondary max-w-[min(85%,48rem)] rounded-2xl px-4 py-2" : "w-full",
        )}
        data-testid={`message-${message.role}`}
      >
        {chip && <PromptChipView chip={chip} />}
        {!chip && message.parts.map((part, index) => {
          if (part.type === "text") {
            return fromUser ? (
              <div key={index} className="leading-relaxed whitespace-pre-wrap">
                {part.text}
              </div>
            ) : (
              <Markdown key={index} streaming={streaming}>
                {part.text}
              </Markdown>
            );
          }
          if (part.type === "dynamic-tool") {
            return (
              <ToolCard
                key={part.toolCallId}
                part={part}
                durationMs={toolDuration(message.metadata, part.toolCallId)}
                onApproval={onApproval}
              />
            );
          }
          return null;
        })}
        {stopped && (
          <p className="text-muted-foreground text-xs" data-testid="message-stopped">
            Stopped
          </p>
        )}
        {replyNotSaved(message.metadata) && (
          <div role="alert" data-testid="reply-not-saved" className="border-destructive/40 flex flex-wrap items-center gap-3 rounded-md border px-3 py-2 text-sm">
            <p className="text-destructive flex-1">This reply was not saved: it will be gone after a reload.</p>
            {onRetry && (
              <Button size="sm" variant="outline" onClick={onRetry}>
                <RotateCcwIcon /> Retry
              </Button>
            )}
          </div>
        )}
      </div>
      {actions}
    </div>
  );
}
