/**
 * The chat's model steps and tool executions as spans, through the AI SDK's telemetry hooks. Only
 * names, models, timings, finish reasons and token counts are recorded: never the messages the
 * hooks are also handed. The tool names also go on the request's log line. (Not `gen_ai.*` ops:
 * the SDK sends those apart from their transaction, as streamed spans, which not every Sentry takes.)
 */
import type { Telemetry } from "ai";
import type { Span } from "@sentry/cloudflare";
import { noteTool } from "@/lib/observability/request-record";
import { activeSdk } from "@/lib/observability/sdk";

export function chatTelemetry(): Telemetry {
  const steps = new Map<string, Span>();
  const tools = new Map<string, Span>();
  const sdk = activeSdk();
  return {
    onStepStart: (event) => {
      const span = sdk?.startInactiveSpan({
        name: `model step ${event.stepNumber}`,
        op: "chat.model_step",
        attributes: { "gen_ai.system": event.provider, "gen_ai.request.model": event.modelId, "gen_ai.step": event.stepNumber },
      });
      if (span) steps.set(event.callId, span);
    },
    onStepEnd: (event) => {
      const span = steps.get(event.callId);
      if (!span) return;
      steps.delete(event.callId);
      span.setAttributes({
        "gen_ai.response.finish_reason": event.finishReason,
        "gen_ai.usage.input_tokens": event.usage.inputTokens,
        "gen_ai.usage.output_tokens": event.usage.outputTokens,
      });
      if (event.finishReason === "error") span.setStatus({ code: 2, message: "model_error" });
      span.end();
    },
    onStepError: (event) => {
      const span = steps.get(event.callId);
      if (!span) return;
      steps.delete(event.callId);
      span.setStatus({ code: 2, message: "model_error" });
      span.end();
    },
    onToolExecutionStart: (event) => {
      const name = event.toolCall.toolName;
      const span = sdk?.startInactiveSpan({ name: `execute_tool ${name}`, op: "chat.tool", attributes: { "gen_ai.tool.name": name } });
      if (span) tools.set(event.toolCall.toolCallId, span);
    },
    onToolExecutionEnd: (event) => {
      noteTool(event.toolCall.toolName);
      const span = tools.get(event.toolCall.toolCallId);
      if (!span) return;
      tools.delete(event.toolCall.toolCallId);
      const failed = event.toolOutput.type === "tool-error";
      span.setAttribute("gen_ai.tool.error", failed);
      if (failed) span.setStatus({ code: 2, message: "tool_error" });
      span.end();
    },
  };
}
