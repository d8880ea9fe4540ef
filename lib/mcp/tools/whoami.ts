import { defineTool } from "@/lib/mcp/tool";
import { getAuthenticatedUser } from "@/lib/sentry/users";

export const whoami = defineTool({
  name: "whoami",
  title: "Who am I",
  description:
    "The Sentry user this conversation acts as (name, email, id).",
  inputSchema: {},
  toolset: "core",
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: true },
  async handler(_args, { sentry }) {
    const user = await getAuthenticatedUser(sentry);
    return [
      `You are signed in to Sentry as **${user.name || user.username || "an unnamed user"}**.`,
      "",
      `- Email: ${user.email ?? "not shared"}`,
      `- User ID: ${user.id}`,
      `- Sentry: ${sentry.baseUrl}`,
    ].join("\n");
  },
});
