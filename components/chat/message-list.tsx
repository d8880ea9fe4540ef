"use client";

import type { ChatStatus, UIMessage } from "ai";
import { PencilIcon, RotateCcwIcon } from "lucide-react";
import { useRef, useState } from "react";
import { CopyButton } from "@/components/chat/copy-button";
import { Message } from "@/components/chat/message";
import { ReauthNotice } from "@/components/chat/reauth-notice";
import { Starters } from "@/components/chat/starters";
import { useAutoscroll } from "@/components/chat/use-autoscroll";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import { messageMarkdown, messageText } from "@/lib/chat/message-text";
import type { AppError } from "@/lib/errors";

type Props = {
  messages: UIMessage[];
  status: ChatStatus;
  /** Replies the person stopped before they were finished. */
  stoppedIds: ReadonlySet<string>;
  problem: AppError | null;
  onPick: (text: string) => void;
  onApproval: (approvalId: string, approved: boolean) => void;
  onRetry: () => void;
  onEdit: (messageId: string, text: string) => void;
  onSignIn: () => void;
};

/** The session or the Sentry grant behind it is gone: only signing in again helps. */
const needsSignIn = (error: AppError) => error.code === "reauth_required" || error.code === "unauthorized";

function EditForm({ initial, onSave, onCancel }: { initial: string; onSave: (text: string) => void; onCancel: () => void }) {
  const [text, setText] = useState(initial);
  return (
    <form
      className="flex w-full max-w-[min(85%,48rem)] flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim()) onSave(text.trim());
      }}
    >
      <Textarea aria-label="Edit message" value={text} onChange={(event) => setText(event.target.value)} autoFocus />
      <div className="flex justify-end gap-2">
        <Button type="button" size="sm" variant="outline" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" size="sm">
          Save and send
        </Button>
      </div>
    </form>
  );
}

export function MessageList({ messages, status, stoppedIds, problem, onPick, onApproval, onRetry, onEdit, onSignIn }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [editing, setEditing] = useState<string | null>(null);
  useAutoscroll(scroller, messages);
  const busy = status === "submitted" || status === "streaming";
  const lastUser = messages.findLast((message) => message.role === "user");
  const last = messages.at(-1);

  return (
    <div ref={scroller} className="flex-1 overflow-y-auto" aria-live="polite" data-testid="message-list">
      <div className="mx-auto flex max-w-3xl flex-col gap-4 p-4">
        {messages.length === 0 && <Starters onPick={onPick} />}
        {messages.map((message) => {
          if (message.id === editing) {
            return (
              <div key={message.id} className="flex justify-end">
                <EditForm
                  initial={messageText(message)}
                  onCancel={() => setEditing(null)}
                  onSave={(text) => {
                    setEditing(null);
                    onEdit(message.id, text);
                  }}
                />
              </div>
            );
          }
          const canEdit = !busy && message.id === lastUser?.id;
          const canRetry = !busy && message.role === "assistant" && message.id === last?.id;
          // A reply can be copied once it is written (the one streaming is still changing).
          const markdown = message.role === "assistant" && !(busy && message.id === last?.id) ? messageMarkdown(message) : "";
          return (
            <Message
              key={message.id}
              message={message}
              streaming={status === "streaming" && message.id === last?.id}
              stopped={stoppedIds.has(message.id)}
              onApproval={onApproval}
              onRetry={canRetry ? onRetry : undefined}
              actions={
                (canEdit || canRetry || markdown !== "") && (
                  <div className="text-muted-foreground mt-1 flex gap-1">
                    {markdown !== "" && <CopyButton text={markdown} label="Copy message" />}
                    {canEdit && (
                      <Button size="sm" variant="ghost" onClick={() => setEditing(message.id)}>
                        <PencilIcon /> Edit
                      </Button>
                    )}
                    {canRetry && (
                      <Button size="sm" variant="ghost" onClick={onRetry}>
                        <RotateCcwIcon /> Regenerate
                      </Button>
                    )}
                  </div>
                )
              }
            />
          );
        })}
        {status === "submitted" && <p className="text-muted-foreground animate-pulse text-sm">Thinking…</p>}
        {problem &&
          (needsSignIn(problem) ? (
            <ReauthNotice message={problem.message} onSignIn={onSignIn} />
          ) : (
            <div role="alert" data-testid="chat-error" className="border-destructive/40 flex flex-wrap items-center gap-3 rounded-md border px-3 py-2 text-sm">
              <p className="text-destructive flex-1">{problem.message}</p>
              <Button size="sm" variant="outline" onClick={onRetry}>
                <RotateCcwIcon /> Retry
              </Button>
            </div>
          ))}
      </div>
    </div>
  );
}
