// Wire compatibility with the real AI SDK (`ai` + `@ai-sdk/openai`), both OpenAI APIs.
import { createOpenAI } from "@ai-sdk/openai";
import { jsonSchema, stepCountIs, streamText, tool } from "ai";
import type { LanguageModel } from "ai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startOpenAIStandIn } from "./server.ts";
import type { OpenAIStandIn } from "./server.ts";
import { controlClient } from "./test-helpers.ts";

let standIn: OpenAIStandIn;
let control: ReturnType<typeof controlClient>;
let provider: ReturnType<typeof createOpenAI>;

beforeAll(async () => {
  standIn = await startOpenAIStandIn();
  control = controlClient(standIn.url);
  provider = createOpenAI({ baseURL: `${standIn.url}/v1`, apiKey: "test" });
});
afterAll(() => standIn.close());
beforeEach(() => control.reset());

const apis: Array<[string, () => LanguageModel, "responses" | "chat"]> = [
  ["Responses API (provider.responses)", () => provider.responses("gpt-4o"), "responses"],
  ["Responses API (provider default)", () => provider("gpt-4o"), "responses"],
  ["Chat Completions (provider.chat)", () => provider.chat("gpt-4o"), "chat"],
];

function whoamiTool(output: unknown, calls: unknown[]) {
  return tool({
    description: "Who is the current Sentry user?",
    inputSchema: jsonSchema<{ verbose?: boolean }>({
      type: "object",
      properties: { verbose: { type: "boolean" } },
      additionalProperties: false,
    }),
    execute: async (input) => {
      calls.push(input);
      return output;
    },
  });
}

describe.each(apis)("%s", (_label, model, api) => {
  it("streams a scripted text reply as several deltas, with usage", async () => {
    const text = "Once upon a time, a stand-in answered every request.";
    await control.script([{ match: "tell me a story", steps: [{ text }] }]);
    const errors: unknown[] = [];
    const result = streamText({ model: model(), prompt: "Please TELL me a story", onError: ({ error }) => void errors.push(error) });
    const deltas: string[] = [];
    for await (const d of result.textStream) deltas.push(d);

    expect(errors).toEqual([]);
    expect(deltas.length).toBeGreaterThan(3);
    expect(deltas.join("")).toBe(text);
    expect(await result.text).toBe(text);
    expect(await result.finishReason).toBe("stop");
    const usage = await result.usage;
    expect(usage.inputTokens).toBeGreaterThan(0);
    expect(usage.outputTokens).toBeGreaterThan(0);
    expect(usage.totalTokens).toBe((usage.inputTokens ?? 0) + (usage.outputTokens ?? 0));

    const [recorded] = await control.requests();
    expect(recorded?.api).toBe(api);
    expect(recorded?.model).toBe("gpt-4o");
    expect(recorded?.lastUserMessage).toBe("Please TELL me a story");
    expect(recorded?.headers.authorization).toBe("Bearer test");
  });

  it("runs a scripted tool call across two steps, feeding {{tool_output}} back", async () => {
    await control.script([
      {
        match: "who is this",
        steps: [{ toolCalls: [{ name: "whoami", arguments: { verbose: true } }] }, { text: "You are: {{tool_output}}" }],
      },
    ]);
    const calls: unknown[] = [];
    const errors: unknown[] = [];
    const result = streamText({
      model: model(),
      prompt: "who is this?",
      tools: { whoami: whoamiTool("Jane Doe <jane@example.com>", calls) },
      stopWhen: stepCountIs(5),
      onError: ({ error }) => void errors.push(error),
    });
    const text = await result.text;

    expect(errors).toEqual([]);
    expect(calls).toEqual([{ verbose: true }]);
    expect(text).toBe("You are: Jane Doe <jane@example.com>");
    const steps = await result.steps;
    expect(steps).toHaveLength(2);
    expect(steps[0]?.finishReason).toBe("tool-calls");
    expect(steps[0]?.toolCalls.map((c) => c.toolName)).toEqual(["whoami"]);
    const total = await result.totalUsage;
    expect(total.inputTokens).toBeGreaterThan(0);
    expect(total.outputTokens).toBeGreaterThan(0);

    const requests = await control.requests();
    expect(requests).toHaveLength(2);
    expect(requests[0]?.tools).toEqual(["whoami"]);
    expect(requests[0]?.toolOutputs).toEqual([]);
    expect(requests[1]?.toolOutputs).toEqual([
      { callId: expect.stringMatching(/^call_/), name: "whoami", output: "Jane Doe <jane@example.com>" },
    ]);
  });

  it("built-in rule: 'Who am I?' calls whoami and unwraps MCP-shaped output", async () => {
    const calls: unknown[] = [];
    const result = streamText({
      model: model(),
      prompt: "Who am I?",
      tools: { whoami: whoamiTool({ content: [{ type: "text", text: "You are **Jane**." }] }, calls) },
      stopWhen: stepCountIs(5),
    });
    expect(await result.text).toBe("Here is what Sentry says about you:\n\nYou are **Jane**.");
    expect(calls).toEqual([{}]);
  });

  it("built-ins: unknown phrases get the offline help; missing tools are explained", async () => {
    const help = streamText({ model: model(), prompt: "hello!" });
    expect(await help.text).toContain("offline demo model");
    const noTool = streamText({ model: model(), prompt: "Show my projects" });
    expect(await noTool.text).toBe("(offline model) The tool find_organizations is not available.");
  });
});
