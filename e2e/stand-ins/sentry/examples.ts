// Loads Sentry's published OpenAPI description once and turns it into a route table:
// every (method, path template) with the example body of its first 2xx response.
// Answering from Sentry's own examples means the app is exercised on Sentry's shapes,
// not on shapes we invented.
import { readFileSync } from "node:fs";
import { isRecord } from "./http.ts";

type Segment = { literal: string } | { param: string };

export type Route = {
  method: string;
  template: string;
  operationId: string;
  segments: Segment[];
  /** Status of the first 2xx response. */
  status: number;
  /** Example body, or undefined when the description has none. */
  example: unknown;
  /** JSON schema of that response (for operations without an example). */
  schema: unknown;
  /** True when the 2xx response documents no JSON content at all (e.g. DELETE → 204). */
  noContent: boolean;
};

export type Match = { route: Route; params: Record<string, string> };

export type MatchResult =
  | { kind: "found"; match: Match }
  | { kind: "method-not-allowed" }
  | { kind: "not-found" }
  | { kind: "bad-path" };

const HTTP_METHODS = ["get", "put", "post", "delete", "patch"];

export function splitTemplate(template: string): Segment[] {
  return template
    .split("/")
    .filter((s) => s.length > 0)
    .map((s) => {
      const m = /^\{(.+)\}$/.exec(s);
      return m ? { param: m[1] } : { literal: s };
    });
}

function firstExample(content: Record<string, unknown>): unknown {
  if (isRecord(content.examples)) {
    const first = Object.values(content.examples)[0];
    if (isRecord(first) && "value" in first) return first.value;
  }
  return content.example;
}

function routesFromSpec(spec: unknown): Route[] {
  const routes: Route[] = [];
  const paths = isRecord(spec) && isRecord(spec.paths) ? spec.paths : {};
  for (const [template, item] of Object.entries(paths)) {
    if (!isRecord(item)) continue;
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!isRecord(op) || !isRecord(op.responses)) continue;
      const success = Object.entries(op.responses).find(([code]) => /^2\d\d$/.test(code));
      if (!success) continue;
      const [code, response] = success;
      const content = isRecord(response) && isRecord(response.content) ? response.content["application/json"] : undefined;
      routes.push({
        method: method.toUpperCase(),
        template,
        operationId: typeof op.operationId === "string" ? op.operationId : `${method} ${template}`,
        segments: splitTemplate(template),
        status: Number(code),
        example: isRecord(content) ? firstExample(content) : undefined,
        schema: isRecord(content) ? content.schema : undefined,
        noContent: !isRecord(content),
      });
    }
  }
  return routes;
}

/** Decodes each path segment; an encoded "/" stays inside its segment (release versions may hold one). */
export function splitPath(path: string): string[] | null {
  try {
    return path
      .split("/")
      .filter((s) => s.length > 0)
      .map((s) => decodeURIComponent(s));
  } catch {
    return null;
  }
}

/**
 * Literal segments beat params, compared left to right: `/replays/jobs/delete/` wins over
 * `/replays/{replay_id}/clicks/` for the path `/replays/jobs/delete/`.
 */
function moreSpecific(a: Route, b: Route): boolean {
  for (let i = 0; i < a.segments.length; i++) {
    const aLit = "literal" in a.segments[i];
    const bLit = "literal" in b.segments[i];
    if (aLit !== bLit) return aLit;
  }
  return false;
}

function matchSegments(route: Route, parts: string[]): Record<string, string> | null {
  if (route.segments.length !== parts.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const seg = route.segments[i];
    if ("literal" in seg) {
      if (seg.literal !== parts[i]) return null;
    } else {
      params[seg.param] = parts[i];
    }
  }
  return params;
}

export class RouteTable {
  readonly routes: Route[];

  constructor(routes: Route[]) {
    this.routes = routes;
  }

  /** Trailing slashes are optional: segments are compared with empty ones dropped. */
  match(method: string, path: string): MatchResult {
    const parts = splitPath(path);
    if (!parts) return { kind: "bad-path" };
    let best: Match | null = null;
    let pathKnown = false;
    for (const route of this.routes) {
      const params = matchSegments(route, parts);
      if (!params) continue;
      pathKnown = true;
      if (route.method !== method) continue;
      if (!best || moreSpecific(route, best.route)) best = { route, params };
    }
    if (best) return { kind: "found", match: best };
    return pathKnown ? { kind: "method-not-allowed" } : { kind: "not-found" };
  }

  byOperation(operationId: string): Route | undefined {
    return this.routes.find((r) => r.operationId === operationId);
  }

  /** The example body of an operation, deep-copied so callers may mutate it. */
  example(operationId: string): unknown {
    const route = this.byOperation(operationId);
    return route?.example === undefined ? undefined : structuredClone(route.example);
  }
}

const cache = new Map<string, Route[]>();

/** Parses the 3.8 MB file once per process (~50 ms); every server started afterwards reuses it. */
export function loadRoutes(openapiPath: string): Route[] {
  let routes = cache.get(openapiPath);
  if (!routes) {
    routes = routesFromSpec(JSON.parse(readFileSync(openapiPath, "utf8")) as unknown);
    cache.set(openapiPath, routes);
  }
  return routes;
}
