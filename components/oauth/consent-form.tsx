import { AlertTriangle, ShieldCheck } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { ConsentView } from "@/lib/oauth/consent-view";
import { pinValue } from "@/lib/oauth/consent-view";

type Consent = Extract<ConsentView, { kind: "consent" }>;

const choice = "border-input has-[:checked]:border-primary has-[:checked]:bg-accent flex cursor-pointer items-start gap-3 rounded-md border p-3 text-sm";

/**
 * Allow or deny an MCP client. A plain form (no JavaScript needed) posting to /oauth/authorize; every
 * string here came from the client or Sentry, and React renders it as text.
 */
export function ConsentForm({ view }: { view: Consent }) {
  const pinned = view.pinned.organization !== undefined;
  return (
    <form method="post" action="/oauth/authorize" className="space-y-6">
      <input type="hidden" name="handle" value={view.handle} />
      <input type="hidden" name="resource" value={view.resource} />
      <div className="space-y-3 text-center">
        {view.logoUri?.startsWith("https://") && (
          // eslint-disable-next-line @next/next/no-img-element -- a client's logo from its own site, shown as is
          <img src={view.logoUri} alt="" width={48} height={48} referrerPolicy="no-referrer" className="mx-auto size-12 rounded-md" />
        )}
        <h1 className="text-2xl font-semibold text-balance">Connect {view.clientName} to your Sentry account?</h1>
        <p className="text-muted-foreground text-sm">
          {view.clientDomain ? (
            <>
              Published by <strong className="text-foreground">{view.clientDomain}</strong>.{" "}
            </>
          ) : (
            "This app registered itself; its name is not verified. "
          )}
          Access will be sent to <strong className="text-foreground">{view.redirectHost}</strong>.
        </p>
      </div>

      {(view.redirectIsLoopback || view.firstTime) && (
        <div role="note" className="flex gap-3 rounded-md border border-amber-500/50 bg-amber-500/10 p-3 text-sm">
          <AlertTriangle className="mt-0.5 size-4 shrink-0 text-amber-600 dark:text-amber-400" aria-hidden />
          <div className="space-y-1">
            {view.redirectIsLoopback && (
              <p>This sends access to an app on your computer ({view.redirectHost}). Continue only if you just started connecting from it.</p>
            )}
            {view.firstTime && <p>You have not connected this app before.</p>}
          </div>
        </div>
      )}

      <fieldset className="space-y-2">
        <legend className="mb-2 text-sm font-medium">What it may do</legend>
        <label className={choice}>
          <input type="radio" name="access" value="read" defaultChecked className="mt-1" />
          <span>
            <span className="font-medium">Read only</span>
            <span className="text-muted-foreground block">Look up your organizations, issues, events, traces and releases.</span>
          </span>
        </label>
        <label className={choice} aria-disabled={!view.writeAvailable || undefined}>
          <input type="radio" name="access" value="write" disabled={!view.writeAvailable} className="mt-1" />
          <span>
            <span className="font-medium">Read and write</span>
            <span className="text-muted-foreground block">
              {view.writeAvailable
                ? "Also resolve and assign issues, add notes, and create teams, projects and keys."
                : "Write tools are turned off on this server."}
            </span>
          </span>
        </label>
      </fieldset>

      <div className="space-y-2">
        <label htmlFor="target" className="text-sm font-medium">
          Which organizations
        </label>
        <select
          id="target"
          name="target"
          defaultValue={pinValue(view.pinned)}
          className="border-input bg-background focus-visible:ring-ring/50 h-9 w-full rounded-md border px-3 text-sm outline-none focus-visible:ring-[3px]"
        >
          {view.pinOptions.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        <p className="text-muted-foreground text-xs">
          {pinned ? "The address it connects to is limited to this organization." : "Limit it to one organization or one project if it needs no more."}
        </p>
      </div>

      <fieldset className="space-y-2">
        <legend className="mb-2 text-sm font-medium">Which tools</legend>
        <p className="text-muted-foreground text-xs">
          Every tool unless you tick some groups; fewer tools cost its model fewer tokens. Who you are and your organizations always come along.
        </p>
        <div className="grid gap-2 sm:grid-cols-2">
          {view.toolsetOptions.map((option) => (
            <label key={option.name} className="flex cursor-pointer items-start gap-2 text-sm">
              <input type="checkbox" name="toolset" value={option.name} className="mt-1" />
              <span>
                <span className="font-medium capitalize">{option.name}</span>
                <span className="text-muted-foreground block text-xs">{option.description}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <p className="text-muted-foreground flex items-start gap-2 text-xs">
        <ShieldCheck className="mt-0.5 size-3.5 shrink-0" aria-hidden />
        It acts with your Sentry permissions. You can disconnect it at any time under Connected apps in your account menu.
      </p>

      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button type="submit" name="decision" value="deny" variant="outline">
          Deny
        </Button>
        <Button type="submit" name="decision" value="approve">
          Allow
        </Button>
      </div>
    </form>
  );
}
