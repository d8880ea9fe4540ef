import { notFound } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/session-user";
import { getConfig, type AppConfig } from "@/lib/env";
import { AppError } from "@/lib/errors";

declare const adminBrand: unique symbol;
/**
 * A person checked against `ADMIN_EMAILS`. Only this module makes one, and the admin data
 * functions take one, so none of them can be reached without the check.
 */
export type AdminUser = SessionUser & { email: string; readonly [adminBrand]: true };

/** `ADMIN_EMAILS` names the admins by their Sentry account email, compared case-insensitively. */
export function isAdmin(email: string | null, config: Pick<AppConfig, "adminEmails">): email is string {
  return email !== null && config.adminEmails.includes(email.trim().toLowerCase());
}

/**
 * The signed-in admin, or null for anyone else, signed out included. Callers answer "not found"
 * either way, so the admin area does not reveal that it exists.
 */
async function currentAdmin(): Promise<AdminUser | null> {
  const user = await currentUser();
  if (!user || !isAdmin(user.email, getConfig())) return null;
  return { ...user, email: user.email } as AdminUser;
}

/** For `/api/admin/*`: the admin, or a 404 in the shared error contract. */
export async function requireApiAdmin(): Promise<AdminUser> {
  const admin = await currentAdmin();
  if (!admin) throw new AppError("not_found");
  return admin;
}

/** For the admin page: the admin, or Next's 404 page. */
export async function requirePageAdmin(): Promise<AdminUser> {
  return (await currentAdmin()) ?? notFound();
}
