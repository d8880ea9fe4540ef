import { describe, expect, it } from "vitest";
import { formatWait, lastUtcDays, nextUtcMidnight, utcDay } from "@/lib/usage/day";
import { dailyQuota, quotaExceeded } from "@/lib/usage/quota";

describe("UTC days", () => {
  const lateEvening = new Date("2026-03-01T21:48:30Z");

  it("names the day and the next midnight in UTC", () => {
    expect(utcDay(lateEvening)).toBe("2026-03-01");
    expect(nextUtcMidnight(lateEvening).toISOString()).toBe("2026-03-02T00:00:00.000Z");
  });

  it("lists the last days oldest first, across a month end", () => {
    expect(lastUtcDays(lateEvening, 3)).toEqual(["2026-02-27", "2026-02-28", "2026-03-01"]);
  });

  it("says how long a wait is", () => {
    expect(formatWait(30_000)).toBe("less than a minute");
    expect(formatWait(45 * 60_000)).toBe("45 min");
    expect(formatWait(2 * 3_600_000)).toBe("2 h");
    expect(formatWait(2 * 3_600_000 + 11 * 60_000 + 30_000)).toBe("2 h 12 min");
  });
});

describe("quotaExceeded", () => {
  it("is a 429 saying when the quota resets, with retry-after until then", () => {
    const error = quotaExceeded(dailyQuota(20, new Date("2026-03-01T21:48:30Z")));
    expect(error.code).toBe("quota_exceeded");
    expect(error.status).toBe(429);
    expect(error.message).toBe("You have used all 20 of today's messages. The quota resets at 00:00 UTC, in 2 h 12 min.");
    expect(error.retryAfter).toBe(2 * 3600 + 11 * 60 + 30);
  });
});
