import { errorsInFile } from "@/lib/mcp/prompts/errors-in-file";
import { explainIssue } from "@/lib/mcp/prompts/explain-issue";
import type { SentryPrompt } from "@/lib/mcp/prompts/prompt";
import { releaseHealth } from "@/lib/mcp/prompts/release-health";
import { triageRecentErrors } from "@/lib/mcp/prompts/triage-recent-errors";

/** Prompts with arguments; the chat shows them as forms. One file each, one line here. */
export const prompts: SentryPrompt[] = [triageRecentErrors, explainIssue, releaseHealth, errorsInFile];
