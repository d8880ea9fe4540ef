// Small HTTP plumbing shared by every part of the stand-in: reading and parsing request bodies,
// and the `Reply` value that handlers return instead of writing to the socket themselves.
// Handlers returning values (rather than calling res.end) lets the server record the status of
// every answer in the request log, and keeps handlers testable and crash-free.
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";

export type Reply = {
  status: number;
  headers?: Record<string, string>;
  /** JSON body; omitted (undefined) means an empty body. */
  json?: unknown;
  /** HTML body; takes precedence over json. */
  html?: string;
};

/** A request after the body has been read and parsed once. */
export type Incoming = {
  method: string;
  url: URL;
  /** URL path, still percent-encoded (so an encoded "/" inside a segment survives splitting). */
  path: string;
  headers: IncomingHttpHeaders;
  /** Parsed JSON, a form object, the raw text when unparseable, or null when empty. */
  body: unknown;
  /** Set when the body was declared JSON but did not parse. */
  bodyError?: string;
  remoteAddress: string | undefined;
};

export const MAX_BODY_BYTES = 1024 * 1024;

export class BodyTooLargeError extends Error {}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function json(status: number, body: unknown, headers?: Record<string, string>): Reply {
  return { status, json: body, headers };
}

export function detail(status: number, message: string): Reply {
  return json(status, { detail: message });
}

export function html(status: number, page: string): Reply {
  return { status, html: page };
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The body as bytes: uploaded chunks are binary; everything else is read as UTF-8 text. */
export async function readBody(req: IncomingMessage, maxBytes = MAX_BODY_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    // Keep draining an oversized body rather than breaking off: abandoning it mid-stream resets
    // the keep-alive connection and the client's next request on it fails.
    if (size <= maxBytes) chunks.push(buf);
  }
  if (size > maxBytes) throw new BodyTooLargeError("request body too large");
  return Buffer.concat(chunks);
}

/** Form bodies become plain objects; a key sent twice keeps its values as an array. */
export function formToObject(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    out[key] = all.length === 1 ? all[0] : all;
  }
  return out;
}

export function parseBody(raw: string, contentType: string | undefined): { body: unknown; error?: string } {
  if (raw.length === 0) return { body: null };
  const type = (contentType ?? "").toLowerCase();
  if (type.includes("application/x-www-form-urlencoded")) {
    return { body: formToObject(new URLSearchParams(raw)) };
  }
  try {
    return { body: JSON.parse(raw) as unknown };
  } catch (err) {
    // Only a body that claims to be JSON is an error; anything else is kept as text for the log.
    if (type.includes("json")) return { body: raw, error: (err as Error).message };
    return { body: raw };
  }
}

export function sendReply(res: ServerResponse, reply: Reply): void {
  if (res.headersSent || res.destroyed) return;
  const headers: Record<string, string> = { ...reply.headers };
  let payload = "";
  if (reply.html !== undefined) {
    headers["content-type"] = "text/html; charset=utf-8";
    payload = reply.html;
  } else if (reply.json !== undefined && reply.status !== 204) {
    headers["content-type"] = "application/json";
    payload = JSON.stringify(reply.json);
  }
  headers["content-length"] = String(Buffer.byteLength(payload));
  res.writeHead(reply.status, headers);
  res.end(payload);
}

/** `?a=1&a=2&b=3` → `{a:["1","2"], b:"3"}`, for the request log. */
export function queryToObject(url: URL): Record<string, string | string[]> {
  return formToObject(url.searchParams);
}

export function isLoopback(address: string | undefined): boolean {
  return address === "127.0.0.1" || address === "::1" || address === "::ffff:127.0.0.1";
}
