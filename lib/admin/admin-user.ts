import type { SessionUser } from "@/lib/auth/session-user";
import type { AppConfig } from "@/lib/env";

declare const adminBrand: unique symbol;
/**
 * A person checked against `ADMIN_EMAILS`. Only `asAdmin` makes one, and the admin data functions
 * take one, so none of them can be reached without the check.
 */
export type AdminUser = SessionUser & { email: string; readonly [adminBrand]: true };

/** `ADMIN_EMAILS` names the admins by their Sentry account email, compared case-insensitively. */
export function isAdmin(email: string | null, config: Pick<AppConfig, "adminEmails">): email is string {
  return email !== null && config.adminEmails.includes(email.trim().toLowerCase());
}

/**
 * The signed-in person as an admin, or null for anyone else, signed out included. Callers answer
 * "not found" either way, so the admin area does not reveal that it exists. Free of Next.js, so
 * the worker entry's routes check admins the same way the pages do.
 */
export function asAdmin(user: SessionUser | null, config: Pick<AppConfig, "adminEmails">): AdminUser | null {
  if (!user || !isAdmin(user.email, config)) return null;
  return { ...user, email: user.email } as AdminUser;
}
