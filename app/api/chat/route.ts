import { getCloudflareContext } from "@opennextjs/cloudflare";
import { convertToModelMessages, createIdGenerator, isStepCount, streamText, type UIMessage } from "ai";
import { z } from "zod";
import { getAccessToken } from "@/lib/auth/access-token";
import { requireApiUser } from "@/lib/auth/session";
import { connectSentryTools } from "@/lib/chat/mcp-tools";
import { createChatModel } from "@/lib/chat/model";
import { chatRequestSchema, MAX_CHAT_BODY_BYTES } from "@/lib/chat/request";
import { systemPrompt } from "@/lib/chat/system-prompt";
import { openConversation } from "@/lib/db/conversations";
import { listMessages, saveMessage } from "@/lib/db/messages";
import { getConfig } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { assertSameOrigin, errorResponse, readJsonBody } from "@/lib/http";

const MAX_STEPS = 10;
const generateMessageId = createIdGenerator({ prefix: "msg", size: 16 });

export async function POST(request: Request): Promise<Response> {
  try {
    // Validate.
    assertSameOrigin(request);
    const parsed = chatRequestSchema.safeParse(await readJsonBody(request, MAX_CHAT_BODY_BYTES));
    if (!parsed.success) throw new AppError("bad_request", z.prettifyError(parsed.error));
    const { id: conversationId, message } = parsed.data;

    // Authenticate: a session, and a Sentry grant that still works (else reauth_required, before
    // anything is stored, so the client keeps the message as a draft while the person signs in).
    const user = await requireApiUser();
    const { env, ctx } = getCloudflareContext();
    const config = getConfig(env);
    if (!(await env.CHAT_RATE_LIMITER.limit({ key: user.id })).success) {
      throw new AppError("rate_limited", "You are sending messages too quickly. Wait a minute and try again.", {
        retryAfter: 60,
      });
    }
    const accessToken = await getAccessToken(env.KV, config, user.id);

    // Authorize: the conversation is the user's own (or new); the user's message is kept first.
    await openConversation(env.DB, user.id, conversationId, message.parts[0].text);
    const history = await listMessages(env.DB, user.id, conversationId);
    await saveMessage(env.DB, user.id, conversationId, message, "complete");

    // Work.
    const mcp = await connectSentryTools(env.WORKER_SELF_REFERENCE, accessToken).catch((cause: unknown) => {
      throw new AppError("upstream_unavailable", "The Sentry tools are unavailable right now. Try again shortly.", { cause });
    });
    const messages: UIMessage[] = [
      ...history.filter((m) => m.id !== message.id).map(({ id, role, parts }) => ({ id, role, parts })),
      message,
    ];
    const result = streamText({
      model: createChatModel(config),
      instructions: systemPrompt(),
      messages: await convertToModelMessages(messages),
      tools: await mcp.tools(),
      stopWhen: isStepCount(MAX_STEPS),
      onEnd: () => mcp.close(),
      onError: () => mcp.close(),
    });

    // The reply is generated and stored even when the browser goes away mid-stream.
    let saved: () => void = () => {};
    ctx.waitUntil(new Promise<void>((resolve) => (saved = resolve)));
    ctx.waitUntil(Promise.resolve(result.consumeStream()));
    return result.toUIMessageStreamResponse({
      originalMessages: messages,
      generateMessageId,
      onError: (error) => {
        console.error(JSON.stringify({ msg: "chat stream error", error: String(error) }));
        return "The assistant could not finish this reply. Try again.";
      },
      onEnd: async ({ responseMessage, isAborted, outcome }) => {
        const status = isAborted ? "aborted" : outcome.status === "failed" ? "error" : "complete";
        await saveMessage(env.DB, user.id, conversationId, responseMessage, status).finally(saved);
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
