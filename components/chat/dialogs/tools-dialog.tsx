"use client";

import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { useMetadata } from "@/components/chat/use-metadata";
import { InlineCode } from "@/components/inline-code";
import type { ReturnFocus } from "@/components/dialog-focus";

export function ToolsDialog({ open, onOpenChange, onCloseAutoFocus }: { open: boolean; onOpenChange: (open: boolean) => void } & ReturnFocus) {
  const { metadata, failed } = useMetadata(open);
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="max-h-[85dvh] overflow-y-auto sm:max-w-2xl" onCloseAutoFocus={onCloseAutoFocus}>
        <DialogHeader>
          <DialogTitle>Sentry tools</DialogTitle>
          <DialogDescription>What the assistant can do for you. Tools marked “asks first” change data and wait for your approval.</DialogDescription>
        </DialogHeader>
        {failed && <p role="alert">The tool list could not be loaded. Try again.</p>}
        {!metadata && !failed && <p className="text-muted-foreground text-sm">Loading…</p>}
        <ul className="space-y-3" aria-label="Tools">
          {metadata?.tools.map((tool) => (
            <li key={tool.name} className="text-sm">
              <div className="flex items-center gap-2">
                <code className="font-mono font-medium">{tool.name}</code>
                {!tool.readOnly && <span className="rounded bg-amber-100 px-1.5 text-xs text-amber-900 dark:bg-amber-900 dark:text-amber-50">asks first</span>}
              </div>
              <p className="text-muted-foreground">
                <InlineCode text={tool.description} />
              </p>
            </li>
          ))}
        </ul>
      </DialogContent>
    </Dialog>
  );
}
