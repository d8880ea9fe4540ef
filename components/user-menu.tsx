"use client";

import { LinkIcon, LogOutIcon, PlugIcon, SettingsIcon } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { focusMessageBox } from "@/components/dialog-focus";
import { lazyDialog } from "@/components/lazy-dialog";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { cn } from "@/lib/utils";

const MySharesDialog = lazyDialog(() => import("@/components/share/my-shares-dialog").then((module) => module.MySharesDialog));
const ConnectedAppsDialog = lazyDialog(() =>
  import("@/components/connected-apps/connected-apps-dialog").then((module) => module.ConnectedAppsDialog),
);

type Props = {
  user: { name: string; email: string | null; image: string | null };
  /** The Sentry the account belongs to, e.g. sentry.io or a self-hosted host. */
  sentryHost: string;
  signOutAction: () => Promise<void>;
  /** Named in ADMIN_EMAILS: the menu links to /admin. */
  isAdmin?: boolean;
};

function initials(name: string): string {
  return name
    .split(/\s+/)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? "")
    .join("");
}

/** The Sentry avatar, or the person's initials when there is none or it does not load. */
function Avatar({ name, image, className }: { name: string; image: string | null; className?: string }) {
  const [failed, setFailed] = useState(false);
  if (image && !failed) {
    return (
      // eslint-disable-next-line @next/next/no-img-element -- avatars come from Sentry's hosts
      <img src={image} alt="" className={cn("rounded-full", className)} referrerPolicy="no-referrer" onError={() => setFailed(true)} />
    );
  }
  return (
    // Decoration: the button around it carries the name (screen readers would otherwise read "JD").
    <span
      aria-hidden
      className={cn("bg-primary text-primary-foreground flex items-center justify-center rounded-full text-xs font-semibold", className)}
    >
      {initials(name)}
    </span>
  );
}

export function UserMenu({ user, sentryHost, signOutAction, isAdmin = false }: Props) {
  const [sharesOpen, setSharesOpen] = useState(false);
  const [appsOpen, setAppsOpen] = useState(false);
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="icon" className="rounded-full">
          <Avatar name={user.name} image={user.image} className="size-8" />
          <span className="sr-only">Account menu for {user.name}</span>
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-64">
        <DropdownMenuLabel className="flex items-center gap-3">
          <Avatar name={user.name} image={user.image} className="size-9 shrink-0" />
          <div className="min-w-0">
            <div className="truncate">{user.name}</div>
            {user.email && <div className="text-muted-foreground truncate text-xs font-normal">{user.email}</div>}
            <div className="text-muted-foreground truncate text-xs font-normal">on {sentryHost}</div>
          </div>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem onSelect={() => setSharesOpen(true)}>
          <LinkIcon /> My shared links
        </DropdownMenuItem>
        <DropdownMenuItem onSelect={() => setAppsOpen(true)}>
          <PlugIcon /> Connected apps
        </DropdownMenuItem>
        {isAdmin && (
          <DropdownMenuItem asChild>
            <Link href="/admin">
              <SettingsIcon /> Admin
            </Link>
          </DropdownMenuItem>
        )}
        <form action={signOutAction}>
          <DropdownMenuItem asChild>
            <button type="submit" className="w-full">
              <LogOutIcon /> Sign out
            </button>
          </DropdownMenuItem>
        </form>
      </DropdownMenuContent>
      {/* Outside the menu's content, so the dialogs stay open when the menu closes. */}
      <MySharesDialog open={sharesOpen} onOpenChange={setSharesOpen} onCloseAutoFocus={focusMessageBox} />
      <ConnectedAppsDialog open={appsOpen} onOpenChange={setAppsOpen} onCloseAutoFocus={focusMessageBox} />
    </DropdownMenu>
  );
}
