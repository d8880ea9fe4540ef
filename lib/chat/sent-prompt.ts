import type { PromptMetadata } from "@/lib/chat/prompt-chip";
import { AppError } from "@/lib/errors";
import { prompts } from "@/lib/mcp/prompts";
import { renderPrompt, renderingContext } from "@/lib/mcp/prompts/render-prompt";

/**
 * The chip is shown in place of the text, to the person and on shared pages, so it must describe
 * what the model was sent: the text is rendered again from the named prompt and arguments, and the
 * title is the prompt's own.
 */
export function verifiedPrompt(text: string, metadata: PromptMetadata): PromptMetadata {
  const { name, arguments: given } = metadata.prompt;
  const prompt = prompts.find((candidate) => candidate.name === name);
  const rendered = prompt ? renderPrompt(renderingContext, name, Object.fromEntries(given.map((a) => [a.name, a.value]))) : null;
  if (!prompt || rendered !== text) {
    throw new AppError("bad_request", "The message does not match the prompt it names. Send it again from the prompt's form.");
  }
  return { prompt: { name, title: prompt.title, arguments: given } };
}
