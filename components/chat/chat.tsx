"use client";

import { useChat } from "@ai-sdk/react";
import { DefaultChatTransport, lastAssistantMessageIsCompleteWithApprovalResponses, type UIMessage } from "ai";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { toast } from "sonner";
import { Composer } from "@/components/chat/composer";
import { MessageList } from "@/components/chat/message-list";
import { useHistory } from "@/components/history/history-provider";
import { useConversationSync } from "@/components/history/use-conversation-sync";
import { lazyDialog } from "@/components/lazy-dialog";
import { ShareButton } from "@/components/share/share-button";
import { draftText, saveReauthDraft, takeReauthDraft, type ReauthDraft } from "@/lib/auth/reauth-draft";
import { messageText } from "@/lib/chat/message-text";
import type { PromptMetadata } from "@/lib/chat/prompt-chip";
import { chatRequestBody } from "@/lib/chat/request-body";
import type { SlashCommandName } from "@/lib/chat/slash-commands";
import { AppError, parseErrorBody } from "@/lib/errors";

/** The transport throws the response body as the message; read our error contract back out of it. */
function chatErrorOf(error: Error): AppError {
  try {
    return parseErrorBody(JSON.parse(error.message));
  } catch {
    return new AppError("upstream_unavailable", error.message || "The assistant could not be reached. Check your connection and try again.");
  }
}

const HelpDialog = lazyDialog(() => import("@/components/chat/dialogs/help-dialog").then((module) => module.HelpDialog));
const ToolsDialog = lazyDialog(() => import("@/components/chat/dialogs/tools-dialog").then((module) => module.ToolsDialog));
const PromptsDialog = lazyDialog(() => import("@/components/chat/dialogs/prompts-dialog").then((module) => module.PromptsDialog));

const currentPath = () => `${window.location.pathname}${window.location.search}`;

type Dialog = "help" | "tools" | "prompts" | "share" | null;

type Props = {
  id: string;
  initialMessages: UIMessage[];
  /** Replies the person stopped before they were finished. */
  stoppedMessageIds?: string[];
};

