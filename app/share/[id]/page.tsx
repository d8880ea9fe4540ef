import { getCloudflareContext } from "@opennextjs/cloudflare";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ForkForm } from "@/components/share/fork-form";
import { Button } from "@/components/ui/button";
import { currentUser, signInPath } from "@/lib/auth/session";
import { getEnv } from "@/lib/env";
import { formatDay } from "@/lib/format-date";
import { openShare } from "@/lib/shares/open-share";
import { renderedSnapshot } from "@/lib/shares/page-cache";
import { fillSnapshotSlot, SNAPSHOT_ATTRIBUTE } from "@/lib/shares/snapshot-slot";
import { forkShareAction } from "./actions";

type Props = { params: Promise<{ id: string }> };

/**
 * Metadata and page ask once per request: one access check (D1 read, membership check), then the
 * rendered snapshot. Unknown, revoked and not-yours all end here, in the app's 404, before
 * anything is rendered.
 */
const load = cache(async (id: string) => {
  const viewer = await currentUser();
  const opened = await openShare(id, viewer);
  if (opened.access === "not_found") notFound();
  // Signed out of an organization link: nothing of it is shown.
  if (opened.access === "sign_in") return { viewer, shown: null };
  return { viewer, shown: { share: opened.share, organizationName: opened.organizationName, ...(await renderedSnapshot(getEnv(), opened.share)) } };
});

const ROBOTS = { index: false, follow: false } as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { shown } = await load((await params).id);
  // Nothing about a link goes into the head until the viewer may see it.
  if (!shown) return { title: "Shared conversation", robots: ROBOTS };
  const { share } = shown;
  const description = shown.description || "A conversation shared from Sentry Chat.";
  return {
    title: share.title,
    description,
    robots: ROBOTS,
    openGraph: { type: "article", title: share.title, description, siteName: "Sentry Chat" },
    twitter: { card: "summary", title: share.title, description },
  };
}

export default async function SharePage({ params }: Props) {
  const { id } = await params;
  const { viewer, shown } = await load(id);
  if (!shown) {
    return (
      <main className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center gap-4 p-6 text-center">
        <p className="text-muted-foreground text-sm font-medium">Shared from Sentry Chat</p>
        <h1 className="text-2xl font-semibold">Sign in to see this conversation</h1>
        <p className="text-muted-foreground">It was shared with the members of a Sentry organization.</p>
        <Button asChild>
          <a href={signInPath(`/share/${id}`)}>Sign in with Sentry</a>
        </Button>
      </main>
    );
  }
  const { share, organizationName, html } = shown;
  // Handed to the worker, which writes it into the marked element: not a second copy in the RSC payload (snapshot-slot.ts).
  const messages = fillSnapshotSlot(getCloudflareContext().ctx, html) ? { [SNAPSHOT_ATTRIBUTE]: "" } : { dangerouslySetInnerHTML: { __html: html } };
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="flex flex-wrap items-center justify-between gap-2 border-b px-4 py-2">
        <div>
          <p className="font-semibold">Shared from Sentry Chat</p>
          <p className="text-muted-foreground text-sm">
            Shared by {share.ownerName} on {formatDay(share.createdAt)}
            {share.visibility === "org" && <> · members of {organizationName}</>}
          </p>
        </div>
        {viewer ? (
          <ForkForm action={forkShareAction.bind(null, share.id)}>
            <Button type="submit">Continue in my chats</Button>
          </ForkForm>
        ) : null}
      </header>
      <main className="mx-auto flex w-full max-w-3xl flex-col gap-6 px-4 py-6">
        <h1 className="text-xl font-semibold">{share.title}</h1>
        {/* Built from the snapshot by lib/shares/render-html.ts, where every piece of it is escaped or sanitised. */}
        <div className="flex flex-col gap-6" {...messages} />
        <p className="text-muted-foreground border-t pt-4 text-sm">
          A snapshot taken when it was shared; later messages are not included.{" "}
          {!viewer && (
            <a href={signInPath(`/share/${id}`)} className="underline">
              Sign in
            </a>
          )}
        </p>
      </main>
    </div>
  );
}
