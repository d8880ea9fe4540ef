import type { AppConfig } from "@/lib/env";
import { listConnections, type Connection } from "@/lib/oauth/connections";
import { resourceUrl } from "@/lib/oauth/resources";
import { readSettings } from "@/lib/settings/store";

/** What "Connected apps" shows a person. */
export type ConnectedAppsView = {
  connections: Connection[];
  /** The address to give an MCP client: the public origin's, which the tokens are bound to. */
  mcpUrl: string;
  /** The admin's "external MCP clients": off, every connection is refused and none can be made. */
  clientsAllowed: boolean;
};

export async function connectedAppsView(env: CloudflareEnv, config: AppConfig, userId: string): Promise<ConnectedAppsView> {
  const [{ settings }, connections] = await Promise.all([readSettings(env.KV, config), listConnections(env, config.appUrl, userId)]);
  return { connections, mcpUrl: resourceUrl(config.appUrl, "/mcp"), clientsAllowed: settings.externalMcpClients };
}
