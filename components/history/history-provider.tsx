"use client";

import { createContext, useCallback, useContext, useMemo, useRef, useState } from "react";
import { fetchConversations, requestDelete, requestRename } from "@/components/history/api";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "@/lib/conversations/limits";
import type { Conversation, ConversationPage } from "@/lib/db/conversations";

export type History = {
  conversations: Conversation[];
  hasMore: boolean;
  /** Re-reads the list from the server, e.g. after the chat stored a message. */
  refresh(): Promise<Conversation[]>;
  loadMore(): Promise<void>;
  rename(id: string, title: string): Promise<void>;
  remove(id: string): Promise<void>;
};

const HistoryContext = createContext<History | null>(null);

/** The history, shared by the sidebar, the phone sheet and the chat that adds to it. */
export function useHistory(): History | null {
  return useContext(HistoryContext);
}

export function HistoryProvider({ initial, children }: { initial: ConversationPage; children: React.ReactNode }) {
  const [conversations, setConversations] = useState(initial.conversations);
  const [nextCursor, setNextCursor] = useState(initial.nextCursor);
  const shown = conversations.length;
  // Only the newest refresh may write the list; an older answer arriving late is dropped.
  const generation = useRef(0);

  const refresh = useCallback(async () => {
    const mine = ++generation.current;
    // Re-read as many as are shown, so "Show more" pages stay open.
    const limit = Math.min(MAX_PAGE_SIZE, Math.max(DEFAULT_PAGE_SIZE, shown));
    const page = await fetchConversations({ limit });
    if (mine === generation.current) {
      setConversations(page.conversations);
      setNextCursor(page.nextCursor);
    }
    return page.conversations;
  }, [shown]);

  const loadMore = useCallback(async () => {
    if (!nextCursor) return;
    const page = await fetchConversations({ limit: DEFAULT_PAGE_SIZE, cursor: nextCursor });
    setConversations((current) => {
      const known = new Set(current.map((conversation) => conversation.id));
      return [...current, ...page.conversations.filter((conversation) => !known.has(conversation.id))];
    });
    setNextCursor(page.nextCursor);
  }, [nextCursor]);

  const rename = useCallback(async (id: string, title: string) => {
    const renamed = await requestRename(id, title);
    setConversations((current) => current.map((conversation) => (conversation.id === id ? renamed : conversation)));
  }, []);

  const remove = useCallback(async (id: string) => {
    await requestDelete(id);
    setConversations((current) => current.filter((conversation) => conversation.id !== id));
  }, []);

  const history = useMemo<History>(
    () => ({ conversations, hasMore: nextCursor !== null, refresh, loadMore, rename, remove }),
    [conversations, nextCursor, refresh, loadMore, rename, remove],
  );
  return <HistoryContext.Provider value={history}>{children}</HistoryContext.Provider>;
}
