import { describe, expect, it } from "vitest";
import { hasToolViews } from "@/lib/chat/tool-result";
import { readToolViews } from "@/lib/tool-views";

const table = { kind: "issue-table", issues: [] };

describe("readToolViews", () => {
  it("keeps the views that fit their kind and leaves out the rest, unknown kinds included", () => {
    const output = { content: [], structuredContent: { views: [table, { kind: "pie-chart" }, { kind: "stack-trace", url: 1 }, null] } };
    expect(readToolViews(output)).toEqual([table]);
  });

  it("finds none in a result without structured views", () => {
    expect(readToolViews({ content: [{ type: "text", text: "hi" }] })).toEqual([]);
    expect(readToolViews({ structuredContent: { views: "nope" } })).toEqual([]);
    expect(readToolViews(null)).toEqual([]);
  });
});

describe("hasToolViews", () => {
  it("is true only for a result with at least one view to draw", () => {
    expect(hasToolViews({ structuredContent: { views: [table] } })).toBe(true);
    expect(hasToolViews({ structuredContent: { views: [] } })).toBe(false);
    expect(hasToolViews({ content: [] })).toBe(false);
    expect(hasToolViews("text")).toBe(false);
  });
});
