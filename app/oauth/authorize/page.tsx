import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { ConsentForm } from "@/components/oauth/consent-form";
import { OfflineBanner } from "@/components/offline-banner";
import { getConfig } from "@/lib/env";
import { CONSENT_VIEW_HEADER, decodeConsentView } from "@/lib/oauth/consent-view";

export const metadata: Metadata = { title: "Connect an app", robots: { index: false } };

/**
 * The consent page of the app's OAuth server. worker.ts validates the client's request, signs the
 * person in and binds a consent handle to this browser first, then renders this page with what it
 * must show; reached any other way there is nothing to show.
 */
export default async function AuthorizePage() {
  const view = decodeConsentView((await headers()).get(CONSENT_VIEW_HEADER));
  if (!view) notFound();
  const { offlineDemo } = getConfig();
  return (
    <div className="flex min-h-dvh flex-col">
      {offlineDemo && <OfflineBanner />}
      <main className="mx-auto flex w-full max-w-md flex-1 flex-col justify-center gap-6 p-6">
        {view.kind === "error" ? (
          <div className="space-y-2 text-center">
            <h1 className="text-2xl font-semibold">{view.title}</h1>
            <p role="alert" className="text-muted-foreground text-sm">
              {view.message}
            </p>
          </div>
        ) : (
          <ConsentForm view={view} />
        )}
      </main>
    </div>
  );
}
