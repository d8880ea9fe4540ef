import { Chat } from "@/components/chat/chat";
import { requirePageUser } from "@/lib/auth/session";

export default async function NewChatPage() {
  await requirePageUser();
  // A fresh conversation id; the conversation is stored when its first message is sent.
  // Keyed by it, so a new chat also starts with an empty composer.
  const id = crypto.randomUUID();
  return <Chat key={id} id={id} initialMessages={[]} />;
}
