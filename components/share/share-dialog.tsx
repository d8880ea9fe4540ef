"use client";

import { useEffect, useState } from "react";
import { toast } from "sonner";
import { createShare, fetchShares, shareUrl, type ShareOptions } from "@/components/share/share-api";
import { copyLink, ShareList } from "@/components/share/share-list";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import type { ShareListing } from "@/lib/shares/listing";
import type { Visibility } from "@/lib/shares/policy";
import type { ReturnFocus } from "@/components/dialog-focus";

type Props = { conversationId: string; options: ShareOptions; open: boolean; onOpenChange: (open: boolean) => void } & ReturnFocus;

/** Makes a snapshot link of this conversation and lists (and revokes) the ones already made. */
export function ShareDialog({ conversationId, options, open, onOpenChange, onCloseAutoFocus }: Props) {
  const [visibility, setVisibility] = useState<Visibility>(options.visibilities[0] ?? "public");
  const [organization, setOrganization] = useState(options.organizations[0]?.slug ?? "");
  const [shares, setShares] = useState<ShareListing[]>([]);
  const [created, setCreated] = useState<ShareListing | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    let cancelled = false;
    fetchShares(conversationId).then(
      (list) => !cancelled && setShares(list),
      () => !cancelled && setShares([]),
    );
    return () => {
      cancelled = true;
    };
  }, [open, conversationId]);

  async function create() {
    setBusy(true);
    try {
      const share = await createShare({ conversationId, visibility, ...(visibility === "org" ? { organization } : {}) });
      setCreated(share);
      setShares((list) => [share, ...list]);
    } catch (error) {
      toast.error(error instanceof Error ? error.message : "The link could not be made.");
    } finally {
      setBusy(false);
    }
  }

  const noOrganization = visibility === "org" && options.organizations.length === 0;
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) setCreated(null);
        onOpenChange(next);
      }}
    >
      <DialogContent onCloseAutoFocus={onCloseAutoFocus}>
        <DialogHeader>
          <DialogTitle>Share this conversation</DialogTitle>
          <DialogDescription>
            The link shows the conversation as it is now; later messages are not included. You can revoke it at any time.
          </DialogDescription>
        </DialogHeader>
        <fieldset className="space-y-2 text-sm">
          <legend className="mb-1 font-medium">Who can see it</legend>
          {options.visibilities.includes("public") && (
            <label className="flex items-center gap-2">
              <input type="radio" name="visibility" checked={visibility === "public"} onChange={() => setVisibility("public")} />
              Anyone with the link
            </label>
          )}
          {options.visibilities.includes("org") && (
            <label className="flex items-center gap-2">
              <input type="radio" name="visibility" checked={visibility === "org"} onChange={() => setVisibility("org")} />
              Members of an organization
            </label>
          )}
          {visibility === "org" && (
            <label className="flex items-center gap-2">
              Organization
              <select
                className="bg-background rounded-md border px-2 py-1"
                value={organization}
                onChange={(event) => setOrganization(event.target.value)}
                disabled={noOrganization}
              >
                {options.organizations.map((o) => (
                  <option key={o.slug} value={o.slug}>
                    {o.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          {noOrganization && <p className="text-muted-foreground">You belong to no organization you could share with.</p>}
        </fieldset>
        <Button onClick={() => void create()} disabled={busy || noOrganization}>
          Create link
        </Button>
        {created && (
          <div className="flex items-center gap-2">
            <Input readOnly value={shareUrl(created.id)} aria-label="Shared link" onFocus={(event) => event.target.select()} />
            <Button variant="secondary" onClick={() => void copyLink(created.id)}>
              Copy link
            </Button>
          </div>
        )}
        <div className="space-y-2">
          <h3 className="text-sm font-medium">Links to this conversation</h3>
          <ShareList shares={shares} onRevoked={(id) => setShares((list) => list.filter((s) => s.id !== id))} />
        </div>
      </DialogContent>
    </Dialog>
  );
}
