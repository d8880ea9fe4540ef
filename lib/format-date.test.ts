import { describe, expect, it } from "vitest";
import { formatDateTime, formatDay } from "@/lib/format-date";

describe("format-date", () => {
  const at = Date.UTC(2026, 11, 3, 7, 52);
  it("writes days and moments one way, in UTC", () => {
    expect(formatDay(at)).toBe("December 3, 2026");
    expect(formatDateTime(at)).toBe("December 3, 2026 at 7:52 AM UTC");
  });
});
