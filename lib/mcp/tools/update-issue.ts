import { z } from "zod";
import { AppError } from "@/lib/errors";
import { ensureIssueInProject, formatActor, formatStatus, issueId, issueLabel, issueProjectSlug, issueUrl } from "@/lib/mcp/format-issues";
import { code, escapeMarkdown, facts, link } from "@/lib/mcp/format";
import { organizationSlug } from "@/lib/mcp/params";
import { defineTool } from "@/lib/mcp/tool";
import { getOrganizationIssue, updateOrganizationIssue, type IssueUpdate } from "@/lib/sentry/issues";

export const updateIssue = defineTool({
  name: "update_issue",
  title: "Update issue",
  description:
    "Change an issue's status (resolve, reopen, ignore for a while) and/or assignee; give at least one change. Example: `status: 'ignored', ignoreDuration: 60` or `assignedTo: 'jane@example.com'`.",
  inputSchema: {
    organizationSlug,
    issueId,
    projectSlug: issueProjectSlug,
    status: z
      .enum(["resolved", "resolvedInNextRelease", "unresolved", "ignored"])
      .optional()
      .describe("`resolvedInNextRelease`: once the next release ships; `ignored`: archive"),
    assignedTo: z
      .string()
      .trim()
      .max(200)
      .regex(/^\S*$/, "`user:<id>`, `team:<id>`, a username or an email, or an empty string")
      .optional()
      .describe("`user:<id>`, `team:<id>`, a username or email; `\"\"` unassigns"),
    ignoreDuration: z
      .number()
      .int()
      .min(1)
      .max(525_600)
      .optional()
      .describe("Minutes, with `status: 'ignored'`"),
  },
  toolset: "issues",
  annotations: { readOnlyHint: false, destructiveHint: true, openWorldHint: true },
  async handler({ organizationSlug: org, issueId: id, projectSlug: project, status, assignedTo, ignoreDuration }, { sentry }) {
    if (status === undefined && assignedTo === undefined) {
      throw new AppError("bad_request", "Nothing to update: give a `status`, an `assignedTo`, or both.");
    }
    if (ignoreDuration !== undefined && status !== "ignored") {
      throw new AppError("bad_request", '`ignoreDuration` only applies with `status: "ignored"`.');
    }
    if (project) ensureIssueInProject(await getOrganizationIssue(sentry, org, id), org, project);

    const update: IssueUpdate = {};
    if (status !== undefined) update.status = status;
    if (ignoreDuration !== undefined) {
      update.statusDetails = { ignoreDuration };
      update.substatus = "archived_until_condition_met";
    }
    if (assignedTo !== undefined) update.assignedTo = assignedTo;

    const result = await updateOrganizationIssue(sentry, org, id, update).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "bad_request") {
        const hint =
          assignedTo !== undefined
            ? " Check `assignedTo`: use `user:<id>`, `team:<id>`, or the username or email of a member of the organization."
            : " Check the requested status (resolving in the next release needs a project with releases).";
        throw new AppError("bad_request", `Sentry rejected the update of issue ${id}.${hint}`);
      }
      throw error;
    });

    const label = issueLabel({ shortId: result.shortId, id: result.id ?? id }, id);
    const title = result.title || result.metadata?.title || label;
    const assignee = "assignedTo" in result ? formatActor(result.assignedTo) : assignedTo === "" ? "unassigned" : null;
    return [
      `# Updated issue ${code(label)}`,
      "",
      facts([
        ["Issue", link(title, issueUrl(sentry, org, { id: result.id ?? id, permalink: result.permalink }))],
        ["Status", result.status ? formatStatus(result) : status ? escapeMarkdown(status) : null],
        ["Assigned to", assignee],
      ]),
    ].join("\n");
  },
});
