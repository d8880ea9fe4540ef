"use client";

import { MenuIcon } from "lucide-react";
import { useState } from "react";
import { ConversationList } from "@/components/history/conversation-list";
import { Button } from "@/components/ui/button";
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle, SheetTrigger } from "@/components/ui/sheet";

/** On a phone the history does not fit beside the chat: it slides in from a menu button instead. */
export function HistorySheet() {
  const [open, setOpen] = useState(false);
  return (
    <Sheet open={open} onOpenChange={setOpen}>
      <SheetTrigger asChild>
        <Button variant="ghost" size="icon" aria-label="Open conversations" className="md:hidden">
          <MenuIcon />
        </Button>
      </SheetTrigger>
      <SheetContent side="left" className="w-72 gap-0 p-0">
        <SheetHeader className="border-b">
          <SheetTitle>Conversations</SheetTitle>
          <SheetDescription className="sr-only">Open, rename or delete a conversation, or start a new chat.</SheetDescription>
        </SheetHeader>
        <ConversationList onNavigate={() => setOpen(false)} />
      </SheetContent>
    </Sheet>
  );
}
