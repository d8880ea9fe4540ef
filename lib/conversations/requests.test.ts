import { describe, expect, it } from "vitest";
import {
  listRequestSchema,
  parseConversationId,
  parseOrBadRequest,
  renameRequestSchema,
} from "@/lib/conversations/requests";
import { AppError } from "@/lib/errors";

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof AppError ? error.code : "not an AppError";
  }
  return undefined;
}

describe("conversation requests", () => {
  it("answers a malformed conversation id as not found, like an unknown one", () => {
    expect(parseConversationId("0b9d6c1e-2f57-4c8e-9d3a-5a1f0e7b8c21")).toBe("0b9d6c1e-2f57-4c8e-9d3a-5a1f0e7b8c21");
    expect(codeOf(() => parseConversationId("../../etc/passwd"))).toBe("not_found");
  });

  it("trims a new title and refuses an empty or overlong one with a reason", () => {
    expect(parseOrBadRequest(renameRequestSchema.safeParse({ title: "  Checkout errors " }))).toEqual({
      title: "Checkout errors",
    });
    expect(() => parseOrBadRequest(renameRequestSchema.safeParse({ title: "   " }))).toThrow(/title: The title cannot be empty/);
    expect(() => parseOrBadRequest(renameRequestSchema.safeParse({ title: "x".repeat(101) }))).toThrow(/at most 100/);
    expect(codeOf(() => parseOrBadRequest(renameRequestSchema.safeParse({})))).toBe("bad_request");
  });

  it("pages 30 at a time unless asked, and never more than 100", () => {
    expect(parseOrBadRequest(listRequestSchema.safeParse({}))).toEqual({ limit: 30 });
    expect(parseOrBadRequest(listRequestSchema.safeParse({ limit: "5", cursor: "abc" }))).toEqual({ limit: 5, cursor: "abc" });
    expect(codeOf(() => parseOrBadRequest(listRequestSchema.safeParse({ limit: "500" })))).toBe("bad_request");
    expect(codeOf(() => parseOrBadRequest(listRequestSchema.safeParse({ limit: "0" })))).toBe("bad_request");
  });
});
