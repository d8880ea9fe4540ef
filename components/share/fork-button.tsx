"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { parseErrorBody } from "@/lib/errors";

/** "Continue in my chats": copies the shared conversation into a new one of the viewer's and opens it. */
export function ForkButton({ shareId }: { shareId: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);

  async function fork() {
    setBusy(true);
    try {
      const response = await fetch(`/api/shares/${shareId}/fork`, { method: "POST" });
      const body = await response.json().catch(() => null);
      if (!response.ok) throw parseErrorBody(body, response.status);
      router.push(`/c/${(body as { conversationId: string }).conversationId}`);
    } catch (error) {
      toast.error(error instanceof Error ? error.message : "The conversation could not be copied.");
      setBusy(false);
    }
  }

  return (
    <Button onClick={() => void fork()} disabled={busy}>
      Continue in my chats
    </Button>
  );
}
