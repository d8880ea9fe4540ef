import { z } from "zod";
import { code, escapeMarkdown, formatDate, link, nextPageHint } from "@/lib/mcp/format";
import { cursor, organizationSlug } from "@/lib/mcp/params";
import { settingsUrl } from "@/lib/mcp/settings-url";
import { defineTool } from "@/lib/mcp/tool";
import type { Member } from "@/lib/sentry/members";
import { listOrganizationMembers } from "@/lib/sentry/members";

function describeMember(member: Member, url: string): string {
  const name = member.name || member.email || `member ${member.id}`;
  const details = [
    member.email && member.email !== name ? escapeMarkdown(member.email) : null,
    `role ${code(member.orgRole ?? "unknown")}`,
    member.pending ? (member.expired ? "invitation expired" : "invited, not joined yet") : null,
    member.teams?.length ? `teams ${member.teams.map((team) => code(team)).join(", ")}` : null,
    member.user?.lastActive ? `last active ${formatDate(member.user.lastActive)}` : null,
  ].filter(Boolean);
  return `- ${link(name, url)} — ${details.join(", ")} (id ${code(member.id)})`;
}

export const findMembers = defineTool({
  name: "find_members",
  title: "Find members",
  description: [
    "List the members of an organization: name, email, role, teams, pending invitations.",
    "Use it to find who to assign or ask, or to check someone's role.",
    "Example: `find_members(organizationSlug: 'acme', query: 'jane')`.",
  ].join(" "),
  inputSchema: {
    organizationSlug,
    query: z.string().trim().max(200).optional().describe("Name or email text, or e.g. `role:admin`, `isInvited:true`."),
    cursor,
  },
  toolset: "projects",
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: true },
  async handler({ organizationSlug, query, cursor }, { sentry }) {
    const { items, nextCursor } = await listOrganizationMembers(sentry, organizationSlug, { query, cursor });
    const where = code(organizationSlug);
    if (items.length === 0) {
      if (cursor) return `No more members in ${where}: this page is empty. Call again without \`cursor\` to start over.`;
      return query ? `No member of ${where} matches ${code(query)}. Try part of a name or email, or omit \`query\`.` : `Organization ${where} has no members you can see.`;
    }
    const lines = items.map((member) =>
      describeMember(member, settingsUrl(sentry.baseUrl, organizationSlug, `members/${encodeURIComponent(member.id)}/`)),
    );
    return `# Members of ${where} (${items.length})\n\n${lines.join("\n")}${nextPageHint(nextCursor)}`;
  },
});
