import type { Flamegraph, FlamegraphFrame } from "@/lib/sentry/profiling";

export type Hotspot = {
  frame: FlamegraphFrame;
  /** Share of all sampled time spent in the frame itself (0–1). */
  self: number;
  /** Share of all sampled time with the frame on the stack (0–1). */
  total: number;
  /** The frame that most often called it, if any. */
  caller: FlamegraphFrame | null;
};

export type Hotspots = {
  /** Sampled wall time in nanoseconds, when the profiles record it. */
  durationNs: number | null;
  samples: number;
  /** Frames by self time, hottest first. */
  frames: Hotspot[];
};

/**
 * Where a flamegraph's time goes: each sample's weight counts as self time for its innermost frame
 * and as total time, once, for every frame on its stack.
 */
export function findHotspots(flamegraph: Flamegraph): Hotspots {
  const self = new Map<number, number>();
  const total = new Map<number, number>();
  const callers = new Map<number, Map<number, number>>();
  let sum = 0;
  let durationNs: number | null = null;
  let samples = 0;
  for (const profile of flamegraph.profiles) {
    profile.samples.forEach((stack, index) => {
      const weight = profile.sample_durations_ns?.[index] ?? profile.weights[index] ?? 0;
      if (stack.length === 0 || weight <= 0) return;
      samples += 1;
      sum += weight;
      if (profile.sample_durations_ns) durationNs = (durationNs ?? 0) + profile.sample_durations_ns[index];
      const leaf = stack[stack.length - 1];
      self.set(leaf, (self.get(leaf) ?? 0) + weight);
      if (stack.length > 1) {
        const byCaller = callers.get(leaf) ?? new Map<number, number>();
        byCaller.set(stack[stack.length - 2], (byCaller.get(stack[stack.length - 2]) ?? 0) + weight);
        callers.set(leaf, byCaller);
      }
      for (const frame of new Set(stack)) total.set(frame, (total.get(frame) ?? 0) + weight);
    });
  }
  const frames = [...self.entries()]
    .sort(([, a], [, b]) => b - a)
    .map(([index, weight]): Hotspot => {
      const topCaller = [...(callers.get(index) ?? new Map<number, number>()).entries()].sort(([, a], [, b]) => b - a)[0];
      return {
        frame: flamegraph.shared.frames[index] ?? {},
        self: weight / sum,
        total: (total.get(index) ?? weight) / sum,
        caller: topCaller ? (flamegraph.shared.frames[topCaller[0]] ?? null) : null,
      };
    });
  return { durationNs, samples, frames };
}
