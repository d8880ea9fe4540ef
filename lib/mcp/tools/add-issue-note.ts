import { z } from "zod";
import { ensureIssueInProject, issueId, issueProjectSlug } from "@/lib/mcp/format-issues";
import { code, escapeMarkdown, facts, formatDate, link, webUrl } from "@/lib/mcp/format";
import { organizationSlug } from "@/lib/mcp/params";
import { defineTool } from "@/lib/mcp/tool";
import { createIssueNote, getOrganizationIssue } from "@/lib/sentry/issues";

const QUOTE_LIMIT = 500;

export const addIssueNote = defineTool({
  name: "add_issue_note",
  title: "Add issue note",
  description:
    "Post a note on an issue's activity, visible to the whole organization. Only when the user asks; never post secrets. Example: `text: 'Investigating with the payments team.'`.",
  inputSchema: {
    organizationSlug,
    issueId,
    projectSlug: issueProjectSlug,
    text: z
      .string()
      .trim()
      .min(1)
      .max(5000)
      .describe("Markdown allowed"),
  },
  toolset: "issues",
  annotations: { readOnlyHint: false, destructiveHint: false, openWorldHint: true },
  async handler({ organizationSlug: org, issueId: id, projectSlug: project, text }, { sentry }) {
    if (project) ensureIssueInProject(await getOrganizationIssue(sentry, org, id), org, project);
    const note = await createIssueNote(sentry, org, id, text);
    const author = note.user ? escapeMarkdown(note.user.name || note.user.email || "you") : null;
    const posted = note.data?.text ?? text;
    const excerpt = posted.length > QUOTE_LIMIT ? `${posted.slice(0, QUOTE_LIMIT)}…` : posted;
    const quote = excerpt
      .split("\n")
      .map((line) => `> ${escapeMarkdown(line)}`)
      .join("\n");
    const url = webUrl(sentry.baseUrl, org, `issues/${encodeURIComponent(id)}/activity/`);
    return [
      `# Note added to issue ${code(id)}`,
      "",
      facts([
        ["Note id", code(note.id)],
        ["Author", author],
        ["Posted", note.dateCreated ? formatDate(note.dateCreated) : null],
        ["Link", link("Issue activity in Sentry", url)],
      ]),
      "",
      quote,
    ].join("\n");
  },
});
