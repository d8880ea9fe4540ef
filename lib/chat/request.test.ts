import { describe, expect, it } from "vitest";
import { chatRequestSchema, MAX_MESSAGE_CHARS } from "./request";

const id = "4d4f3ad1-5f5a-4f4e-9a39-0d3b1b0b9a10";
const valid = { id, message: { id: "msg_abc", role: "user", parts: [{ type: "text", text: "who am i?" }] } };

describe("chat request", () => {
  it("accepts a user text message, approval decisions, or a regenerate request", () => {
    expect(chatRequestSchema.safeParse(valid).success).toBe(true);
    expect(chatRequestSchema.safeParse({ id, approvals: [{ approvalId: "ap_1", approved: true }] }).success).toBe(true);
    expect(chatRequestSchema.safeParse({ id, regenerate: true }).success).toBe(true);
  });

  it("refuses empty, oversized, assistant and foreign-shaped messages", () => {
    const withText = (text: string) => ({ ...valid, message: { ...valid.message, parts: [{ type: "text", text }] } });
    expect(chatRequestSchema.safeParse(withText("   ")).success).toBe(false);
    expect(chatRequestSchema.safeParse(withText("x".repeat(MAX_MESSAGE_CHARS + 1))).success).toBe(false);
    expect(chatRequestSchema.safeParse({ ...valid, message: { ...valid.message, role: "assistant" } }).success).toBe(false);
    expect(chatRequestSchema.safeParse({ ...valid, id: "../etc" }).success).toBe(false);
    expect(chatRequestSchema.safeParse({ ...valid, message: { ...valid.message, id: "a b" } }).success).toBe(false);
    expect(chatRequestSchema.safeParse({ id, approvals: [] }).success).toBe(false);
  });
});
