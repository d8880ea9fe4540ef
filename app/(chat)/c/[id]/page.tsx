import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Chat } from "@/components/chat/chat";
import { requirePageUser } from "@/lib/auth/session";
import { isConversationId } from "@/lib/conversations/requests";
import { findConversation } from "@/lib/db/conversations";
import { listMessages } from "@/lib/db/messages";
import { getEnv } from "@/lib/env";

type Props = { params: Promise<{ id: string }> };

/** One load per request, shared by the title and the page. Unknown and someone else's → 404. */
const loadConversation = cache(async (id: string) => {
  const user = await requirePageUser();
  if (!isConversationId(id)) notFound();
  const db = getEnv().DB;
  const conversation = await findConversation(db, user.id, id);
  if (!conversation) notFound();
  const messages = await listMessages(db, user.id, id);
  return { conversation, messages };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { conversation } = await loadConversation((await params).id);
  return { title: conversation.title };
}

export default async function ConversationPage({ params }: Props) {
  const { id } = await params;
  const { messages } = await loadConversation(id);
  // Rendered on the server with the stored messages; the chat takes over in the browser.
  // Keyed by id so moving between conversations starts each one afresh.
  return (
    <Chat
      key={id}
      id={id}
      // With their metadata: tool durations and prompt chips are stored there.
      initialMessages={messages.map(({ id, role, parts, metadata }) => ({ id, role, parts, metadata }))}
      stoppedMessageIds={messages.filter((message) => message.status === "aborted").map((message) => message.id)}
    />
  );
}
