import { z } from "zod";
import { AppError } from "@/lib/errors";
import { eventId, normalizeEventId } from "@/lib/mcp/format-issues";
import { code, escapeMarkdown, facts, formatDate, link, nextPageHint, webUrl } from "@/lib/mcp/format";
import { cursor, organizationSlug, projectSlug } from "@/lib/mcp/params";
import { defineTool } from "@/lib/mcp/tool";
import { listProjectEventAttachments, type Attachment } from "@/lib/sentry/events";

/** `248137` → `242.3 KiB`. */
export function formatBytes(size: number | null | undefined): string {
  if (size == null) return "unknown size";
  if (size < 1024) return `${size} B`;
  const units = ["KiB", "MiB", "GiB"];
  let value = size / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

function attachmentFacts(attachment: Attachment): Array<[string, string | null]> {
  return [
    ["Attachment id", code(attachment.id)],
    ["Type", attachment.mimetype ? code(attachment.mimetype) : null],
    ["Kind", attachment.type ? code(attachment.type) : null],
    ["Size", `${formatBytes(attachment.size)}${attachment.size == null ? "" : ` (${attachment.size.toLocaleString("en-US")} bytes)`}`],
    ["Created", attachment.dateCreated ? formatDate(attachment.dateCreated) : null],
    ["SHA-1", attachment.sha1 ? code(attachment.sha1) : null],
  ];
}

export const getEventAttachment = defineTool({
  name: "get_event_attachment",
  title: "Get event attachments",
  description:
    "List an event's attachments (screenshots, minidumps, logs: name, type, size, id), or one attachment's metadata; never the content. Example: `projectSlug: 'mobile-app', eventId: '9b29bbe17e9d4ee3a6d0fe9b2e8a3b1c'`.",
  inputSchema: {
    organizationSlug,
    projectSlug,
    eventId,
    attachmentId: z
      .string()
      .trim()
      .regex(/^\d{1,20}$/, "a numeric attachment id, e.g. `1234`")
      .optional()
      .describe("One attachment (id from this tool's list); omit to list all"),
    cursor,
  },
  toolset: "events",
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: true },
  async handler({ organizationSlug: org, projectSlug: project, eventId: rawEventId, attachmentId, cursor }, { sentry }) {
    const id = normalizeEventId(rawEventId);
    const { items, nextCursor } = await listProjectEventAttachments(sentry, org, project, id, { cursor });
    const eventUrl = webUrl(sentry.baseUrl, org, `projects/${encodeURIComponent(project)}/events/${encodeURIComponent(id)}/`);
    const eventLink = link("Open the event in Sentry", eventUrl);

    if (attachmentId) {
      const attachment = items.find((item) => item.id === attachmentId);
      if (!attachment) {
        const known = items.map((item) => item.id).join(", ");
        throw new AppError(
          "not_found",
          `Event ${id} in project ${project} has no attachment ${attachmentId}${known ? ` (its attachments: ${known})` : " (it has no attachments)"}${nextCursor ? `; more attachments exist, try again with cursor "${nextCursor}"` : ""}.`,
        );
      }
      return `# Attachment ${code(attachment.id)}: ${escapeMarkdown(attachment.name)}\n\n${facts([...attachmentFacts(attachment), ["Event", code(id)], ["Link", eventLink]])}\n\nThe content is not downloaded here.`;
    }

    if (items.length === 0) {
      return `Event ${code(id)} in project ${code(project)} has no attachments.`;
    }
    const lines = items.map(
      (item) =>
        `- ${code(item.id)} **${escapeMarkdown(item.name)}** — ${item.mimetype ? code(item.mimetype) : "unknown type"}, ${formatBytes(item.size)}` +
        `${item.type ? `, kind ${code(item.type)}` : ""}`,
    );
    return (
      `# Attachments of event ${code(id)} (${items.length})\n\n${lines.join("\n")}\n\n${eventLink}. ` +
      "Only metadata is shown; the content is not downloaded." +
      nextPageHint(nextCursor)
    );
  },
});
