import { z } from "zod";

/** A release's crash-free rates per project, from its sessions. */
export const releaseHealthViewSchema = z.object({
  kind: z.literal("release-health"),
  version: z.string(),
  projects: z
    .array(
      z.object({
        project: z.string(),
        crashFreeSessions: z.number().nullable().describe("Percent of sessions that did not crash."),
        crashFreeUsers: z.number().nullable().describe("Percent of users who saw no crash."),
        sessions: z.number().nullable(),
        users: z.number().nullable(),
      }),
    )
    .max(100),
});
export type ReleaseHealthView = z.infer<typeof releaseHealthViewSchema>;
