/** Usage is counted per UTC day: the same day for every person and every isolate. */
export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function nextUtcMidnight(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + 1));
}

/** The `count` UTC days up to and including `date`'s, oldest first. */
export function lastUtcDays(date: Date, count: number): string[] {
  return Array.from({ length: count }, (_, index) =>
    utcDay(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - (count - 1 - index)))),
  );
}

/** "3 h 12 min", "45 min", "less than a minute". */
export function formatWait(milliseconds: number): string {
  const minutes = Math.ceil(milliseconds / 60_000);
  if (minutes <= 1) return "less than a minute";
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
