import { getConfig } from "@/lib/env";
import { z } from "zod";
import { requireApiUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { assertSameOrigin, errorResponse, readJsonBody } from "@/lib/http";
import { renderPrompt, renderingContext } from "@/lib/mcp/prompts/render-prompt";

const bodySchema = z.object({
  prompt: z.string().max(100),
  arguments: z.record(z.string().max(100), z.string().max(2000)).default({}),
});

/** POST /api/prompts/render — the text a prompt form sends as the person's message. */
export async function POST(request: Request): Promise<Response> {
  try {
    // Validate.
    assertSameOrigin(request, getConfig().appUrl);
    const parsed = bodySchema.safeParse(await readJsonBody(request, 16 * 1024));
    if (!parsed.success) throw new AppError("bad_request", z.prettifyError(parsed.error));

    // Authenticate.
    await requireApiUser();

    // Work.
    return Response.json({ text: renderPrompt(renderingContext, parsed.data.prompt, parsed.data.arguments) });
  } catch (error) {
    return errorResponse(error);
  }
}
