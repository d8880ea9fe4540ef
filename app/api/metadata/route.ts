import { getCloudflareContext } from "@opennextjs/cloudflare";
import { requireApiUser } from "@/lib/auth/session";
import { etagOf, ifNoneMatchHits } from "@/lib/etag";
import { errorResponse } from "@/lib/http";
import { describeMcp } from "@/lib/mcp/metadata";
import { loadEffectiveConfig } from "@/lib/settings/effective";
import { toolPolicy, type ToolPolicy } from "@/lib/settings/tool-policy";

/**
 * The registries are fixed at build time and the admin's tool settings change rarely, so one
 * serialisation per isolate serves every request until the settings change.
 */
let described: { policy: string; result: Promise<{ body: string; etag: string }> } | undefined;

function metadata(policy: ToolPolicy) {
  const key = JSON.stringify(policy);
  if (described?.policy !== key) {
    described = {
      policy: key,
      result: (async () => {
        const body = JSON.stringify(describeMcp(policy));
        return { body, etag: await etagOf(body) };
      })(),
    };
  }
  return described.result;
}

/** GET /api/metadata — the MCP tools and prompts, for the chat's /tools, /prompts and prompt forms. */
export async function GET(request: Request): Promise<Response> {
  try {
    // Authenticate (nothing to validate; nothing per-user to authorize).
    await requireApiUser();

    // Work.
    const { config, settings } = await loadEffectiveConfig(getCloudflareContext().env);
    const { body, etag } = await metadata(toolPolicy(config, settings));
    const headers = { "cache-control": "private, max-age=300", etag };
    if (ifNoneMatchHits(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
    return new Response(body, { headers: { ...headers, "content-type": "application/json" } });
  } catch (error) {
    return errorResponse(error);
  }
}
