"use client";

import { Share2Icon } from "lucide-react";
import { useEffect, useState } from "react";
import type { ReturnFocus } from "@/components/dialog-focus";
import { lazyDialog } from "@/components/lazy-dialog";
import { fetchShareOptions, type ShareOptions } from "@/components/share/share-api";
import { Button } from "@/components/ui/button";

const ShareDialog = lazyDialog(() => import("@/components/share/share-dialog").then((module) => module.ShareDialog));

/** What the policy lets this user share; null while unknown or when it could not be asked. */
export function useShareOptions(): ShareOptions | null {
  const [options, setOptions] = useState<ShareOptions | null>(null);
  useEffect(() => {
    let cancelled = false;
    fetchShareOptions().then(
      (value) => !cancelled && setOptions(value),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return options;
}

/**
 * The Share button and its dialog. Hidden when the sharing policy allows no kind of link; `open`
 * lets the /share command open the same dialog.
 */
export function ShareButton({
  conversationId,
  open,
  onOpenChange,
  onCloseAutoFocus,
}: { conversationId: string; open: boolean; onOpenChange: (open: boolean) => void } & ReturnFocus) {
  const options = useShareOptions();
  if (!options || options.visibilities.length === 0) return null;
  return (
    <>
      <Button variant="outline" size="sm" onClick={() => onOpenChange(true)}>
        <Share2Icon /> Share
      </Button>
      <ShareDialog conversationId={conversationId} options={options} open={open} onOpenChange={onOpenChange} onCloseAutoFocus={onCloseAutoFocus} />
    </>
  );
}
