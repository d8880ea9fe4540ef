/**
 * DNS-rebinding protection: a request is served only when its `Host` names this app. A page on
 * another site whose name resolves to this server (or to a local one) sends its own name as the
 * Host, and — being same-origin with itself — an Origin that matches it, so checking the Origin
 * against the request's own URL is not enough. The allowed names come from the configuration,
 * never from the request: APP_URL's hostname, and on a local server (APP_URL on loopback) the
 * loopback names, on any port.
 */
const LOOPBACK = ["localhost", "127.0.0.1", "[::1]"];

/** The hostnames (no ports) this app answers on, lower-case. */
export function allowedHostnames(appUrl: string): string[] {
  const { hostname } = new URL(appUrl);
  return LOOPBACK.includes(hostname) ? LOOPBACK : [hostname];
}

function hostnameOf(host: string): string | null {
  if (host === "" || /[\s/?#@\\]/.test(host)) return null;
  try {
    return new URL(`http://${host}`).hostname;
  } catch {
    return null;
  }
}

/**
 * Whether the request's `Host` names this app (malformed: no). A request that arrived over HTTP
 * always has the header; one this worker sent itself through a service binding (the chat's own
 * `/mcp` calls) has none, and is judged by the URL its sender chose.
 */
export function isOwnHost(request: Request, appUrl: string): boolean {
  const hostname = hostnameOf(request.headers.get("host") ?? new URL(request.url).host);
  return hostname !== null && allowedHostnames(appUrl).includes(hostname);
}

/** The message a refused request gets. */
export const FOREIGN_HOST_MESSAGE = "This server does not answer for that host name.";
