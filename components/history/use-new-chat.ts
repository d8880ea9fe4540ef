"use client";

import { useRouter } from "next/navigation";
import { useCallback } from "react";

/**
 * Opens a new chat. The new-chat page mints the conversation id on the server, and the router may
 * still hold that page from before (the chat only rewrote the address bar when its conversation
 * was stored), so it is fetched afresh: otherwise the old id, and its messages, would come back.
 */
export function useNewChat(): (options?: { replace?: boolean }) => void {
  const router = useRouter();
  return useCallback(
    (options) => {
      if (options?.replace) router.replace("/");
      else router.push("/");
      router.refresh();
    },
    [router],
  );
}
