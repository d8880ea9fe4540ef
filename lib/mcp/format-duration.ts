/** A duration in milliseconds in words: `830 ms`, `42 s`, `9 min 36 s`, `1 h 5 min`. */
export function formatDuration(ms: number | null | undefined): string | null {
  if (ms === null || ms === undefined || !Number.isFinite(ms) || ms < 0) return null;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  return hours ? `${hours} h${minutes ? ` ${minutes} min` : ""}` : `${minutes} min${rest ? ` ${rest} s` : ""}`;
}

/** The time between two timestamps, or null when either is missing or unreadable. */
export function durationBetween(start: string | null | undefined, end: string | null | undefined): string | null {
  if (!start || !end) return null;
  return formatDuration(new Date(end).getTime() - new Date(start).getTime());
}
