/**
 * What one request did, noted by the code that knows (the user, the tools it called, the error it
 * ended with) and written out as one log line when its response ends. Held in an
 * AsyncLocalStorage registered on globalThis: the worker entry and the Next.js bundle each carry
 * their own copy of this module, and both must see the same record.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { ErrorCode } from "@/lib/errors";

export type RequestRecord = {
  route: string;
  userId: string | null;
  tools: string[];
  errorCode: ErrorCode | null;
  /** When the request's work is over, if its handler says so (see noteEnd). */
  ended: Promise<unknown> | null;
};

const STORE_KEY = Symbol.for("sentry-chat.request-record");
type Carrier = { [STORE_KEY]?: AsyncLocalStorage<RequestRecord> };

export function recordStore(): AsyncLocalStorage<RequestRecord> {
  const carrier = globalThis as Carrier;
  return (carrier[STORE_KEY] ??= new AsyncLocalStorage<RequestRecord>());
}

export function currentRecord(): RequestRecord | undefined {
  return recordStore().getStore();
}

export function noteTool(name: string): void {
  currentRecord()?.tools.push(name);
}

/**
 * For a handler that knows when its response is over (the chat: once the reply is stored, which is
 * also when its body ends, or would have had the person stayed): the line is written then, and
 * the body is not piped through one more stream to find its end, a stage every chunk (the first
 * token included) would cross.
 */
export function noteEnd(ended: Promise<unknown>): void {
  const record = currentRecord();
  if (record) record.ended = ended;
}

/** The first error a request ends with is the one worth logging; later ones follow from it. */
export function noteErrorCode(code: ErrorCode): void {
  const record = currentRecord();
  if (record && record.errorCode === null) record.errorCode = code;
}
