import { NoOrganization } from "@/components/auth/no-organization";
import { ConversationList } from "@/components/history/conversation-list";
import { HistoryProvider } from "@/components/history/history-provider";
import { HistorySheet } from "@/components/history/history-sheet";
import { OfflineBanner } from "@/components/offline-banner";
import { ThemeToggle } from "@/components/theme-toggle";
import { UserMenu } from "@/components/user-menu";
import { isAdmin } from "@/lib/admin/admin-user";
import { allowedOrganizations, listUserOrganizations } from "@/lib/auth/organizations";
import { redirectToSignIn, requirePageUser } from "@/lib/auth/session";
import { DEFAULT_PAGE_SIZE } from "@/lib/conversations/limits";
import { listConversations } from "@/lib/db/conversations";
import { getEnv, type AppConfig } from "@/lib/env";
import { loadEffectiveConfig } from "@/lib/settings/effective";
import { AppError } from "@/lib/errors";
import { recheckOrganizationsAction, signOutAction } from "./actions";

/**
 * Whether the user belongs to an organization they may use here. When Sentry cannot say right
 * now the chat is shown: every tool call checks organization access on its own.
 */
async function hasAllowedOrganization(env: CloudflareEnv, config: AppConfig, userId: string): Promise<boolean> {
  try {
    return allowedOrganizations(await listUserOrganizations(env.KV, config, userId), config.allowedOrgs).length > 0;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.code === "reauth_required") return redirectToSignIn();
    return true;
  }
}

export default async function ChatLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser();
  const env = getEnv();
  const { config } = await loadEffectiveConfig(env);
  const [allowed, history] = await Promise.all([
    hasAllowedOrganization(env, config, user.id),
    listConversations(env.DB, user.id, { limit: DEFAULT_PAGE_SIZE }),
  ]);
  const header = (
    <header className="flex items-center justify-between border-b px-4 py-2">
      <div className="flex items-center gap-1">
        {allowed && <HistorySheet />}
        <span className="font-semibold">Sentry Chat</span>
      </div>
      <div className="flex items-center gap-1">
        <ThemeToggle />
        <UserMenu
          user={user}
          sentryHost={new URL(config.sentryUrl).host}
          signOutAction={signOutAction}
          isAdmin={isAdmin(user.email, config)}
        />
      </div>
    </header>
  );
  if (!allowed) {
    return (
      <div className="flex h-dvh flex-col">
        {config.offlineDemo && <OfflineBanner />}
        {header}
        <NoOrganization
          email={user.email}
          restricted={config.allowedOrgs.length > 0}
          recheckAction={recheckOrganizationsAction}
          signOutAction={signOutAction}
        />
      </div>
    );
  }
  return (
    <HistoryProvider initial={history}>
      <div className="flex h-dvh flex-col">
        {config.offlineDemo && <OfflineBanner />}
        {header}
        <div className="flex min-h-0 flex-1">
          <aside className="bg-muted/40 hidden w-72 shrink-0 flex-col border-r md:flex">
            <ConversationList />
          </aside>
          <main className="flex min-h-0 min-w-0 flex-1 flex-col">{children}</main>
        </div>
      </div>
    </HistoryProvider>
  );
}
