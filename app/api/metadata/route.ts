import { requireApiUser } from "@/lib/auth/session";
import { etagOf, ifNoneMatchHits } from "@/lib/etag";
import { errorResponse } from "@/lib/http";
import { describeMcp } from "@/lib/mcp/metadata";

/** The registries are fixed at build time, so one serialisation per isolate serves every request. */
let described: Promise<{ body: string; etag: string }> | undefined;

function metadata() {
  described ??= (async () => {
    const body = JSON.stringify(describeMcp());
    return { body, etag: await etagOf(body) };
  })();
  return described;
}

/** GET /api/metadata — the MCP tools and prompts, for the chat's /tools, /prompts and prompt forms. */
export async function GET(request: Request): Promise<Response> {
  try {
    // Authenticate (nothing to validate; nothing per-user to authorize).
    await requireApiUser();

    // Work.
    const { body, etag } = await metadata();
    const headers = { "cache-control": "private, max-age=300", etag };
    if (ifNoneMatchHits(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
    return new Response(body, { headers: { ...headers, "content-type": "application/json" } });
  } catch (error) {
    return errorResponse(error);
  }
}
