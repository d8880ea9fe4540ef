import { z } from "zod";
import { AppError } from "@/lib/errors";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "@/lib/conversations/limits";
import { titleProblem } from "@/lib/conversations/title";

/** A rename is a title and a little JSON around it. */
export const MAX_RENAME_BODY_BYTES = 4 * 1024;

/** Conversation ids are the UUIDs the chat mints. */
const conversationIdSchema = z.uuid();

export function isConversationId(value: string): boolean {
  return conversationIdSchema.safeParse(value).success;
}

/** A malformed id names no conversation, so it is answered exactly like an unknown or foreign one. */
export function parseConversationId(value: string): string {
  if (!isConversationId(value)) throw new AppError("not_found", "This conversation does not exist.");
  return value;
}

export const renameRequestSchema = z.object({
  title: z
    .string()
    .trim()
    .superRefine((title, context) => {
      const problem = titleProblem(title);
      if (problem) context.addIssue({ code: "custom", message: problem });
    }),
});

export const listRequestSchema = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
  cursor: z.string().min(1).max(200).optional(),
});

/** Reads a zod result in the shared error contract, with the first problem as the message. */
export function parseOrBadRequest<T>(result: z.ZodSafeParseResult<T>): T {
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
  throw new AppError("bad_request", `${where}${issue?.message ?? "The request was not valid."}`);
}