export function Chat({ id, initialMessages, stoppedMessageIds = [] }: Props) {
  const router = useRouter();
  const [input, setInput] = useState("");
  const [dialog, setDialog] = useState<Dialog>(null);
  const [stoppedIds, setStoppedIds] = useState<ReadonlySet<string>>(() => new Set(stoppedMessageIds));
  const inputRef = useRef<HTMLTextAreaElement>(null);
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

  // Told when the server accepts a message; the transport is made once, the listener below follows the sync.
  const [acceptances] = useState(() => new EventTarget());
  const transport = useMemo(
    () =>
      new DefaultChatTransport({
        api: "/api/chat",
        // A response that starts means the server stored the message, before any of the reply.
        fetch: async (input, init) => {
          const response = await fetch(input, init);
          if (response.ok) acceptances.dispatchEvent(new Event("accepted"));
          return response;
        },
        // The server holds the history; only what is new is sent.
        prepareSendMessagesRequest: ({ id: conversationId, messages, trigger }) => ({
          body: chatRequestBody(conversationId, messages, trigger),
        }),
      }),
    [acceptances],
  );
  const conversationId = restored?.conversationId ?? id;
  const chat = useChat({
    id: conversationId,
    messages: restored?.messages ?? initialMessages,
    transport,
    // Once every waiting tool call has the person's decision, the server continues.
    sendAutomaticallyWhen: lastAssistantMessageIsCompleteWithApprovalResponses,
  });
  const { messages, status, error } = chat;
  const busy = status === "submitted" || status === "streaming";
  const problem = error ? chatErrorOf(error) : null;

  const history = useHistory();
  const { accepted } = useConversationSync(conversationId, status, messages.length);
  useEffect(() => {
    acceptances.addEventListener("accepted", accepted);
    return () => acceptances.removeEventListener("accepted", accepted);
  }, [acceptances, accepted]);

  function send(text: string, metadata?: PromptMetadata) {
    void chat.sendMessage({ text, metadata });
    setInput("");
  }

  function retry() {
    // A request refused before any reply began (a reply still in flight, a rate limit) leaves the
    // person's message last, and perhaps not stored: it is sent again under its id, which stores
    // it either way. Regenerating would answer the last stored message instead.
    const last = messages.at(-1);
    if (last?.role === "user") void chat.sendMessage({ text: messageText(last), metadata: last.metadata, messageId: last.id });
    else void chat.regenerate();
  }

  function stop() {
    // Stopping the fetch alone would leave the server generating (and storing) the whole reply,
    // as it does for a closed page; this stops it there too, keeping what was written so far.
    void fetch(`/api/chat/${conversationId}/stop`, { method: "POST" }).then(async (response) => {
      // 404: the conversation was not stored yet, so nothing is being generated for it.
      if (!response.ok && response.status !== 404) {
        toast.error(parseErrorBody(await response.json().catch(() => null), response.status).message);
      }
    }, () => {});
    const last = messages.at(-1);
    if (last?.role === "assistant") setStoppedIds((ids) => new Set(ids).add(last.id));
    void chat.stop();
  }

  function signInAgain() {
    // The message that could not be sent goes back into the box; the server did not store it.
    const last = messages.at(-1);
    const failed = last?.role === "user" ? last : undefined;
    const path = `/c/${conversationId}`;
    saveReauthDraft(window.sessionStorage, {
      path,
      conversationId,
      messages: failed ? messages.slice(0, -1) : messages,
      draft: draftText(failed, input),
    });
    router.push(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  }

  async function clearConversation() {
    const response = await fetch(`/api/conversations/${conversationId}/messages`, { method: "DELETE" });
    if (!response.ok && response.status !== 404) {
      toast.error(parseErrorBody(await response.json().catch(() => null), response.status).message);
      return;
    }
    chat.setMessages([]);
    void history?.refresh().catch(() => {});
  }

  function runCommand(command: SlashCommandName) {
    switch (command) {
      case "help":
      case "tools":
      case "prompts":
      case "share":
        setDialog(command);
        return;
      case "new":
        router.push("/");
        router.refresh();
        return;
      case "clear":
        void clearConversation();
        return;
    }
  }

  // Every dialog here hands focus back to the message box as it closes, ready for the next message.
  const backToMessageBox = (event: Event) => {
    event.preventDefault();
    inputRef.current?.focus();
  };

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      {messages.length > 0 && (
        <div className="flex justify-end px-4 pt-2">
          <ShareButton
            conversationId={conversationId}
            open={dialog === "share"}
            onOpenChange={(open) => setDialog(open ? "share" : null)}
            onCloseAutoFocus={backToMessageBox}
          />
        </div>
      )}
      <MessageList
        messages={messages}
        status={status}
        stoppedIds={stoppedIds}
        problem={problem}
        onPick={send}
        onApproval={(approvalId, approved) => void chat.addToolApprovalResponse({ id: approvalId, approved })}
        onRetry={retry}
        onEdit={(messageId, text) => void chat.sendMessage({ text, messageId })}
        onSignIn={signInAgain}
      />
      <Composer
        value={input}
        onChange={setInput}
        onSend={send}
        onCommand={runCommand}
        onStop={stop}
        busy={busy}
        inputRef={inputRef}
      />
      <HelpDialog open={dialog === "help"} onOpenChange={(open) => setDialog(open ? "help" : null)} onCloseAutoFocus={backToMessageBox} />
      <ToolsDialog open={dialog === "tools"} onOpenChange={(open) => setDialog(open ? "tools" : null)} onCloseAutoFocus={backToMessageBox} />
      <PromptsDialog
        onCloseAutoFocus={backToMessageBox}
        open={dialog === "prompts"}
        onOpenChange={(open) => setDialog(open ? "prompts" : null)}
        onSubmit={(text, chip) => {
          setDialog(null);
          send(text, chip);
        }}
      />
    </div>
  );
}
