/**
 * The Sentry SDK as the worker entry set it up, shared with the Next.js bundle. The worker entry
 * and the Next.js server are bundled separately, and the SDK keeps state per copy of its module
 * (which spans belong to which transaction, among others): with a copy in each bundle, spans
 * started in a route handler would leave their transaction. So only the worker entry imports the
 * SDK, registers it here on globalThis, and every other module goes through `activeSdk()`.
 */
import type * as Sentry from "@sentry/cloudflare";

export type Sdk = Pick<
  typeof Sentry,
  | "captureException"
  | "getClient"
  | "getCurrentScope"
  | "getSpanDescendants"
  | "getTraceData"
  | "setUser"
  | "spanToJSON"
  | "startInactiveSpan"
  | "startSpan"
  | "suppressTracing"
>;

const SDK_KEY = Symbol.for("sentry-chat.sentry-sdk");
type Carrier = { [SDK_KEY]?: Sdk };

export function registerSdk(sdk: Sdk): void {
  (globalThis as Carrier)[SDK_KEY] = sdk;
}

/** The SDK while a monitored request (SENTRY_DSN set) runs in this context, else undefined. */
export function activeSdk(): Sdk | undefined {
  const sdk = (globalThis as Carrier)[SDK_KEY];
  return sdk?.getClient() ? sdk : undefined;
}
