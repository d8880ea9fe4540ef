import { z } from "zod";
import { AppError } from "@/lib/errors";
import { prompts } from "@/lib/mcp/prompts";
import type { PromptContext } from "@/lib/mcp/prompts/prompt";
import { createSentryClient } from "@/lib/sentry/client";

/**
 * Enough to describe and render a prompt: only argument completions call Sentry, and they never run
 * here. A client without a token (which Sentry would refuse) keeps the result the same for everyone.
 */
export const renderingContext: PromptContext = {
  sentry: createSentryClient({ baseUrl: "https://sentry.invalid", token: "" }),
  constraints: {},
};

/** A prompt's text for the given arguments, validated against the prompt's own argument schema. */
export function renderPrompt(context: PromptContext, name: string, args: Record<string, string>): string {
  const prompt = prompts.find((candidate) => candidate.name === name);
  if (!prompt) throw new AppError("not_found", `There is no prompt named ${name}.`);
  // Empty form fields mean "not given".
  const given = Object.fromEntries(Object.entries(args).filter(([, value]) => value.trim() !== ""));
  const parsed = z.object(prompt.args(context)).safeParse(given);
  if (!parsed.success) throw new AppError("bad_request", z.prettifyError(parsed.error));
  return prompt.render(parsed.data as Record<string, string | undefined>);
}
