"use client";

import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { SLASH_COMMANDS } from "@/lib/chat/slash-commands";
import type { ReturnFocus } from "@/components/dialog-focus";

export function HelpDialog({ open, onOpenChange, onCloseAutoFocus }: { open: boolean; onOpenChange: (open: boolean) => void } & ReturnFocus) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent onCloseAutoFocus={onCloseAutoFocus}>
        <DialogHeader>
          <DialogTitle>How to use Sentry Chat</DialogTitle>
          <DialogDescription>
            Ask about your organizations, projects, issues, events, traces and releases in plain words. The assistant calls
            Sentry tools with your permissions and links what it finds. Tools that change data run only after you approve them.
          </DialogDescription>
        </DialogHeader>
        <ul className="space-y-1 text-sm">
          {SLASH_COMMANDS.map((command) => (
            <li key={command.name}>
              <code className="font-mono font-medium">/{command.name}</code> — {command.description}
            </li>
          ))}
        </ul>
        <p className="text-muted-foreground text-sm">Enter sends, Shift+Enter starts a new line.</p>
      </DialogContent>
    </Dialog>
  );
}
