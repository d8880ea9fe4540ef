import { z } from "zod";
import type { Page, SentryClient } from "@/lib/sentry/client";

const id = z.union([z.string(), z.number()]).transform(String);

/** A user report: what a person typed into a crash-report dialog, tied to the event they saw. */
export const userFeedbackSchema = z.looseObject({
  id,
  name: z.string().nullish(),
  email: z.string().nullish(),
  comments: z.string().nullish(),
  dateCreated: z.string().nullish(),
  eventID: z.string().nullish(),
  issue: z.looseObject({ id: id.nullish(), shortId: z.string().nullish(), title: z.string().nullish() }).nullish(),
});
export type UserFeedback = z.infer<typeof userFeedbackSchema>;

/**
 * `GET /api/0/projects/{org}/{project}/user-feedback/`, newest first. It holds user reports only:
 * the User Feedback widget's submissions are issues (`issue.category:feedback`).
 */
export async function listProjectUserFeedback(
  client: SentryClient,
  organization: string,
  project: string,
  options: { cursor?: string } = {},
): Promise<Page<UserFeedback>> {
  return client.list(`/api/0/projects/${encodeURIComponent(organization)}/${encodeURIComponent(project)}/user-feedback/`, userFeedbackSchema, {
    baseUrl: await client.regionOf(organization),
    query: { cursor: options.cursor },
    scope: "project:read",
  });
}
