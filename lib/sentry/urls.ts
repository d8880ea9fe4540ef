/**
 * Sentry web URLs → the resource they show. Understands sentry.io's two forms
 * (`https://<org>.sentry.io/issues/1/` and `https://sentry.io/organizations/<org>/issues/1/`) and
 * self-hosted hosts (`https://sentry.example.com/organizations/<org>/issues/1/`); query strings,
 * fragments and missing trailing slashes are ignored. Which host is acceptable is the caller's
 * business (`isConfiguredSentryHost`).
 */
import { AppError } from "@/lib/errors";

export type SentryResource =
  | { kind: "issue"; organization: string; issueId: string }
  | { kind: "event"; organization: string; projectSlug?: string; issueId?: string; eventId: string }
  | { kind: "trace"; organization: string; traceId: string }
  | { kind: "replay"; organization: string; replayId: string };

const SLUG = /^[A-Za-z0-9_.-]+$/;
const ISSUE_ID = /^[A-Za-z0-9_.-]+$/;
const HEX32 = /^[0-9a-f]{32}$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Event ids an issue's event URL may name instead of a real id. */
const EVENT_ALIASES = new Set(["latest", "oldest", "recommended"]);
/** `<x>.sentry.io` hosts that are not organizations. */
const RESERVED_SUBDOMAINS = new Set(["www", "us", "de", "eu", "api", "docs", "blog", "status", "ingest", "sentry"]);

const SUPPORTED =
  "Paste a link to a Sentry issue, event, trace or replay, e.g. `https://acme.sentry.io/issues/123/`, " +
  "`https://sentry.io/organizations/acme/issues/123/events/<event id>/`, `.../performance/trace/<trace id>/` or `.../replays/<replay id>/`.";

function bad(reason: string): AppError {
  return new AppError("bad_request", `${reason} ${SUPPORTED}`);
}

function shown(input: string): string {
  const text = input.trim();
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

export function isSentryIoHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === "sentry.io" || host.endsWith(".sentry.io");
}

/** The organization a `<org>.sentry.io` host names, if it names one. */
function organizationFromHost(hostname: string): string | undefined {
  const match = /^([a-z0-9_-]+)\.sentry\.io$/i.exec(hostname);
  if (!match || RESERVED_SUBDOMAINS.has(match[1].toLowerCase())) return undefined;
  return match[1].toLowerCase();
}

/** A 32-hex event id (UUIDs with dashes are accepted and normalised), or null. */
function eventIdOf(segment: string | undefined): string | null {
  if (!segment) return null;
  if (HEX32.test(segment)) return segment.toLowerCase();
  if (UUID.test(segment)) return segment.replaceAll("-", "").toLowerCase();
  return null;
}

function segmentsOf(url: URL): string[] {
  return url.pathname
    .split("/")
    .filter((segment) => segment.length > 0)
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    });
}

function parseIssuePath(organization: string, issueId: string | undefined, more: string[]): SentryResource {
  if (!issueId) throw bad("That URL is a list of issues, not a single issue.");
  if (!ISSUE_ID.test(issueId)) throw bad(`\`${shown(issueId)}\` is not an issue id.`);
  if (more[0] === "events" && more[1] !== undefined) {
    const alias = more[1].toLowerCase();
    const eventId = EVENT_ALIASES.has(alias) ? alias : eventIdOf(more[1]);
    if (!eventId) throw bad(`\`${shown(more[1])}\` is not an event id (32 hexadecimal characters).`);
    return { kind: "event", organization, issueId, eventId };
  }
  // `/issues/123/`, or one of its tabs (`/events/`, `/activity/`, `/tags/`, `/replays/`…).
  return { kind: "issue", organization, issueId };
}

/** `<project>:<event id>`, as Discover and the transaction view write it. */
function parseProjectEvent(organization: string, segment: string | undefined): SentryResource | null {
  if (!segment?.includes(":")) return null;
  const at = segment.lastIndexOf(":");
  const projectSlug = segment.slice(0, at);
  const eventId = eventIdOf(segment.slice(at + 1));
  if (!SLUG.test(projectSlug) || !eventId) throw bad(`\`${shown(segment)}\` is not a \`<project>:<event id>\` pair.`);
  return { kind: "event", organization, projectSlug, eventId };
}

