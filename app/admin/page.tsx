import type { Metadata } from "next";
import Link from "next/link";
import { AuditLog } from "@/components/admin/audit-log";
import { ConnectedClients } from "@/components/admin/connected-clients";
import { SettingsForm } from "@/components/admin/settings-form";
import { UsagePanel } from "@/components/admin/usage-panel";
import { ThemeToggle } from "@/components/theme-toggle";
import { Button } from "@/components/ui/button";
import { requirePageAdmin } from "@/lib/admin/access";
import { connectedClientsSummary } from "@/lib/connected-apps/per-person";
import { adminSettingsView } from "@/lib/admin/settings-view";
import { getEnv } from "@/lib/env";
import { AUDIT_PAGE_SIZE, listAuditEntries } from "@/lib/settings/audit";
import { usageSummary } from "@/lib/usage/summary";

export const metadata: Metadata = { title: "Admin", robots: { index: false } };

/** /admin — for the people named in ADMIN_EMAILS; everyone else gets the 404 page. */
export default async function AdminPage() {
  const admin = await requirePageAdmin();
  const env = getEnv();
  const [view, audit, usage, connectedClients] = await Promise.all([
    adminSettingsView(env, admin),
    listAuditEntries(env.DB, admin, { limit: AUDIT_PAGE_SIZE }),
    usageSummary(env.DB, admin),
    connectedClientsSummary(env, admin),
  ]);
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="flex items-center justify-between border-b px-4 py-2">
        <div className="flex items-center gap-3">
          <span className="font-semibold">Sentry Chat</span>
          <span className="text-muted-foreground">Admin</span>
        </div>
        <div className="flex items-center gap-1">
          <Button asChild variant="ghost" size="sm">
            <Link href="/">Back to chat</Link>
          </Button>
          <ThemeToggle />
        </div>
      </header>
      <main className="mx-auto flex w-full max-w-3xl flex-col gap-12 px-4 py-8">
        <h1 className="text-2xl font-semibold">Administration</h1>
        {/* Keyed by version: after a save (and refresh) the form starts from what was saved. */}
        <SettingsForm key={view.version} view={view} />
        <UsagePanel usage={usage} />
        <ConnectedClients initial={connectedClients} />
        <AuditLog key={audit.entries[0]?.id ?? 0} initial={audit} />
      </main>
    </div>
  );
}
