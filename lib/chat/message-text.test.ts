import type { UIMessage } from "ai";
import { describe, expect, it } from "vitest";
import { messageMarkdown } from "@/lib/chat/message-text";

describe("messageMarkdown", () => {
  it("is the reply's text parts, a blank line apart, without its tool calls", () => {
    const message = {
      id: "a",
      role: "assistant",
      parts: [
        { type: "step-start" },
        { type: "text", text: "Looking it up.\n" },
        { type: "dynamic-tool", toolName: "whoami", toolCallId: "c", state: "output-available", input: {}, output: "Jane" },
        { type: "text", text: "You are **Jane**:\n\n```ts\nconst a = 1;\n```" },
        { type: "text", text: "  " },
      ],
    } as UIMessage;
    expect(messageMarkdown(message)).toBe("Looking it up.\n\nYou are **Jane**:\n\n```ts\nconst a = 1;\n```");
  });
});
