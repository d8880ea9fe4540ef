"use client";

import { PlusIcon } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { ConversationItem } from "@/components/history/conversation-item";
import { useHistory } from "@/components/history/history-provider";
import { useNewChat } from "@/components/history/use-new-chat";
import { Button } from "@/components/ui/button";
import { AppError } from "@/lib/errors";

/** The id in `/c/<id>`; the chat puts it there itself once a new conversation is stored. */
function activeConversationId(pathname: string): string | null {
  return pathname.startsWith("/c/") ? decodeURIComponent(pathname.slice(3)) : null;
}

/**
 * The history: a new-chat button and the person's conversations, most recently active first.
 * `onNavigate` lets the phone sheet close when the person picks somewhere to go.
 */
export function ConversationList({ onNavigate }: { onNavigate?: () => void }) {
  const history = useHistory();
  const activeId = activeConversationId(usePathname());
  const [loadingMore, setLoadingMore] = useState(false);
  const newChat = useNewChat();
  if (!history) return null;

  async function loadMore() {
    setLoadingMore(true);
    try {
      await history?.loadMore();
    } catch (error) {
      toast.error((error instanceof AppError ? error : new AppError("internal")).message);
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <nav aria-label="Conversations" className="flex min-h-0 flex-1 flex-col gap-2 p-2">
      <Button asChild variant="outline" className="justify-start">
        <Link
          href="/"
          onClick={(event) => {
            // Modified clicks (new tab, new window) keep the link's own behaviour.
            if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
            event.preventDefault();
            newChat();
            onNavigate?.();
          }}
        >
          <PlusIcon /> New chat
        </Link>
      </Button>
      <div className="min-h-0 flex-1 overflow-y-auto">
        {history.conversations.length === 0 ? (
          <p className="text-muted-foreground px-3 py-2 text-sm">Your conversations will appear here.</p>
        ) : (
          <ul className="flex flex-col gap-0.5" data-testid="conversation-list">
            {history.conversations.map((conversation) => (
              <ConversationItem
                key={conversation.id}
                conversation={conversation}
                active={conversation.id === activeId}
                onNavigate={onNavigate}
              />
            ))}
          </ul>
        )}
        {history.hasMore && (
          <Button variant="ghost" size="sm" className="mt-1 w-full" disabled={loadingMore} onClick={() => void loadMore()}>
            {loadingMore ? "Loading…" : "Show more"}
          </Button>
        )}
      </div>
    </nav>
  );
}
