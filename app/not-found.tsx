import Link from "next/link";
import { Button } from "@/components/ui/button";

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center gap-4 p-6 text-center">
      <p className="text-muted-foreground text-sm font-medium">404</p>
      <h1 className="text-2xl font-semibold">This page does not exist</h1>
      <p className="text-muted-foreground">The link may be wrong, or what it pointed to has been removed.</p>
      <Button asChild>
        <Link href="/">Back to Sentry Chat</Link>
      </Button>
    </main>
  );
}
