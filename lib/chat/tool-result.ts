/** MCP tool results arrive as `{ content: [{ type: "text", text }] }`; this is their text. */
export function toolResultText(output: unknown): string {
  const content = (output as { content?: unknown } | null)?.content;
  if (Array.isArray(content)) {
    return content
      .map((part: { type?: string; text?: string }) => (part?.type === "text" && typeof part.text === "string" ? part.text : ""))
      .filter(Boolean)
      .join("\n\n");
  }
  if (output === undefined) return "";
  return typeof output === "string" ? output : JSON.stringify(output, null, 2);
}

/** Whether a result carries views (lib/tool-views) for its card to draw; what they hold is checked where they are drawn. */
export function hasToolViews(output: unknown): boolean {
  const views = (output as { structuredContent?: { views?: unknown } } | null)?.structuredContent?.views;
  return Array.isArray(views) && views.length > 0;
}
