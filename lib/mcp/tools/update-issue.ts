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
  description: [
    "Change a Sentry issue's status and/or assignee: resolve it, resolve it in the next release, reopen it, ignore (archive) it",
    "— optionally for a number of minutes — or assign it to a user or team, or unassign it. Give at least one change.",
    "Returns the issue's resulting status and assignee with a link.",
    "Examples: `status: \"resolved\"`; `status: \"ignored\", ignoreDuration: 60`; `assignedTo: \"user:123\"`; `assignedTo: \"team:456\"`;",
    "`assignedTo: \"jane@example.com\"`; `assignedTo: \"\"` to unassign.",
  ].join(" "),
  inputSchema: {
    organizationSlug,
    issueId,
    projectSlug: issueProjectSlug,
    status: z
      .enum(["resolved", "resolvedInNextRelease", "unresolved", "ignored"])
      .optional()
      .describe(
        "New status: `resolved`, `resolvedInNextRelease` (resolved once the next release ships), `unresolved` (reopen), or `ignored` (archive).",
      ),
    assignedTo: z
      .string()
      .trim()
      .max(200)
      .regex(/^\S*$/, "`user:<id>`, `team:<id>`, a username or an email, or an empty string")
      .optional()
      .describe(
        "New assignee: `user:<id>` (e.g. `user:123`), `team:<id>` (e.g. `team:456`), a member's username or email " +
          "(e.g. `jane@example.com`), or an empty string `\"\"` to unassign.",
      ),
    ignoreDuration: z
      .number()
      .int()
      .min(1)
      .max(525_600)
      .optional()
      .describe("Only with `status: \"ignored\"`: ignore for this many minutes (e.g. `60`, `1440` for a day), then reopen."),
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
