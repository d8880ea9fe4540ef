"use client";

import type { ChatStatus } from "ai";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef } from "react";
import { useHistory } from "@/components/history/history-provider";

const inFlight = (status: ChatStatus) => status === "submitted" || status === "streaming";

function conversationInAddressBar(): string | null {
  const match = /^\/c\/([^/]+)$/.exec(window.location.pathname);
  return match ? decodeURIComponent(match[1]) : null;
}

/** Puts the conversation's own address in the bar without a navigation, so a reload reopens it. */
function showInAddressBar(id: string) {
  // Next.js keeps its router in step with replaceState, so usePathname follows.
  if (conversationInAddressBar() !== id) window.history.replaceState(null, "", `/c/${id}`);
}

/**
 * Keeps the history and the address bar in step with the chat. The conversation exists once the
 * server has accepted its first message (it is stored before the reply starts): the returned
 * `accepted` is called then, so it moves to the top of the history and gets an address of its own
 * while the reply is still on its way. When the reply ends, the list is read again (it is ordered
 * by the latest message).
 */
export function useConversationSync(id: string, status: ChatStatus, messageCount: number): { accepted: () => void } {
  const history = useHistory();
  const router = useRouter();
  const previous = useRef(status);
  const initialMessageCount = useRef(messageCount);

  // The address was rewritten in place, so the router still remembers the new-chat page under it.
  // Back or Forward to that entry brings that page back: empty, or even another new chat. Then
  // the conversation is fetched for what the address says.
  useEffect(() => {
    const shown = conversationInAddressBar();
    if (shown !== null && (shown !== id || initialMessageCount.current === 0)) router.refresh();
  }, [id, router]);

  const sync = useCallback(() => {
    if (!history) return;
    history
      .refresh()
      .then((conversations) => {
        // A request that failed may still have stored the message (e.g. the model was down).
        if (conversations.some((conversation) => conversation.id === id)) showInAddressBar(id);
      })
      .catch(() => {
        // The list is a convenience here; the chat shows its own errors.
      });
  }, [id, history]);

  useEffect(() => {
    const before = previous.current;
    previous.current = status;
    if (!inFlight(before) || inFlight(status)) return;
    sync();
  }, [status, sync]);

  const accepted = useCallback(() => {
    showInAddressBar(id);
    sync();
  }, [id, sync]);
  return { accepted };
}
