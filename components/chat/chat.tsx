"use client";

import { useChat } from "@ai-sdk/react";
import { DefaultChatTransport, type UIMessage } from "ai";
import { ArrowUpIcon, SquareIcon } from "lucide-react";
import { useMemo, useState } from "react";
import { Message } from "@/components/chat/message";
import { useConversationSync } from "@/components/history/use-conversation-sync";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import { parseErrorBody } from "@/lib/errors";

/** The transport throws the response body as the message; read our error contract back out of it. */
function describeChatError(error: Error): string {
  try {
    return parseErrorBody(JSON.parse(error.message)).message;
  } catch {
    return "The assistant could not be reached. Check your connection and try again.";
  }
}

export function Chat({ id, initialMessages }: { id: string; initialMessages: UIMessage[] }) {
  const [input, setInput] = useState("");
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
  const { messages, sendMessage, status, stop, error } = useChat({ id, messages: initialMessages, transport });
  useConversationSync(id, status, messages.length);
  const busy = status === "submitted" || status === "streaming";

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
          {error && (
            <p role="alert" className="border-destructive/40 text-destructive rounded-md border px-3 py-2 text-sm">
              {describeChatError(error)}
            </p>
          )}
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
