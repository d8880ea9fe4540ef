import { describe, expect, it } from "vitest";
import { firstQuestion, shapeSnapshot, type SourceMessage } from "./snapshot";

const whoami = {
  type: "dynamic-tool",
  toolName: "whoami",
  toolCallId: "call_1",
  state: "output-available",
  input: { verbose: true },
  output: { content: [{ type: "text", text: "You are Jane Doe" }] },
  callProviderMetadata: { openai: { secret: "x" } },
};

const messages: SourceMessage[] = [
  { id: "u1", role: "user", parts: [{ type: "text", text: "Who   am\nI?" }], createdAt: 1 },
  {
    id: "a1",
    role: "assistant",
    parts: [{ type: "step-start" }, { type: "reasoning", text: "hmm" }, whoami, { type: "text", text: "You are **Jane**." }],
    metadata: { toolDurations: { call_1: 42 } },
    createdAt: 2,
  },
];

describe("shapeSnapshot", () => {
  it("keeps text and tool calls with arguments, results and durations, and nothing else", () => {
    expect(shapeSnapshot(messages)).toEqual([
      { id: "u1", role: "user", createdAt: 1, parts: [{ type: "text", text: "Who   am\nI?" }] },
      {
        id: "a1",
        role: "assistant",
        createdAt: 2,
        parts: [
          { type: "tool", toolName: "whoami", state: "done", input: '{\n  "verbose": true\n}', result: "You are Jane Doe", durationMs: 42 },
          { type: "text", text: "You are **Jane**." },
        ],
      },
    ]);
  });

  it("keeps a result's views that fit their kind, and only the views of its structured copy", () => {
    const table = { kind: "issue-table", issues: [] };
    const search = {
      ...whoami,
      toolName: "search_issues",
      output: { content: [{ type: "text", text: "No issues" }], structuredContent: { views: [table, { kind: "unknown" }], secret: "x" } },
    };
    const [shaped] = shapeSnapshot([{ ...messages[1], parts: [search] }]);
    expect(shaped.parts).toEqual([{ type: "tool", toolName: "search_issues", state: "done", input: '{\n  "verbose": true\n}', result: "No issues", views: [table], durationMs: 42 }]);
  });

  it("marks failed, denied and unfinished tool calls, and drops messages with nothing to show", () => {
    const shaped = shapeSnapshot([
      {
        id: "a2",
        role: "assistant",
        createdAt: 3,
        parts: [
          { ...whoami, state: "output-error", output: undefined, errorText: "Sentry is down" },
          { ...whoami, state: "output-denied", output: undefined },
          { ...whoami, state: "approval-requested", output: undefined },
          { ...whoami, output: { isError: true, content: [{ type: "text", text: "No such issue" }] } },
        ],
      },
      { id: "a3", role: "assistant", createdAt: 4, parts: [{ type: "step-start" }, { type: "text", text: "  " }] },
    ]);
    expect(shaped).toHaveLength(1);
    expect(shaped[0].parts.map((p) => (p.type === "tool" ? [p.state, p.result] : null))).toEqual([
      ["failed", "Sentry is down"],
      ["denied", ""],
      ["incomplete", ""],
      ["failed", "No such issue"],
    ]);
  });
});

describe("firstQuestion", () => {
  it("is the first user text on one line, shortened with an ellipsis", () => {
    const snapshot = shapeSnapshot(messages);
    expect(firstQuestion(snapshot)).toBe("Who am I?");
    expect(firstQuestion(snapshot, 5)).toBe("Who …");
    expect(firstQuestion([])).toBe("");
  });

  it("is the chip of a question sent from a prompt", () => {
    expect(firstQuestion(shapeSnapshot([promptMessage]))).toBe("Explain an issue · acme · PROJ-123");
  });
});

const chip = { name: "explain_issue", title: "Explain an issue", arguments: [{ name: "organization", value: "acme" }, { name: "issue", value: "PROJ-123" }] };
const promptMessage: SourceMessage = { id: "u9", role: "user", parts: [{ type: "text", text: "Explain the Sentry issue…" }], metadata: { prompt: chip }, createdAt: 9 };

describe("shapeSnapshot, prompts", () => {
  it("keeps the chip of a message sent from a prompt, and no chip where there was none", () => {
    const [shaped] = shapeSnapshot([promptMessage]);
    expect(shaped.prompt).toEqual(chip);
    expect(shapeSnapshot(messages)[0]).not.toHaveProperty("prompt");
  });
});
