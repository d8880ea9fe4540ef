"use server";

import { signIn } from "@/lib/auth/config";
import { safeCallbackPath } from "@/lib/auth/callback-url";

export async function signInWithSentry(formData: FormData) {
  await signIn("sentry", { redirectTo: safeCallbackPath(formData.get("callbackUrl")?.toString()) });
}
