import { z } from "zod";
import { VISIBILITIES } from "@/lib/shares/policy";

/** A share request is two ids and a slug. */
export const MAX_SHARE_BODY_BYTES = 2 * 1024;

export const createShareSchema = z
  .object({
    conversationId: z.uuid(),
    visibility: z.enum(VISIBILITIES),
    organization: z.string().trim().min(1).max(100).optional(),
  })
  .refine((body) => (body.visibility === "org") === (body.organization !== undefined), {
    message: "An organization link needs an organization, and only an organization link takes one.",
    path: ["organization"],
  });

export const listSharesSchema = z.object({ conversationId: z.uuid().optional() });
