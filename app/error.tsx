"use client";

import Link from "next/link";
import { Button } from "@/components/ui/button";

/**
 * What a person sees when a page fails to render. The reference is the error's digest, which the
 * server's log shows beside the error and (with SENTRY_DSN set) its Sentry event carries as a tag
 * (instrumentation.ts), so a support request can be matched to it. Nothing about the error itself
 * is shown.
 */
export default function PageError({ error, retry }: { error: unknown; retry: () => void }) {
  const reference = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center gap-4 p-6 text-center">
      <p className="text-muted-foreground text-sm font-medium">Error</p>
      <h1 className="text-2xl font-semibold">This page could not be loaded</h1>
      <p className="text-muted-foreground">Something went wrong on our side. Try again, or go back to your chats.</p>
      {reference && (
        <p className="text-muted-foreground text-sm">
          If it keeps happening, quote this reference: <code data-testid="error-reference">{reference}</code>
        </p>
      )}
      <div className="flex gap-2">
        <Button onClick={retry}>Try again</Button>
        <Button asChild variant="outline">
          <Link href="/">Back to Sentry Chat</Link>
        </Button>
      </div>
    </main>
  );
}
