import { z } from "zod";
import { promptMetadataSchema } from "@/lib/chat/prompt-chip";

export const MAX_MESSAGE_CHARS = 16_000;
/** Generous for one message of 16,000 characters plus JSON framing. */
export const MAX_CHAT_BODY_BYTES = 256 * 1024;

const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "ids are 1–64 characters of A–Z, a–z, 0–9, _ and -");

const userMessageSchema = z.object({
  id: idSchema,
  role: z.literal("user"),
  parts: z
    .array(z.object({ type: z.literal("text"), text: z.string().trim().min(1).max(MAX_MESSAGE_CHARS) }))
    .min(1)
    .max(1),
  /** Set when the text was made by a prompt form (checked against the prompt before it is stored). */
  metadata: promptMetadataSchema.optional(),
});

/**
 * The client sends only what is new; the history comes from D1:
 * - a user message (new, or an edit of a stored one: same id, and what followed it is replaced);
 * - the person's decisions on tool calls waiting for approval;
 * - a request to regenerate the reply to the last user message.
 */
export const chatRequestSchema = z.union([
  z.object({ id: z.uuid(), message: userMessageSchema }),
  z.object({
    id: z.uuid(),
    approvals: z
      .array(z.object({ approvalId: idSchema, approved: z.boolean(), reason: z.string().max(500).optional() }))
      .min(1)
      .max(20),
  }),
  z.object({ id: z.uuid(), regenerate: z.literal(true) }),
]);
export type ChatRequest = z.infer<typeof chatRequestSchema>;
