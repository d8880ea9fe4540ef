import { z } from "zod";

/** A list of issues, one row each. */
export const issueTableViewSchema = z.object({
  kind: z.literal("issue-table"),
  issues: z
    .array(
      z.object({
        shortId: z.string(),
        title: z.string(),
        culprit: z.string().nullable(),
        url: z.string().nullable(),
        level: z.string().nullable(),
        status: z.string(),
        count: z.number().nullable(),
        userCount: z.number().nullable(),
        lastSeen: z.string().nullable(),
      }),
    )
    .max(100),
});
export type IssueTableView = z.infer<typeof issueTableViewSchema>;
