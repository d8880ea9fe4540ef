import { prompts } from "@/lib/mcp/prompts";
import { completerOf } from "@/lib/mcp/prompts/complete";
import type { PromptContext } from "@/lib/mcp/prompts/prompt";
import { AppError } from "@/lib/errors";

/** Suggestions for one prompt argument, from the same completers the MCP server uses. */
export async function completePromptArgument(
  context: PromptContext,
  request: { prompt: string; argument: string; value: string; arguments: Record<string, string> },
): Promise<string[]> {
  const prompt = prompts.find((candidate) => candidate.name === request.prompt);
  if (!prompt) throw new AppError("not_found", `There is no prompt named ${request.prompt}.`);
  const schema = prompt.args(context)[request.argument];
  if (!schema) throw new AppError("not_found", `The prompt ${request.prompt} has no argument ${request.argument}.`);
  const complete = completerOf(schema);
  if (!complete) return [];
  const values = await complete(request.value, { arguments: request.arguments });
  return values.filter((value): value is string => typeof value === "string");
}
