/** Percentiles and a fixed-width table, for benchmarks that print their figures. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

export function printTable(title: string, rows: Array<{ name: string; samples: number[] }>) {
  console.log(`\n${title}`);
  console.log(`${"".padEnd(34)}${"n".padStart(6)}${"p50 ms".padStart(10)}${"p95 ms".padStart(10)}`);
  for (const { name, samples } of rows) {
    const cells = [String(samples.length).padStart(6), percentile(samples, 50).toFixed(1).padStart(10), percentile(samples, 95).toFixed(1).padStart(10)];
    console.log(`${name.padEnd(34)}${cells.join("")}`);
  }
}
