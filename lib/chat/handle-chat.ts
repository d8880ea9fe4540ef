import {
  convertToModelMessages,
  createIdGenerator,
  createUIMessageStreamResponse,
  experimental_streamTextLowMemory as streamText,
  isStepCount,
  type UIMessageChunk,
} from "ai";
import { z } from "zod";
import { getAccessToken } from "@/lib/auth/access-token";
import { requireRequestUser } from "@/lib/auth/request-user";
import { approvalFor } from "@/lib/chat/approvals";
import { prepareHistory } from "@/lib/chat/history";
import { connectSentryTools } from "@/lib/chat/mcp-tools";
import type { MessageMetadata } from "@/lib/chat/message-metadata";
import { createChatModel } from "@/lib/chat/model";
import { readForBrowser, replyStatus } from "@/lib/chat/persist-reply";
import { chatRequestSchema, MAX_CHAT_BODY_BYTES } from "@/lib/chat/request";
import { watchForStop } from "@/lib/chat/stop-signal";
import { systemPrompt } from "@/lib/chat/system-prompt";
import { storeReply } from "@/lib/db/messages";
import { MAX_REPLY_MS, newReplyClaim, releaseReply } from "@/lib/db/reply-claims";
import { getConfig } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { assertSameOrigin, errorResponse, readJsonBody } from "@/lib/http";
import { chatTelemetry } from "@/lib/observability/chat-telemetry";
import { identifyUser, reportError } from "@/lib/observability/report";
import { noteEnd } from "@/lib/observability/request-record";
import { loadEffectiveConfig } from "@/lib/settings/effective";
import { toolPolicy } from "@/lib/settings/tool-policy";
import { dailyQuota } from "@/lib/usage/quota";

/** The model's 429s and 5xx are retried with backoff (honouring retry-after) before the person sees an error. */
const MODEL_RETRIES = 2;
const generateMessageId = createIdGenerator({ prefix: "msg", size: 16 });

/**
 * POST /api/chat. Served from the worker entry, ahead of Next.js: the Next.js request pipeline
 * alone cost more than the whole time-to-first-token budget, and under many concurrent chats its
 * CPU time queues in the isolate.
 */
