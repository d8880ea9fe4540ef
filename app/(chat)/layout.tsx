import { OfflineBanner } from "@/components/offline-banner";
import { ThemeToggle } from "@/components/theme-toggle";
import { UserMenu } from "@/components/user-menu";
import { requirePageUser } from "@/lib/auth/session";
import { getConfig } from "@/lib/env";
import { signOutAction } from "./actions";

export default async function ChatLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser("/");
  const { offlineDemo } = getConfig();
  return (
    <div className="flex h-dvh flex-col">
      {offlineDemo && <OfflineBanner />}
      <header className="flex items-center justify-between border-b px-4 py-2">
        <span className="font-semibold">Sentry Chat</span>
        <div className="flex items-center gap-1">
          <ThemeToggle />
          <UserMenu user={user} signOutAction={signOutAction} />
        </div>
      </header>
      {children}
    </div>
  );
}
