import { Chat } from "@/components/chat/chat";

export default function NewChatPage() {
  // A fresh conversation id; the conversation is stored when its first message is sent.
  return <Chat id={crypto.randomUUID()} initialMessages={[]} />;
}