export async function handleChat(request: Request, env: CloudflareEnv, ctx: ExecutionContext): Promise<Response> {
  try {
    // Validate.
    assertSameOrigin(request, getConfig(env).appUrl);
    const parsed = chatRequestSchema.safeParse(await readJsonBody(request, MAX_CHAT_BODY_BYTES));
    if (!parsed.success) throw new AppError("bad_request", z.prettifyError(parsed.error));
    const chatRequest = parsed.data;
    const conversationId = chatRequest.id;

    // Authenticate: a session, and a Sentry grant that still works (else reauth_required, before
    // anything is stored, so the client keeps the message as a draft while the person signs in).
    // The admin's settings are read fresh (a change applies to this very request) while the session is checked.
    const [user, { config, settings }] = await Promise.all([
      requireRequestUser(request, getConfig(env).authSecret),
      loadEffectiveConfig(env),
    ]);
    identifyUser(user.id);
    // The grant is read while the rate limiter answers (both wait on I/O); the limit is reported first.
    const limit = env.CHAT_RATE_LIMITER.limit({ key: user.id });
    const grant = getAccessToken(env.KV, config, user.id);
    grant.catch(() => {});
    if (!(await limit).success) {
      throw new AppError("rate_limited", "You are sending messages too quickly. Wait a minute and try again.", {
        retryAfter: 60,
      });
    }
    const accessToken = await grant;

    // The tool definitions load (cached in the isolate, per tool policy, after the first chat) while
    // the history is prepared.
    const policy = toolPolicy(config, settings);
    const connecting = connectSentryTools(env.WORKER_SELF_REFERENCE, accessToken, {
      cacheKey: JSON.stringify(policy),
      mcpUrl: `${config.appUrl}/mcp`,
    });
    // Handled below, after the history; this keeps an early failure from being reported as unhandled.
    connecting.catch(() => {});

    // Within the daily quota, authorize and keep what the person sent: the conversation is theirs (or
    // new), and claimed for this reply, the only one in flight there.
    const claim = newReplyClaim();
    const messages = await prepareHistory(env.DB, user.id, chatRequest, dailyQuota(settings.dailyMessageQuota), claim).catch(
      async (error: unknown) => {
        await connecting.then((sentry) => sentry.close()).catch(() => {});
        throw error;
      },
    );
    // The claim goes when the reply is stored (onEnd); until the reply runs, every way out gives it back.
    const release = () => releaseReply(env.DB, user.id, conversationId, claim.id).catch((error: unknown) => reportError(error, "chat reply release"));

    // Work.
    const sentry = await connecting.catch(async (cause: unknown) => {
      await release();
      throw new AppError("upstream_unavailable", "The Sentry tools are unavailable right now. Try again shortly.", { cause });
    });
    const stop = watchForStop(env.KV, conversationId);
    const toolDurations: Record<string, number> = {};
    // Whether the reply was stored, once onEnd has tried.
    let stored: boolean | undefined;
    const result = streamText({
      model: createChatModel(config, settings.model),
      instructions: systemPrompt(settings.systemPromptExtra),
      // With the tools, earlier results reach the model as their tools send them (MCP results: the text
      // content only, not the structured copy the cards draw from).
      messages: await convertToModelMessages(messages, { tools: sentry.tools }),
      tools: sentry.tools,
      // Writes wait for the person; the decision is read from the stored conversation only.
      toolApproval: ({ toolCall }) => approvalFor(toolCall.toolName),
      stopWhen: isStepCount(settings.maxSteps),
      maxRetries: MODEL_RETRIES,
      // Bounded, so the conversation's claim can expire without ever cutting a live reply short.
      timeout: { totalMs: MAX_REPLY_MS },
      telemetry: { integrations: chatTelemetry() },
      abortSignal: stop.signal,
      onToolExecutionEnd: ({ callId, toolExecutionMs }) => {
        toolDurations[callId] = toolExecutionMs;
      },
    });

    const stream = result.toUIMessageStream({
      originalMessages: messages,
      generateMessageId,
      messageMetadata: ({ part }): MessageMetadata | undefined =>
        part.type === "finish-step" || part.type === "finish" ? { toolDurations: { ...toolDurations } } : undefined,
      onError: (error) => {
        console.error(JSON.stringify({ msg: "chat stream error", error: String(error) }));
        reportError(error, "chat stream");
        return "The assistant could not finish this reply. Try again.";
      },
      // Awaited before the stream ends: whatever the person does next (share, reload, ask again)
      // sees the reply in D1, in order, and the conversation free for the next message. A continued
      // reply (after an approval) is the stored message, extended.
      onEnd: async (end) => {
        stored = await storeReply(env.DB, user.id, conversationId, end.responseMessage, replyStatus(end), claim.id).then(
          () => true,
          (error: unknown) => {
            console.error(JSON.stringify({ msg: "chat reply not stored", error: String(error) }));
            reportError(error, "chat reply store");
            return false;
          },
        );
      },
    });
    // Read to the end whatever the browser does (the worker keeps running for it through
    // waitUntil); the browser's copy ends by saying so if the reply could not be stored.
    const { browser, ended } = readForBrowser(stream, (): UIMessageChunk[] =>
      stored === false ? [{ type: "message-metadata", messageMetadata: { notSaved: true } satisfies MessageMetadata }] : [],
    );
    // Once the stream has ended, nothing uses /mcp any more.
    const finished = ended
      // A stream that breaks (not a model error: those end the reply as an error) cannot be stored.
      .catch((error: unknown) => reportError(error, "chat stream"))
      .finally(async () => {
        stop.done();
        if (stored === undefined) await release();
        return sentry.close();
      });
    ctx.waitUntil(finished);
    noteEnd(finished);
    return createUIMessageStreamResponse({ stream: browser });
  } catch (error) {
    return errorResponse(error);
  }
}
