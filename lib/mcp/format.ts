/**
 * Small Markdown helpers for tool output written for a model: key facts first, links to the
 * Sentry web UI, and a hint for the next page. Values from Sentry are user-controlled: they are
 * escaped where they land inside Markdown syntax.
 */

/** Escapes characters that would end or alter Markdown link text or inline formatting. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, "\\$1");
}

/** Inline code for ids and slugs; backticks inside become a double-backtick span. */
export function code(text: string | number): string {
  const value = String(text);
  return value.includes("`") ? `\`\` ${value} \`\`` : `\`${value}\``;
}

export function link(text: string, url: string | null | undefined): string {
  return url && /^https?:\/\//.test(url) ? `[${escapeMarkdown(text)}](${url.replaceAll(")", "%29")})` : escapeMarkdown(text);
}

/** A Sentry web UI URL: `https://<org>.sentry.io/<path>` on sentry.io, `<host>/organizations/<org>/<path>` elsewhere. */
export function webUrl(baseUrl: string, organization: string, path: string): string {
  const clean = path.replace(/^\/+/, "");
  const host = new URL(baseUrl);
  if (host.hostname === "sentry.io" || host.hostname.endsWith(".sentry.io")) {
    return `https://${organization}.sentry.io/${clean}`;
  }
  return `${host.origin}/organizations/${organization}/${clean}`;
}

export function nextPageHint(nextCursor: string | null): string {
  return nextCursor ? `\n\nMore results exist: call again with \`cursor: "${nextCursor}"\` for the next page.` : "";
}

/** The first `max` characters of user-written text, with an ellipsis when it was cut. */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

export function formatDate(value: string | null | undefined): string {
  if (!value) return "unknown";
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString().replace(".000Z", "Z");
}

/** A Markdown bullet list of `label: value`, skipping empty values. */
export function facts(entries: Array<[string, string | number | null | undefined]>): string {
  return entries
    .filter(([, value]) => value !== null && value !== undefined && value !== "")
    .map(([label, value]) => `- **${label}**: ${value}`)
    .join("\n");
}
