import { describe, expect, it } from "vitest";
import { documentedExamples } from "@/lib/sentry/openapi-examples";
import { flamegraphSchema } from "@/lib/sentry/profiling";
import { findHotspots } from "./hotspots";

describe("findHotspots", () => {
  it("reads self and total shares from Sentry's documented flamegraph", () => {
    const [example] = documentedExamples("getOrganizationProfilingFlamegraph");
    const { durationNs, samples, frames } = findHotspots(flamegraphSchema.parse(example));
    expect(durationNs).toBe(4_000_000_000);
    expect(samples).toBe(2);
    expect(frames.map((hotspot) => [hotspot.frame.name, hotspot.self, hotspot.total, hotspot.caller?.name])).toEqual([
      ["loads", 0.75, 0.75, "do_work"],
      ["do_work", 0.25, 1, "handle_request"],
    ]);
  });

  it("weighs samples by their weights when durations are missing, and counts a recursive frame once per sample", () => {
    const flamegraph = flamegraphSchema.parse({
      shared: { frames: [{ name: "main" }, { name: "walk" }] },
      profiles: [{ samples: [[0, 1, 1], [0]], weights: [3, 1] }],
    });
    const { durationNs, frames } = findHotspots(flamegraph);
    expect(durationNs).toBeNull();
    expect(frames.map((hotspot) => [hotspot.frame.name, hotspot.self, hotspot.total])).toEqual([
      ["walk", 0.75, 0.75],
      ["main", 0.25, 1],
    ]);
  });

  it("finds nothing in an empty flamegraph", () => {
    expect(findHotspots(flamegraphSchema.parse({})).frames).toEqual([]);
  });
});
