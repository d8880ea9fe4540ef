"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { parseErrorBody } from "@/lib/errors";

/**
 * "Continue in my chats": copies the shared conversation into a new one of the viewer's and opens
 * it. A failure is said next to the button: the shared page has no toaster (it loads no more
 * script than it needs).
 */
export function ForkButton({ shareId }: { shareId: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function fork() {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(`/api/shares/${shareId}/fork`, { method: "POST" });
      const body = await response.json().catch(() => null);
      if (!response.ok) throw parseErrorBody(body, response.status);
      router.push(`/c/${(body as { conversationId: string }).conversationId}`);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : "The conversation could not be copied.");
      setBusy(false);
    }
  }

  return (
    <div className="flex items-center gap-2">
      {error && (
        <p role="alert" className="text-destructive text-sm">
          {error}
        </p>
      )}
      <Button onClick={() => void fork()} disabled={busy}>
        Continue in my chats
      </Button>
    </div>
  );
}
