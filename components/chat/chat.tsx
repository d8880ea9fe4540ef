"use client";

import { useChat } from "@ai-sdk/react";
import { DefaultChatTransport, type UIMessage } from "ai";
import { ArrowUpIcon, SquareIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useState } from "react";
import { Message } from "@/components/chat/message";
import { ReauthNotice } from "@/components/chat/reauth-notice";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import { draftText, saveReauthDraft, takeReauthDraft, type ReauthDraft } from "@/lib/auth/reauth-draft";
import { AppError, parseErrorBody } from "@/lib/errors";

/** The transport throws the response body as the message; read our error contract back out of it. */
function chatErrorOf(error: Error): AppError {
  try {
    return parseErrorBody(JSON.parse(error.message));
  } catch {
    return new AppError("upstream_unavailable", "The assistant could not be reached. Check your connection and try again.");
  }
}

/** The session or the Sentry grant behind it is gone: only signing in again helps. */
const needsSignIn = (error: AppError) => error.code === "reauth_required" || error.code === "unauthorized";

const currentPath = () => `${window.location.pathname}${window.location.search}`;

export function Chat({ id, initialMessages }: { id: string; initialMessages: UIMessage[] }) {
  const router = useRouter();
  const [input, setInput] = useState("");
  // After "Sign in again": the conversation and draft saved before leaving for the sign-in page.
  const [restored, setRestored] = useState<ReauthDraft | null>(null);
  useEffect(() => {
    const saved = takeReauthDraft(window.sessionStorage, currentPath());
    if (!saved) return;
    // sessionStorage exists only in the browser, so the draft can only be read after hydration:
    // one extra render, and only when coming back from "Sign in again".
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setRestored(saved);
    setInput(saved.draft);
  }, []);
  const transport = useMemo(
    () =>
      new DefaultChatTransport({
        api: "/api/chat",
        // The server holds the history; send only the new message.
        prepareSendMessagesRequest: ({ id: conversationId, messages }) => ({
          body: { id: conversationId, message: messages.at(-1) },
        }),
      }),
    [],
  );
  const conversationId = restored?.conversationId ?? id;
  const { messages, sendMessage, status, stop, error } = useChat({
    id: conversationId,
    messages: restored?.messages ?? initialMessages,
    transport,
  });
  const busy = status === "submitted" || status === "streaming";
  const problem = error ? chatErrorOf(error) : null;

  function signInAgain() {
    // The message that could not be sent goes back into the box; the server did not store it.
    const last = messages.at(-1);
    const failed = last?.role === "user" ? last : undefined;
    const path = currentPath();
    saveReauthDraft(window.sessionStorage, {
      path,
      conversationId,
      messages: failed ? messages.slice(0, -1) : messages,
      draft: draftText(failed, input),
    });
    router.push(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  }

  function send() {
    const text = input.trim();
    if (!text || busy) return;
    void sendMessage({ text });
    setInput("");
  }

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div className="flex-1 overflow-y-auto" aria-live="polite">
        <div className="mx-auto flex max-w-3xl flex-col gap-4 p-4">
          {messages.length === 0 && (
            <p className="text-muted-foreground mt-16 text-center">Ask about your Sentry organizations, issues and releases.</p>
          )}
          {messages.map((message) => (
            <Message key={message.id} message={message} />
          ))}
          {problem &&
            (needsSignIn(problem) ? (
              <ReauthNotice message={problem.message} onSignIn={signInAgain} />
            ) : (
              <p role="alert" className="border-destructive/40 text-destructive rounded-md border px-3 py-2 text-sm">
                {problem.message}
              </p>
            ))}
        </div>
      </div>
      <form
        className="mx-auto flex w-full max-w-3xl items-end gap-2 p-4"
        onSubmit={(event) => {
          event.preventDefault();
          send();
        }}
      >
        <Textarea
          value={input}
          onChange={(event) => setInput(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
              event.preventDefault();
              send();
            }
          }}
          placeholder="Ask about your Sentry data…"
          aria-label="Message"
          maxLength={16_000}
          rows={1}
          className="max-h-48 min-h-10 resize-none"
        />
        {busy ? (
          <Button type="button" size="icon" variant="secondary" aria-label="Stop" onClick={() => void stop()}>
            <SquareIcon />
          </Button>
        ) : (
          <Button type="submit" size="icon" aria-label="Send" disabled={!input.trim()}>
            <ArrowUpIcon />
          </Button>
        )}
      </form>
    </div>
  );
}
