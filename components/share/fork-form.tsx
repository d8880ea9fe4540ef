"use client";

import { useActionState } from "react";
import type { ForkState } from "@/app/share/[id]/actions";

/**
 * The "Continue in my chats" form: a failure is said next to the button, which the server renders
 * (passed as children) so the shared page loads no button code. It posts without JavaScript too.
 */
export function ForkForm({ action, children }: { action: (previous: ForkState) => Promise<ForkState>; children: React.ReactNode }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="flex items-center gap-2">
      {state && (
        <p role="alert" className="text-destructive text-sm">
          {state.error}
        </p>
      )}
      <fieldset disabled={pending}>{children}</fieldset>
    </form>
  );
}
