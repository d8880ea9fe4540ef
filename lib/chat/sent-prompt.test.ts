import { describe, expect, it } from "vitest";
import { verifiedPrompt } from "@/lib/chat/sent-prompt";
import { renderPrompt, renderingContext } from "@/lib/mcp/prompts/render-prompt";

const args = [
  { name: "organization", value: "acme" },
  { name: "issue", value: "PROJ-123" },
];
const text = renderPrompt(renderingContext, "explain_issue", { organization: "acme", issue: "PROJ-123" });

describe("verifiedPrompt", () => {
  it("accepts a chip that renders to the message's text, with the prompt's own title", () => {
    expect(verifiedPrompt(text, { prompt: { name: "explain_issue", title: "Anything", arguments: args } })).toEqual({
      prompt: { name: "explain_issue", title: "Explain an issue", arguments: args },
    });
  });

  it("refuses a chip that does not describe the text, or names no prompt", () => {
    const other = [args[0], { name: "issue", value: "PROJ-999" }];
    expect(() => verifiedPrompt(text, { prompt: { name: "explain_issue", title: "Explain an issue", arguments: other } })).toThrow(
      expect.objectContaining({ code: "bad_request" }),
    );
    expect(() => verifiedPrompt(text, { prompt: { name: "no_such_prompt", title: "x", arguments: args } })).toThrow(
      expect.objectContaining({ code: "bad_request" }),
    );
  });
});
