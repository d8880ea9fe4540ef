"use client";

import { MoreHorizontalIcon, PencilIcon, Trash2Icon } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { RenameField } from "@/components/history/rename-field";
import { lazyDialog } from "@/components/lazy-dialog";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import type { Conversation } from "@/lib/db/conversations";
import { cn } from "@/lib/utils";

const DeleteConversationDialog = lazyDialog(() => import("@/components/history/delete-dialog").then((module) => module.DeleteConversationDialog));

type Props = {
  conversation: Conversation;
  active: boolean;
  onNavigate?: () => void;
};

/** One conversation in the history: a link to it, and its rename and delete actions. */
export function ConversationItem({ conversation, active, onNavigate }: Props) {
  const [renaming, setRenaming] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);

  if (renaming) {
    return (
      <li>
        <RenameField conversation={conversation} onDone={() => setRenaming(false)} />
      </li>
    );
  }

  return (
    <li className="group relative">
      <Link
        href={`/c/${conversation.id}`}
        aria-current={active ? "page" : undefined}
        onClick={onNavigate}
        className={cn(
          "hover:bg-accent focus-visible:ring-ring/50 block truncate rounded-md py-2 pr-9 pl-3 text-sm outline-none focus-visible:ring-[3px]",
          active && "bg-accent font-medium",
        )}
      >
        {conversation.title}
      </Link>
      {/* Not modal: a modal menu that opens a dialog can leave the page unclickable when both close. */}
      <DropdownMenu modal={false}>
        <DropdownMenuTrigger asChild>
          <Button
            variant="ghost"
            size="icon"
            aria-label={`Actions for ${conversation.title}`}
            className="pointer-fine:group-focus-within:opacity-100 pointer-fine:group-hover:opacity-100 data-[state=open]:opacity-100 pointer-fine:opacity-0 absolute top-1/2 right-1 size-7 -translate-y-1/2"
          >
            <MoreHorizontalIcon />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent
          align="end"
          // Focus goes to the title field (or the dialog), not back to this menu's button.
          onCloseAutoFocus={(event) => event.preventDefault()}
        >
          <DropdownMenuItem onSelect={() => setRenaming(true)}>
            <PencilIcon /> Rename
          </DropdownMenuItem>
          <DropdownMenuItem variant="destructive" onSelect={() => setConfirmingDelete(true)}>
            <Trash2Icon /> Delete
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <DeleteConversationDialog
        conversation={conversation}
        active={active}
        open={confirmingDelete}
        onOpenChange={setConfirmingDelete}
      />
    </li>
  );
}
