import { LogInIcon } from "lucide-react";
import { Button } from "@/components/ui/button";

/** The Sentry session ended mid-conversation: one click to sign in again, nothing typed is lost. */
export function ReauthNotice({ message, onSignIn }: { message: string; onSignIn: () => void }) {
  return (
    <div role="alert" className="border-destructive/40 flex flex-wrap items-center gap-3 rounded-md border px-3 py-2 text-sm">
      <p className="text-destructive flex-1">
        {message} Your conversation and your message are kept.
      </p>
      <Button type="button" size="sm" onClick={onSignIn}>
        <LogInIcon /> Sign in again
      </Button>
    </div>
  );
}
