/** The composer's slash commands: typed at the start of an empty message, chosen from a menu. */
export const SLASH_COMMANDS = [
  { name: "help", description: "What Sentry Chat can do and how to use it" },
  { name: "prompts", description: "Start from a prompt template (triage, explain an issue, …)" },
  { name: "tools", description: "The Sentry tools the assistant can use" },
  { name: "clear", description: "Remove this conversation's messages and start it over" },
  { name: "new", description: "Open a new chat" },
  { name: "share", description: "Share this conversation as a link" },
] as const;

export type SlashCommandName = (typeof SLASH_COMMANDS)[number]["name"];

/** The commands the menu offers for what has been typed so far: only while the input is `/word`. */
export function matchCommands(input: string): Array<(typeof SLASH_COMMANDS)[number]> {
  const match = /^\/(\w*)$/.exec(input);
  if (!match) return [];
  const prefix = match[1].toLowerCase();
  return SLASH_COMMANDS.filter((command) => command.name.startsWith(prefix));
}

/** The command an input names exactly (`/help`, ` /help `), or null for ordinary text. */
export function parseCommand(input: string): SlashCommandName | null {
  const match = /^\/(\w+)$/.exec(input.trim());
  const name = match?.[1].toLowerCase();
  return SLASH_COMMANDS.find((command) => command.name === name)?.name ?? null;
}