function parseResourcePath(organization: string, rest: string[]): SentryResource {
  const [first, second, third, fourth] = rest;

  if (first === "issues") return parseIssuePath(organization, second, rest.slice(2));

  if (first === "projects" && second && third === "events" && fourth) {
    const eventId = eventIdOf(fourth);
    if (!SLUG.test(second) || !eventId) throw bad(`\`${shown(fourth)}\` is not an event id (32 hexadecimal characters).`);
    return { kind: "event", organization, projectSlug: second, eventId };
  }

  // `/performance/trace/<id>/`, `/explore/traces/trace/<id>/`, `/traces/trace/<id>/`, `/insights/…/trace/<id>/`.
  const traceAt = rest.indexOf("trace");
  if (traceAt >= 0 && rest[traceAt + 1] !== undefined) {
    const traceId = rest[traceAt + 1];
    if (!HEX32.test(traceId)) throw bad(`\`${shown(traceId)}\` is not a trace id (32 hexadecimal characters).`);
    return { kind: "trace", organization, traceId: traceId.toLowerCase() };
  }

  // `/replays/<id>/` and `/explore/replays/<id>/`.
  const replayAt = rest.indexOf("replays");
  if (replayAt >= 0 && replayAt <= 1 && (replayAt === 0 || first === "explore")) {
    const replayId = rest[replayAt + 1];
    if (!replayId) throw bad("That URL is a list of replays, not a single replay.");
    if (!HEX32.test(replayId) && !UUID.test(replayId)) {
      throw bad(`\`${shown(replayId)}\` is not a replay id (32 hexadecimal characters).`);
    }
    return { kind: "replay", organization, replayId: replayId.toLowerCase() };
  }

  // `/discover/<project>:<event id>/`, `/explore/discover/<project>:<event id>/`, `/performance/<project>:<event id>/`.
  if (first === "discover" || first === "performance") {
    const event = parseProjectEvent(organization, second);
    if (event) return event;
  }
  if (first === "explore" && second === "discover") {
    const event = parseProjectEvent(organization, third);
    if (event) return event;
  }

  throw bad("That Sentry URL does not point to an issue, event, trace or replay.");
}

/**
 * Reads a Sentry web URL. Throws `AppError("bad_request")` with a message a model can act on when
 * the text is not a URL, names no organization, or shows something other than an issue, event,
 * trace or replay.
 */
export function parseSentryUrl(input: string): SentryResource {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw bad(`\`${shown(input)}\` is not a URL.`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw bad(`\`${shown(input)}\` is not a web URL.`);

  const segments = segmentsOf(url);
  let organization: string | undefined;
  let rest: string[];
  if (segments[0] === "organizations" && segments[1]) {
    organization = segments[1];
    rest = segments.slice(2);
  } else if ((organization = organizationFromHost(url.hostname))) {
    rest = segments;
  } else if (segments.length >= 4 && segments[2] === "issues") {
    // The old form `/<org>/<project>/issues/<id>/`.
    organization = segments[0];
    rest = segments.slice(2);
  } else {
    throw bad(`\`${shown(input)}\` names no Sentry organization.`);
  }
  if (!SLUG.test(organization)) throw bad(`\`${shown(organization)}\` is not an organization slug.`);
  return parseResourcePath(organization, rest);
}

/**
 * Whether a URL is on the Sentry this server talks to: the same host (and port) as `baseUrl`, or,
 * when that is sentry.io, any `*.sentry.io` host (organization subdomains).
 */
export function isConfiguredSentryHost(input: string, baseUrl: string): boolean {
  let target: URL;
  try {
    target = new URL(input.trim());
  } catch {
    return false;
  }
  const configured = new URL(baseUrl);
  if (isSentryIoHost(configured.hostname)) return isSentryIoHost(target.hostname);
  return target.host.toLowerCase() === configured.host.toLowerCase();
}
