"use client";

import { useState } from "react";
import { toast } from "sonner";
import { useHistory } from "@/components/history/history-provider";
import { useNewChat } from "@/components/history/use-new-chat";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import type { Conversation } from "@/lib/db/conversations";
import { AppError } from "@/lib/errors";

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
  const [deleting, setDeleting] = useState(false);

  async function confirm() {
    setDeleting(true);
    try {
      await history?.remove(conversation.id);
      onOpenChange(false);
      if (active) newChat({ replace: true });
      toast.success("Conversation deleted.");
    } catch (error) {
      toast.error((error instanceof AppError ? error : new AppError("internal")).message);
    } finally {
      setDeleting(false);
    }
  }

  return (
    <AlertDialog open={open} onOpenChange={onOpenChange}>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Delete this conversation?</AlertDialogTitle>
          <AlertDialogDescription>
            “{conversation.title}” and all its messages will be deleted. This cannot be undone.
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel disabled={deleting}>Cancel</AlertDialogCancel>
          {/* A plain button, not AlertDialogAction: the dialog stays open until the delete is done. */}
          <Button variant="destructive" disabled={deleting} onClick={() => void confirm()}>
            {deleting ? "Deleting…" : "Delete"}
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
