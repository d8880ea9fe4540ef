import { z } from "zod";

/** What the server attaches to an assistant message besides its parts. */
export const messageMetadataSchema = z.object({
  /** Milliseconds each tool call took, by tool call id, measured on the server. */
  toolDurations: z.record(z.string(), z.number()).optional(),
  /** Sent once, at the end of a reply that could not be stored: it will be gone after a reload. */
  notSaved: z.literal(true).optional(),
});
export type MessageMetadata = z.infer<typeof messageMetadataSchema>;

export function replyNotSaved(metadata: unknown): boolean {
  return messageMetadataSchema.safeParse(metadata).data?.notSaved === true;
}

export function toolDuration(metadata: unknown, toolCallId: string): number | undefined {
  const parsed = messageMetadataSchema.safeParse(metadata);
  return parsed.success ? parsed.data.toolDurations?.[toolCallId] : undefined;
}

export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
