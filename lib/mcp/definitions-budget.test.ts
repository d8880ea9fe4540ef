import { encode } from "gpt-tokenizer/encoding/o200k_base";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startChatHarness, type ChatHarness } from "@/lib/chat/test-support";
import { tools } from "@/lib/mcp/tools";

/** Issue #16: every tool in the registry, as the model is sent them, in at most this many o200k tokens. */
const DEFINITIONS_BUDGET = 10_000;

let harness: ChatHarness;
beforeAll(async () => (harness = await startChatHarness()));
afterAll(() => harness.close());

describe("the tool definitions", () => {
  it("are the same bytes, in the registry's order, on every tools/list", async () => {
    const first = await harness.listToolsRaw();
    expect(await harness.listToolsRaw()).toBe(first);
    const listed = JSON.parse(first.replace(/^[\s\S]*?data: /, "")) as { result: { tools: Array<{ name: string }> } };
    expect(listed.result.tools.map((tool) => tool.name)).toEqual(tools.map((tool) => tool.name));
  });

  it(`fit in ${DEFINITIONS_BUDGET.toLocaleString("en-US")} o200k tokens as the chat sends them to the model, the same on every step`, async () => {
    const { requests } = await harness.turn([], "Which issues are unresolved?");
    expect(requests.length).toBeGreaterThan(1);
    const sent = requests.map((request) => JSON.stringify(request.body.tools));
    expect(new Set(sent).size).toBe(1);
    const definitions = JSON.parse(sent[0]) as unknown[];
    expect(definitions).toHaveLength(tools.length);
    expect(encode(sent[0]).length).toBeLessThanOrEqual(DEFINITIONS_BUDGET);
  });
});
