"use client";

import { useEffect, useState } from "react";
import { fetchShares } from "@/components/share/share-api";
import { ShareList } from "@/components/share/share-list";
import type { ReturnFocus } from "@/components/dialog-focus";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import type { ShareListing } from "@/lib/shares/listing";

/** "My shared links": every link the user made that still works, across conversations. */
export function MySharesDialog({ open, onOpenChange, onCloseAutoFocus }: { open: boolean; onOpenChange: (open: boolean) => void } & ReturnFocus) {
  const [shares, setShares] = useState<ShareListing[] | null>(null);
  useEffect(() => {
    if (!open) return;
    let cancelled = false;
    fetchShares().then(
      (list) => !cancelled && setShares(list),
      () => !cancelled && setShares([]),
    );
    return () => {
      cancelled = true;
    };
  }, [open]);

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent onCloseAutoFocus={onCloseAutoFocus}>
        <DialogHeader>
          <DialogTitle>My shared links</DialogTitle>
          <DialogDescription>Revoking a link makes it stop working for everyone, at once.</DialogDescription>
        </DialogHeader>
        {shares === null ? (
          <p className="text-muted-foreground text-sm">Loading…</p>
        ) : (
          <ShareList shares={shares} showTitles onRevoked={(id) => setShares((list) => list?.filter((s) => s.id !== id) ?? null)} />
        )}
      </DialogContent>
    </Dialog>
  );
}
