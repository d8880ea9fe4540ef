import type { UIMessage } from "ai";
import { describe, expect, it } from "vitest";
import { EARLIER_RESULT_CHARS, shortenEarlierToolResults } from "@/lib/chat/history-cut";

const mcpResult = (text: string) => ({ content: [{ type: "text", text }], isError: false });

const toolReply = (id: string, output: unknown): UIMessage => ({
  id,
  role: "assistant",
  parts: [
    { type: "text", text: "Here is what I found." },
    { type: "dynamic-tool", toolName: "get_issue_details", toolCallId: `call-${id}`, state: "output-available", input: { issueId: "PROJ-1" }, output },
  ],
});
const user = (id: string, text: string): UIMessage => ({ id, role: "user", parts: [{ type: "text", text }] });
const outputOf = (message: UIMessage) => (message.parts[1] as { output: unknown }).output;
const textOf = (message: UIMessage) => (outputOf(message) as { content: Array<{ text: string }> }).content[0].text;

describe("shortenEarlierToolResults", () => {
  const long = `# Issue PROJ-1\n${"at checkout (app/cart.ts:42)\n".repeat(200)}`;

  it("cuts an earlier turn's long tool result, says so, and keeps the MCP shape", () => {
    const history = [user("u1", "explain PROJ-1"), toolReply("a1", mcpResult(long)), user("u2", "and who is affected?")];
    const sent = shortenEarlierToolResults(history);
    const text = textOf(sent[1]);
    expect(text.length).toBeLessThan(EARLIER_RESULT_CHARS + 200);
    expect(text.startsWith("# Issue PROJ-1\nat checkout")).toBe(true);
    expect(text).toMatch(/Shortened for this request: [\d,]+ of 5,815 characters\. .*call the tool again/);
    expect(outputOf(sent[1])).toMatchObject({ isError: false });
  });

  it("sends the current turn's results whole, and leaves the stored history untouched", () => {
    const history = [user("u1", "explain PROJ-1"), toolReply("a1", mcpResult(long))];
    expect(shortenEarlierToolResults(history)).toEqual(history);

    const twoTurns = [...history, user("u2", "again?"), toolReply("a2", mcpResult(long))];
    const sent = shortenEarlierToolResults(twoTurns);
    expect(textOf(sent[3])).toBe(long);
    expect(textOf(twoTurns[1])).toBe(long);
  });

  it("leaves short results, text and pending calls alone", () => {
    const short = toolReply("a1", mcpResult("Jane Doe <jane@example.com>"));
    const pending: UIMessage = {
      id: "a2",
      role: "assistant",
      parts: [{ type: "dynamic-tool", toolName: "update_issue", toolCallId: "call-a2", state: "input-available", input: { note: "x".repeat(4000) } }],
    };
    const history = [user("u1", "who am i"), short, pending, user("u2", "thanks")];
    expect(shortenEarlierToolResults(history)).toEqual(history);
  });

  it("shortens a result that is not MCP-shaped to text", () => {
    const history = [user("u1", "list"), toolReply("a1", { rows: "x".repeat(4000) }), user("u2", "next")];
    const output = outputOf(shortenEarlierToolResults(history)[1]);
    expect(typeof output).toBe("string");
    expect(output).toMatch(/^\{\n {2}"rows": "x+\n*\n*\[Shortened for this request: 1,500 of 4,[\d]{3} characters/);
  });
});
