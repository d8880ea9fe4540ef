// Unit tests for the pure scripting logic.
import { describe, expect, it } from "vitest";
import { DONE_TEXT, Script, applyTemplates, splitArguments, splitWords, toolOutputText } from "./script.ts";
import type { Conversation } from "./script.ts";
import { validateRules } from "./validate.ts";

const conv = (over: Partial<Conversation> = {}): Conversation => ({
  lastUserMessage: "hello",
  callableTools: [],
  toolOutputs: [],
  toolRounds: 0,
  ...over,
});

describe("script helpers", () => {
  it("splits words keeping following whitespace, losslessly", () => {
    expect(splitWords("Hello  big\nworld")).toEqual(["Hello  ", "big\n", "world"]);
    expect(splitWords(" lead")).toEqual([" ", "lead"]);
    expect(splitWords("")).toEqual([]);
    expect(splitArguments('{"q":"😀😀😀"}', 4).join("")).toBe('{"q":"😀😀😀"}');
  });

  it("extracts tool output text", () => {
    expect(toolOutputText(JSON.stringify({ content: [{ type: "text", text: "a" }, { type: "text", text: "b" }] }))).toBe("ab");
    expect(toolOutputText(JSON.stringify([{ type: "text", text: "x" }]))).toBe("x");
    expect(toolOutputText(JSON.stringify("str"))).toBe("str");
    expect(toolOutputText('{"other":1}')).toBe('{"other":1}');
    expect(toolOutputText("not json")).toBe("not json");
  });

  it("applies templates", () => {
    expect(applyTemplates("{{user_message}} → {{ tool_output }}", { userMessage: "u", toolOutput: "t" })).toBe("u → t");
  });

  it("validates rules", () => {
    expect(validateRules([{ match: "a", steps: [{ toolCalls: [{ name: "t" }] }] }])).toEqual([
      { match: "a", steps: [{ toolCalls: [{ name: "t", arguments: {} }] }] },
    ]);
    expect(() => validateRules([{ match: "a", steps: [{}] }])).toThrow(/needs/);
    expect(() => validateRules({})).toThrow(/array/);
  });
});

describe("Script.reply", () => {
  it("matches case-insensitively, by regex, and picks the step by tool rounds", () => {
    const s = new Script();
    s.add([
      { match: "^sho+w", regex: true, steps: [{ toolCalls: [{ name: "t", arguments: { q: "{{user_message}}" } }] }, { text: "got {{tool_output}}" }] },
    ]);
    const step0 = s.reply(conv({ lastUserMessage: "SHOOOW me", callableTools: ["t"] }));
    expect(step0.items).toEqual([{ type: "call", name: "t", arguments: '{"q":"SHOOOW me"}', chunks: expect.any(Array) }]);
    const step1 = s.reply(conv({ lastUserMessage: "show", toolRounds: 1, toolOutputs: [{ callId: "c", output: "X" }] }));
    expect(step1.items[0]).toMatchObject({ type: "text", text: "got X" });
    expect(s.reply(conv({ lastUserMessage: "show", toolRounds: 2 })).items[0]).toMatchObject({ text: DONE_TEXT });
  });

  it("falls back to built-ins and explains unavailable tools", () => {
    const s = new Script();
    expect(s.reply(conv({ lastUserMessage: "whoami please" })).items[0]).toMatchObject({
      text: "(offline model) The tool whoami is not available.",
    });
    expect(s.reply(conv({ lastUserMessage: "hi" })).items[0]).toMatchObject({ text: expect.stringContaining("Who am I?") });
  });

  it("built-ins find the organization first, then call the tool with its slug", () => {
    const s = new Script();
    const ask = { lastUserMessage: "Show me the unresolved issues", callableTools: ["find_organizations", "search_issues"] };
    expect(s.reply(conv(ask)).items[0]).toMatchObject({ type: "call", name: "find_organizations", arguments: "{}" });
    const orgs = { callId: "c1", name: "find_organizations", output: "# Organizations (1)\n\n- Acme — slug `acme`" };
    expect(s.reply(conv({ ...ask, toolRounds: 1, toolOutputs: [orgs] })).items[0]).toMatchObject({
      type: "call",
      name: "search_issues",
      arguments: '{"organizationSlug":"acme","query":"is:unresolved"}',
    });
    const issues = { callId: "c2", name: "search_issues", output: "PUMP-STATION-1" };
    expect(s.reply(conv({ ...ask, toolRounds: 2, toolOutputs: [orgs, issues] })).items[0]).toMatchObject({
      text: "Here are the unresolved issues:\n\nPUMP-STATION-1",
    });
  });

  it("says in words that a tool failed, never the raw error alone", () => {
    const s = new Script();
    const ask = { lastUserMessage: "Who am I?", callableTools: ["whoami"], toolRounds: 1 };
    const thrown = { callId: "c", name: "whoami", output: '"MCP error -32602: Input validation error: bad"' };
    expect(s.reply(conv({ ...ask, toolOutputs: [thrown] })).items[0]).toMatchObject({
      text: "Here is what Sentry says about you:\n\nThe `whoami` tool failed, so I can't answer that yet. It said: Input validation error: bad.",
    });
    const marked = { callId: "c", name: "whoami", output: JSON.stringify({ isError: true, content: [{ type: "text", text: "Sentry is down" }] }) };
    expect(s.reply(conv({ ...ask, toolOutputs: [marked] })).items[0]).toMatchObject({
      text: expect.stringContaining("The `whoami` tool failed, so I can't answer that yet. It said: Sentry is down."),
    });
  });

  it("removes once-rules after the final step", () => {
    const s = new Script();
    s.add([{ match: "", once: true, steps: [{ toolCalls: [{ name: "t" }] }, { text: "end" }] }]);
    s.reply(conv({ callableTools: ["t"] }));
    expect(s.rules).toHaveLength(1);
    expect(s.reply(conv({ toolRounds: 1 })).items[0]).toMatchObject({ text: "end" });
    expect(s.rules).toHaveLength(0);
  });
});
