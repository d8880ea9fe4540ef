import { parseConstraints, type Constraints } from "@/lib/mcp/constraints";

/**
 * The protected resources this app serves: `/mcp`, `/mcp/<org>` and `/mcp/<org>/<project>`, on the
 * app's public origin. A token is bound to exactly one of them (RFC 8707), so a token for
 * `/mcp/acme` is refused on `/mcp/other`. (The legacy `/sse` takes pasted Sentry tokens only.)
 */

/** The resource path a request path belongs to, or null when the path is none of ours. */
export function resourcePathOf(pathname: string): string | null {
  if (pathname !== "/mcp" && !pathname.startsWith("/mcp/")) return null;
  const segments = pathname.split("/").slice(2).filter(Boolean);
  const constraints = parseConstraints(segments);
  if (!constraints) return null;
  return mcpPath(constraints);
}

export function mcpPath(constraints: Constraints): string {
  return ["/mcp", constraints.organization, constraints.organization && constraints.project].filter(Boolean).join("/");
}

export function resourceUrl(publicOrigin: string, path: string): string {
  return `${publicOrigin}${path}`;
}

/** A client-supplied `resource` indicator, if it names one of our resources exactly. */
export function parseResourceIndicator(publicOrigin: string, value: string | null): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.origin !== publicOrigin || url.search || url.hash) return null;
  const path = resourcePathOf(url.pathname);
  return path === url.pathname ? resourceUrl(publicOrigin, path) : null;
}

/** The organization/project pinning a resource URL carries (`/mcp/acme` → acme). */
export function constraintsOfResource(resource: string): Constraints {
  const segments = new URL(resource).pathname.split("/").slice(2).filter(Boolean);
  return parseConstraints(segments) ?? {};
}
