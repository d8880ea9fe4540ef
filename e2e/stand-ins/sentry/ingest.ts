// Sentry's event ingestion: `POST /api/<project id>/envelope/`, as the SDKs send it. An envelope is
// a JSON header line, then per item a JSON item header line and its payload (of `length` bytes
// when the header says so, else up to the next newline). Stored envelopes are read back by tests
// through `/__control/envelopes`; they are kept out of the request log, which is about the API.
import { detail, isRecord, json } from "./http.ts";
import type { Incoming, Reply } from "./http.ts";
import type { Envelope, EnvelopeItem, State } from "./state.ts";

const ENVELOPE_PATH = /^\/api\/(\d+)\/envelope\/?$/;
/** Enough for any test run; the oldest go first. */
export const MAX_STORED_ENVELOPES = 1000;

export function isEnvelopePath(path: string): boolean {
  return ENVELOPE_PATH.test(path);
}

/** The public key, from `?sentry_key=` (browsers) or the `X-Sentry-Auth` header (servers). */
function sentryKey(incoming: Incoming): string | null {
  const fromQuery = incoming.url.searchParams.get("sentry_key");
  if (fromQuery) return fromQuery;
  const header = incoming.headers["x-sentry-auth"];
  const match = typeof header === "string" ? /sentry_key=([^,\s]+)/.exec(header) : null;
  return match?.[1] ?? null;
}

function readLine(buffer: Buffer, start: number): { line: string; next: number } {
  const end = buffer.indexOf(0x0a, start);
  const stop = end === -1 ? buffer.length : end;
  return { line: buffer.subarray(start, stop).toString("utf8"), next: stop + 1 };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function parseEnvelope(raw: string): { header: Record<string, unknown>; items: EnvelopeItem[] } | null {
  const buffer = Buffer.from(raw, "utf8");
  const first = readLine(buffer, 0);
  const header = parseJson(first.line);
  if (!isRecord(header)) return null;
  const items: EnvelopeItem[] = [];
  let offset = first.next;
  while (offset < buffer.length) {
    const itemLine = readLine(buffer, offset);
    if (itemLine.line.trim() === "") {
      offset = itemLine.next;
      continue;
    }
    const itemHeader = parseJson(itemLine.line);
    if (!isRecord(itemHeader) || typeof itemHeader.type !== "string") return null;
    let payloadText: string;
    if (typeof itemHeader.length === "number") {
      payloadText = buffer.subarray(itemLine.next, itemLine.next + itemHeader.length).toString("utf8");
      offset = itemLine.next + itemHeader.length + 1;
    } else {
      const payloadLine = readLine(buffer, itemLine.next);
      payloadText = payloadLine.line;
      offset = payloadLine.next;
    }
    const payload = parseJson(payloadText);
    items.push({ type: itemHeader.type, header: itemHeader, payload: payload === undefined ? payloadText : payload, raw: payloadText });
  }
  return { header, items };
}

/** Browsers post events cross-origin, as to Sentry's own ingest. */
const CORS = { "access-control-allow-origin": "*", "access-control-allow-headers": "content-type, x-sentry-auth" };

export function ingestEnvelope(state: State, incoming: Incoming, raw: string): Reply {
  const reply = ingest(state, incoming, raw);
  return { ...reply, headers: { ...reply.headers, ...CORS } };
}

function ingest(state: State, incoming: Incoming, raw: string): Reply {
  if (incoming.method === "OPTIONS") return { status: 204 };
  if (incoming.method !== "POST") return detail(405, `Method "${incoming.method}" not allowed.`);
  const projectId = ENVELOPE_PATH.exec(incoming.path)?.[1] ?? "";
  const key = sentryKey(incoming);
  if (!key) return detail(401, "Missing sentry_key");
  const parsed = parseEnvelope(raw);
  if (!parsed) return detail(400, "Malformed envelope");
  const envelope: Envelope = { projectId, key, receivedAt: new Date().toISOString(), raw, ...parsed };
  state.envelopes.push(envelope);
  if (state.envelopes.length > MAX_STORED_ENVELOPES) state.envelopes.shift();
  return json(200, { id: typeof parsed.header.event_id === "string" ? parsed.header.event_id : null });
}
