import type { z } from "zod";
import type { SentryClient } from "@/lib/sentry/client";
import type { Constraints } from "@/lib/mcp/constraints";

export type PromptContext = { sentry: SentryClient; constraints: Constraints };

/** A prompt template with string arguments; `args` builds its zod shape (completions need the context). */
export type SentryPrompt = {
  name: string;
  title: string;
  description: string;
  args(context: PromptContext): z.ZodRawShape;
  render(args: Record<string, string | undefined>): string;
};
