import { getConfig } from "@/lib/env";
import { getCloudflareContext } from "@opennextjs/cloudflare";
import { z } from "zod";
import { getAccessToken } from "@/lib/auth/access-token";
import { requireApiUser } from "@/lib/auth/session";
import { loadEffectiveConfig } from "@/lib/settings/effective";
import { AppError } from "@/lib/errors";
import { assertSameOrigin, errorResponse, readJsonBody } from "@/lib/http";
import { completePromptArgument } from "@/lib/mcp/prompts/complete-argument";
import { sentryClientFor } from "@/lib/sentry/for-deployment";

const bodySchema = z.object({
  prompt: z.string().max(100),
  argument: z.string().max(100),
  value: z.string().max(200),
  arguments: z.record(z.string().max(100), z.string().max(200)).default({}),
});

/** POST /api/prompts/complete — suggestions for a prompt form's argument (organization, project). */
export async function POST(request: Request): Promise<Response> {
  try {
    // Validate.
    assertSameOrigin(request, getConfig().appUrl);
    const parsed = bodySchema.safeParse(await readJsonBody(request, 8 * 1024));
    if (!parsed.success) throw new AppError("bad_request", z.prettifyError(parsed.error));

    // Authenticate (suggestions come from Sentry with the person's own token, so they only see their data).
    const user = await requireApiUser();
    const { env } = getCloudflareContext();
    const { config } = await loadEffectiveConfig(env);
    const token = await getAccessToken(env.KV, config, user.id);

    // Work.
    const sentry = sentryClientFor(config, env.KV, token);
    const values = await completePromptArgument({ sentry, constraints: {} }, parsed.data);
    return Response.json({ values }, { headers: { "cache-control": "private, no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
