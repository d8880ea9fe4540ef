"use client";

import { toast } from "sonner";
import { ConfirmDialog } from "@/components/confirm-dialog";
import { useHistory } from "@/components/history/history-provider";
import { useNewChat } from "@/components/history/use-new-chat";
import type { Conversation } from "@/lib/db/conversations";

type Props = {
  conversation: Conversation;
  /** Whether this conversation is the one on screen; deleting it opens a new chat. */
  active: boolean;
  open: boolean;
  onOpenChange(open: boolean): void;
};

export function DeleteConversationDialog({ conversation, active, open, onOpenChange }: Props) {
  const history = useHistory();
  const newChat = useNewChat();
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title="Delete this conversation?"
      description={<>“{conversation.title}” and all its messages will be deleted. This cannot be undone.</>}
      confirmLabel="Delete"
      busyLabel="Deleting…"
      onConfirm={async () => {
        await history?.remove(conversation.id);
        if (active) newChat({ replace: true });
        toast.success("Conversation deleted.");
      }}
    />
  );
}
