import { ConversationList } from "@/components/history/conversation-list";
import { HistoryProvider } from "@/components/history/history-provider";
import { HistorySheet } from "@/components/history/history-sheet";
import { OfflineBanner } from "@/components/offline-banner";
import { ThemeToggle } from "@/components/theme-toggle";
import { UserMenu } from "@/components/user-menu";
import { currentUser } from "@/lib/auth/session";
import { DEFAULT_PAGE_SIZE } from "@/lib/conversations/limits";
import { listConversations } from "@/lib/db/conversations";
import { getConfig, getEnv } from "@/lib/env";
import { signOutAction } from "./actions";

export default async function ChatLayout({ children }: { children: React.ReactNode }) {
  const user = await currentUser();
  // Each page sends a signed-out visitor to sign in with its own address to come back to; the
  // layout does not know that address, so it leaves the redirect to the page.
  if (!user) return children;
  const { offlineDemo } = getConfig();
  const history = await listConversations(getEnv().DB, user.id, { limit: DEFAULT_PAGE_SIZE });
  return (
    <HistoryProvider initial={history}>
      <div className="flex h-dvh flex-col">
        {offlineDemo && <OfflineBanner />}
        <header className="flex items-center justify-between border-b px-4 py-2">
          <div className="flex items-center gap-1">
            <HistorySheet />
            <span className="font-semibold">Sentry Chat</span>
          </div>
          <div className="flex items-center gap-1">
            <ThemeToggle />
            <UserMenu user={user} signOutAction={signOutAction} />
          </div>
        </header>
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
