"use client";

import { CopyIcon, ExternalLinkIcon, Trash2Icon } from "lucide-react";
import { toast } from "sonner";
import { revokeShare, shareUrl } from "@/components/share/share-api";
import { Button } from "@/components/ui/button";
import { formatDay } from "@/lib/format-date";
import type { ShareListing } from "@/lib/shares/listing";

export async function copyLink(id: string) {
  await navigator.clipboard.writeText(shareUrl(id));
  toast.success("Link copied");
}

/** Links with copy, open and revoke; used by the Share dialog and by "My shared links". */
export function ShareList({ shares, onRevoked, showTitles }: { shares: ShareListing[]; onRevoked: (id: string) => void; showTitles?: boolean }) {
  async function revoke(id: string) {
    try {
      await revokeShare(id);
      onRevoked(id);
      toast.success("Link revoked");
    } catch (error) {
      toast.error(error instanceof Error ? error.message : "The link could not be revoked.");
    }
  }

  if (shares.length === 0) return <p className="text-muted-foreground text-sm">No shared links.</p>;
  return (
    <ul className="min-w-0 divide-y rounded-md border text-sm" aria-label="Shared links">
      {shares.map((share) => (
        <li key={share.id} className="flex min-w-0 items-center gap-1 py-2 pr-1 pl-3" data-testid="share-link">
          <div className="min-w-0 flex-1">
            {showTitles && <div className="truncate font-medium">{share.title}</div>}
            <div className="text-muted-foreground truncate text-xs">
              {share.visibility === "public" ? "Anyone with the link" : `Members of ${share.organizationName}`} · {formatDay(share.createdAt)}
            </div>
          </div>
          <Button variant="ghost" size="icon" aria-label="Copy link" onClick={() => void copyLink(share.id)}>
            <CopyIcon />
          </Button>
          <Button variant="ghost" size="icon" aria-label="Open link" asChild>
            <a href={`/share/${share.id}`} target="_blank" rel="noopener noreferrer">
              <ExternalLinkIcon />
            </a>
          </Button>
          <Button variant="ghost" size="icon" aria-label={`Revoke link ${share.title}`} onClick={() => void revoke(share.id)}>
            <Trash2Icon />
          </Button>
        </li>
      ))}
    </ul>
  );
}
