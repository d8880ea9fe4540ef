import { z } from "zod";

export const MAX_MESSAGE_CHARS = 16_000;
/** Generous for one message of 16,000 characters plus JSON framing. */
export const MAX_CHAT_BODY_BYTES = 256 * 1024;

const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "ids are 1–64 characters of A–Z, a–z, 0–9, _ and -");

/** The client sends only the new message; the history comes from D1. */
export const chatRequestSchema = z.object({
  id: z.uuid(),
  message: z.object({
    id: idSchema,
    role: z.literal("user"),
    parts: z
      .array(z.object({ type: z.literal("text"), text: z.string().trim().min(1).max(MAX_MESSAGE_CHARS) }))
      .min(1)
      .max(1),
  }),
});
export type ChatRequest = z.infer<typeof chatRequestSchema>;
