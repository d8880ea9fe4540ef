/**
 * What every view shares: numbers, times and durations as people read them (in UTC, so a view
 * rendered on the server and in the browser agree), and links that only ever go to http(s).
 */
import type { Element } from "hast";
import { h } from "hastscript";
import { safeLinkUrl } from "@/lib/chat/safe-url";

const numberFormat = new Intl.NumberFormat("en");
const hourFormat = new Intl.DateTimeFormat("en", { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "UTC" });
const dayFormat = new Intl.DateTimeFormat("en", { month: "short", day: "numeric", timeZone: "UTC" });
const dateTimeFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export const formatNumber = (value: number) => numberFormat.format(value);

/** A count with its unit, singular for one: `1 event`, `1,234 events`. */
export function formatCount(value: number, unit: string): string {
  return `${formatNumber(value)} ${value === 1 && unit.endsWith("s") ? unit.slice(0, -1) : unit}`;
}

/** A bucket's time: hours when the buckets are shorter than a day, else the day. */
export function formatBucket(time: Date, hourly: boolean): string {
  return hourly ? `${hourFormat.format(time)} UTC` : dayFormat.format(time);
}

/** A moment, e.g. `Dec 6, 2018, 9:19 PM UTC`; the text itself when it is not a date. */
export function formatMoment(text: string): string {
  const time = new Date(text);
  return Number.isNaN(time.getTime()) ? text : `${dateTimeFormat.format(time)} UTC`;
}

/** A span's or trace's length: tenths below 10 ms, whole milliseconds below a second, else seconds. */
export function formatSpanDuration(ms: number): string {
  if (ms < 10) return `${Math.round(ms * 10) / 10} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${Math.round(ms / 10) / 100} s`;
}

export const LINK_CLASS = "text-primary underline underline-offset-2";

/** A link out of the app (tool data is untrusted: anything but http(s) shows as plain text). */
export function externalLink(url: string | null, children: string | Element | Array<string | Element>, className = LINK_CLASS): Element {
  const href = url ? safeLinkUrl(url) : "";
  if (!href || href.startsWith("mailto:")) return h("span", children);
  return h("a", { href, target: "_blank", rel: "noopener noreferrer", className }, children);
}
