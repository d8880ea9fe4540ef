import { eventFacts } from "@/lib/mcp/format-issues";
import { codeBlock, formatStacktrace } from "@/lib/mcp/format-stacktrace";
import { code, escapeMarkdown, facts, link } from "@/lib/mcp/format";
import type { SentryEvent } from "@/lib/sentry/events";

/** Tags already shown as facts. */
const FACT_TAGS = new Set(["environment", "release", "sentry:release"]);
const MAX_TAGS = 30;

/** One event as Markdown: facts and link first, then its message, tags and in-app stack trace. */
export function formatEvent(event: SentryEvent, options: { shownId: string; project?: string; groupId?: string | null; url: string }): string {
  const title = event.title || event.metadata?.title || "(untitled event)";
  const sections = [
    `# Event ${code(options.shownId)}: ${escapeMarkdown(title)}`,
    facts([
      ...eventFacts(event),
      ["Project", options.project ? code(options.project) : null],
      ["Issue id", options.groupId ? `${code(options.groupId)} (see \`get_issue_details\`)` : null],
      ["Link", link("Open in Sentry", options.url)],
    ]),
  ];
  if (event.message && event.message !== event.title) sections.push(`## Message\n\n${codeBlock([event.message.slice(0, 1000)])}`);
  const tags = (event.tags ?? []).filter((tag) => !FACT_TAGS.has(tag.key));
  if (tags.length > 0) {
    const lines = tags.slice(0, MAX_TAGS).map((tag) => `- ${code(tag.key)}: ${tag.value == null ? "(empty)" : code(tag.value)}`);
    if (tags.length > MAX_TAGS) lines.push(`- … and ${tags.length - MAX_TAGS} more`);
    sections.push(`## Tags\n\n${lines.join("\n")}`);
  }
  sections.push(`## Exception\n\n${formatStacktrace(event.entries) ?? "This event has no exception stack trace."}`);
  return sections.join("\n\n");
}
