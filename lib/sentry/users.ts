import { z } from "zod";
import type { SentryClient } from "@/lib/sentry/client";

/** The parts of Sentry's `GET /api/0/auth/` body we use; Sentry sends many more fields. */
export const sentryUserSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  name: z.string().nullish(),
  username: z.string().nullish(),
  email: z.string().nullish(),
  avatarUrl: z.string().nullish(),
});
export type SentryUser = z.infer<typeof sentryUserSchema>;

/** `GET /api/0/auth/`: who the token belongs to. */
export function getAuthenticatedUser(client: SentryClient): Promise<SentryUser> {
  return client.request("GET", "/api/0/auth/", sentryUserSchema);
}
