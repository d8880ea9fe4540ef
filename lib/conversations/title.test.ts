import { describe, expect, it } from "vitest";
import { DERIVED_TITLE_CHARS, MAX_TITLE_CHARS, titleFromMessage, titleProblem } from "@/lib/conversations/title";

describe("titleFromMessage", () => {
  it("keeps a short message as it is, on one line", () => {
    expect(titleFromMessage("  Who am I?\n\nAnd my   orgs  ")).toBe("Who am I? And my orgs");
  });

  it("cuts a long message at a word boundary and marks the cut", () => {
    const text = "What broke after yesterday's deploy of the checkout service in the production environment?";
    const title = titleFromMessage(text);
    expect(title).toBe("What broke after yesterday's deploy of the checkout service…");
    expect(Array.from(title).length).toBeLessThanOrEqual(DERIVED_TITLE_CHARS);
    expect(text.startsWith(title.slice(0, -1))).toBe(true);
  });

  it("drops punctuation left dangling before the cut", () => {
    expect(titleFromMessage("alpha beta, gamma delta", 13)).toBe("alpha beta…");
  });

  it("cuts inside a word when there is no reasonable boundary", () => {
    const title = titleFromMessage(`see ${"x".repeat(200)}`);
    expect(Array.from(title)).toHaveLength(DERIVED_TITLE_CHARS);
    expect(title.endsWith("…")).toBe(true);
  });

  it("never splits an emoji", () => {
    const title = titleFromMessage("🔥".repeat(80));
    expect(Array.from(title)).toHaveLength(DERIVED_TITLE_CHARS);
    expect(title).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it("names an empty message", () => {
    expect(titleFromMessage(" \n ")).toBe("New conversation");
  });
});

describe("titleProblem", () => {
  it("accepts 1 to 100 characters after trimming", () => {
    expect(titleProblem(" a ")).toBeNull();
    expect(titleProblem("é".repeat(MAX_TITLE_CHARS))).toBeNull();
  });

  it("refuses an empty or blank title", () => {
    expect(titleProblem("")).toMatch(/empty/);
    expect(titleProblem("   ")).toMatch(/empty/);
  });

  it("refuses more than 100 characters", () => {
    expect(titleProblem("a".repeat(MAX_TITLE_CHARS + 1))).toMatch(/at most 100/);
  });
});
