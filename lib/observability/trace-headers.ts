import { activeSdk } from "@/lib/observability/sdk";

/**
 * Carries the trace into a request to our own worker (the chat's /mcp calls go through a service
 * binding, which the SDK's fetch instrumentation does not see), so a tool call's spans join the
 * chat request's trace.
 */
export function withTraceHeaders(init: RequestInit | undefined): RequestInit | undefined {
  const sdk = activeSdk();
  if (!sdk) return init;
  const headers = new Headers(init?.headers);
  for (const [name, value] of Object.entries(sdk.getTraceData())) if (value) headers.set(name, value);
  return { ...init, headers };
}
