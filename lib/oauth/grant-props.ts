import type { Toolset } from "@/lib/mcp/toolsets";

/**
 * What a grant holds for the MCP server (encrypted by the OAuth library): who approved it and the
 * pinning chosen on the consent page. Never a Sentry token: each request takes the person's current
 * one from the token store that sign-in keeps and refreshes.
 */
export type GrantProps = {
  userId: string;
  /** Names this connection in "Connected apps" and in its last-used record. */
  connectionId: string;
  organization?: string;
  project?: string;
  /** The tool groups chosen on the consent page (with `core`); absent: every tool. */
  toolsets?: Toolset[];
};

/** The grant's metadata, readable when listing grants (not encrypted: no secrets here). */
export type GrantMetadata = {
  connectionId: string;
  clientName: string;
  organization?: string;
  project?: string;
};

export function isGrantMetadata(value: unknown): value is GrantMetadata {
  const metadata = value as Partial<GrantMetadata> | null;
  return typeof metadata?.connectionId === "string" && typeof metadata.clientName === "string";
}
