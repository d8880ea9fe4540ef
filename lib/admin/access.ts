import { notFound } from "next/navigation";
import { asAdmin, type AdminUser } from "@/lib/admin/admin-user";
import { currentUser } from "@/lib/auth/session";
import { getConfig } from "@/lib/env";
import { AppError } from "@/lib/errors";

/** The signed-in admin, or null for anyone else (see asAdmin). */
async function currentAdmin(): Promise<AdminUser | null> {
  return asAdmin(await currentUser(), getConfig());
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
