/**
 * Links in model and tool output are untrusted: only absolute http(s) and mailto URLs survive;
 * anything else (javascript:, data:, relative paths, other schemes) is dropped.
 */
export function safeLinkUrl(url: string): string {
  const trimmed = url.trim();
  if (!/^(https?:\/\/|mailto:)/i.test(trimmed)) return "";
  try {
    const parsed = new URL(trimmed);
    return ["http:", "https:", "mailto:"].includes(parsed.protocol) ? parsed.href : "";
  } catch {
    return "";
  }
}
