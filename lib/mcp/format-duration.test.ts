import { describe, expect, it } from "vitest";
import { durationBetween, formatDuration } from "./format-duration";

describe("formatDuration", () => {
  it.each([
    [830, "830 ms"],
    [42_000, "42 s"],
    [576_000, "9 min 36 s"],
    [120_000, "2 min"],
    [3_900_000, "1 h 5 min"],
    [7_200_000, "2 h"],
  ])("%d ms reads as %s", (ms, words) => {
    expect(formatDuration(ms)).toBe(words);
  });

  it("has nothing to say of a missing or negative duration", () => {
    expect(formatDuration(null)).toBeNull();
    expect(formatDuration(-5)).toBeNull();
  });
});

describe("durationBetween", () => {
  it("measures from start to end", () => {
    expect(durationBetween("2024-05-30T14:00:00Z", "2024-05-30T14:05:12Z")).toBe("5 min 12 s");
  });

  it("is null when a side is missing or unreadable", () => {
    expect(durationBetween(null, "2024-05-30T14:05:12Z")).toBeNull();
    expect(durationBetween("soon", "2024-05-30T14:05:12Z")).toBeNull();
  });
});
