import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "@/lib/conversations/cursor";

describe("conversation cursors", () => {
  const position = { updatedAt: 1_767_000_000_123, id: "0b9d6c1e-2f57-4c8e-9d3a-5a1f0e7b8c21" };

  it("round-trips a position and is safe in a query string", () => {
    const cursor = encodeCursor(position);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual(position);
  });

  it.each([
    ["empty", ""],
    ["not base64url", "abc/def=="],
    ["no separator", encode("1767000000123")],
    ["time not a number", encode("soon.abc")],
    ["negative time", encode("-5.abc")],
    ["time beyond a safe integer", encode("9999999999999999.abc")],
    ["id with forbidden characters", encode("1.../etc/passwd")],
    ["id too long", encode(`1.${"a".repeat(65)}`)],
    ["far too long", "A".repeat(500)],
  ])("refuses a cursor that is %s", (_, value) => {
    expect(decodeCursor(value)).toBeNull();
  });
});

function encode(text: string): string {
  return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
