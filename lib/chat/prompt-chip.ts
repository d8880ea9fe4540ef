import { z } from "zod";

/**
 * A user message sent from a prompt form carries, as its metadata, which prompt and arguments made
 * its text: the conversation shows it as a chip ("Explain an issue · PROJ-123") while the model
 * gets the full text. Messages without it (typed ones, older ones) show their text.
 */
export const promptMetadataSchema = z.object({
  prompt: z.object({
    name: z.string().min(1).max(100),
    title: z.string().min(1).max(200),
    /** The arguments given, in the prompt's order. */
    arguments: z.array(z.object({ name: z.string().min(1).max(100), value: z.string().min(1).max(2000) })).max(20),
  }),
});
export type PromptMetadata = z.infer<typeof promptMetadataSchema>;
export type PromptChip = PromptMetadata["prompt"];

export function promptChipOf(metadata: unknown): PromptChip | null {
  return promptMetadataSchema.safeParse(metadata).data?.prompt ?? null;
}

export function chipLabel(chip: PromptChip): string {
  return [chip.title, ...chip.arguments.map((argument) => argument.value)].join(" · ");
}
