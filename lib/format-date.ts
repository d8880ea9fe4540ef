/**
 * A day as the app shows it to people, e.g. "December 3, 2026". In UTC, so a page rendered on the
 * server and the same date rendered in the browser agree.
 */
const dayFormat = new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" });

export function formatDay(date: number | Date): string {
  return dayFormat.format(date);
}

const timeFormat = new Intl.DateTimeFormat("en", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" });

/** A moment, for lists where the time matters (shared messages, the audit log): "December 3, 2026 at 7:52 AM UTC". */
export function formatDateTime(date: number | Date): string {
  return `${timeFormat.format(date)} UTC`;
}
