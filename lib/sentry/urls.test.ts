import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { isConfiguredSentryHost, parseSentryUrl } from "./urls";

const EVENT = "9999aaaaca8b46d797c23c6077c6ff01";
const TRACE = "da6caabcd90e45fdb81f6655824a5f88";
const REPLAY = "7e07485f12f9416b8b1426260799b51f";

/** The three ways a host can carry the organization `acme`. */
const BASES = [
  ["sentry.io subdomain", "https://acme.sentry.io"],
  ["sentry.io path", "https://sentry.io/organizations/acme"],
  ["self-hosted", "https://sentry.example.com/organizations/acme"],
  ["self-hosted with a port", "http://127.0.0.1:9000/organizations/acme"],
] as const;

function rejection(url: string): AppError {
  try {
    parseSentryUrl(url);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error(`${url} was accepted`);
}

describe.each(BASES)("parseSentryUrl on a %s URL", (_name, base) => {
  it("reads an issue, with or without a trailing slash, query string or fragment", () => {
    const issue = { kind: "issue", organization: "acme", issueId: "123" };
    expect(parseSentryUrl(`${base}/issues/123/`)).toEqual(issue);
    expect(parseSentryUrl(`${base}/issues/123`)).toEqual(issue);
    expect(parseSentryUrl(`${base}/issues/123/?project=1&query=is%3Aunresolved&referrer=issue-stream`)).toEqual(issue);
    expect(parseSentryUrl(`${base}/issues/123?environment=production#top`)).toEqual(issue);
  });

  it("reads an issue from one of its tabs and by short id", () => {
    expect(parseSentryUrl(`${base}/issues/123/activity/`)).toEqual({ kind: "issue", organization: "acme", issueId: "123" });
    expect(parseSentryUrl(`${base}/issues/123/events/?query=`)).toEqual({ kind: "issue", organization: "acme", issueId: "123" });
    expect(parseSentryUrl(`${base}/issues/PUMP-STATION-1/`)).toEqual({ kind: "issue", organization: "acme", issueId: "PUMP-STATION-1" });
  });

  it("reads an event of an issue", () => {
    const event = { kind: "event", organization: "acme", issueId: "123", eventId: EVENT };
    expect(parseSentryUrl(`${base}/issues/123/events/${EVENT}/`)).toEqual(event);
    expect(parseSentryUrl(`${base}/issues/123/events/${EVENT}?project=1`)).toEqual(event);
    expect(parseSentryUrl(`${base}/issues/123/events/${EVENT.toUpperCase()}/`)).toEqual(event);
    expect(parseSentryUrl(`${base}/issues/123/events/latest/`)).toEqual({ ...event, eventId: "latest" });
  });

  it("reads a project event from Discover, the transaction view and the project events path", () => {
    const event = { kind: "event", organization: "acme", projectSlug: "backend", eventId: EVENT };
    expect(parseSentryUrl(`${base}/discover/backend:${EVENT}/`)).toEqual(event);
    expect(parseSentryUrl(`${base}/discover/backend:${EVENT}?field=title&statsPeriod=24h`)).toEqual(event);
    expect(parseSentryUrl(`${base}/explore/discover/backend:${EVENT}/`)).toEqual(event);
    expect(parseSentryUrl(`${base}/performance/backend:${EVENT}/`)).toEqual(event);
    expect(parseSentryUrl(`${base}/discover/backend%3A${EVENT}/`)).toEqual(event);
    expect(parseSentryUrl(`${base}/projects/backend/events/${EVENT}/`)).toEqual(event);
  });

  it("reads a trace from the performance and explore views", () => {
    const trace = { kind: "trace", organization: "acme", traceId: TRACE };
    expect(parseSentryUrl(`${base}/performance/trace/${TRACE}/`)).toEqual(trace);
    expect(parseSentryUrl(`${base}/performance/trace/${TRACE}?node=span-abc&statsPeriod=14d`)).toEqual(trace);
    expect(parseSentryUrl(`${base}/explore/traces/trace/${TRACE}/`)).toEqual(trace);
    expect(parseSentryUrl(`${base}/explore/traces/trace/${TRACE.toUpperCase()}`)).toEqual(trace);
  });

  it("reads a replay, in hex or UUID form", () => {
    expect(parseSentryUrl(`${base}/replays/${REPLAY}/`)).toEqual({ kind: "replay", organization: "acme", replayId: REPLAY });
    expect(parseSentryUrl(`${base}/replays/${REPLAY}?t=12&t_main=errors`)).toEqual({ kind: "replay", organization: "acme", replayId: REPLAY });
    expect(parseSentryUrl(`${base}/explore/replays/${REPLAY}/`)).toEqual({ kind: "replay", organization: "acme", replayId: REPLAY });
    const uuid = "7e07485f-12f9-416b-8b14-26260799b51f";
    expect(parseSentryUrl(`${base}/replays/${uuid}/`)).toEqual({ kind: "replay", organization: "acme", replayId: uuid });
  });

  it("rejects pages that are not a single resource", () => {
    for (const path of ["/issues/", "/issues/?query=is:unresolved", "/replays/", "/performance/", "/discover/results/?field=title", "/projects/", "/"]) {
      const error = rejection(`${base}${path}`);
      expect(error.code).toBe("bad_request");
      expect(error.message).toMatch(/issue, event, trace or replay/);
    }
  });

  it("rejects malformed ids, naming what was wrong", () => {
    expect(rejection(`${base}/performance/trace/not-a-trace/`).message).toMatch(/`not-a-trace` is not a trace id/);
    expect(rejection(`${base}/explore/traces/trace/${TRACE.slice(1)}/`).message).toMatch(/is not a trace id/);
    expect(rejection(`${base}/issues/123/events/xyz/`).message).toMatch(/`xyz` is not an event id/);
    expect(rejection(`${base}/replays/selectors/`).message).toMatch(/`selectors` is not a replay id/);
    expect(rejection(`${base}/discover/backend:nothex/`).message).toMatch(/is not a `<project>:<event id>` pair/);
  });
});

describe("parseSentryUrl on other inputs", () => {
  it("reads the organization from a sentry.io path even on a regional host", () => {
    expect(parseSentryUrl("https://us.sentry.io/organizations/acme/issues/5/")).toEqual({ kind: "issue", organization: "acme", issueId: "5" });
    expect(parseSentryUrl("https://other.sentry.io/organizations/acme/issues/5/")).toEqual({ kind: "issue", organization: "acme", issueId: "5" });
  });

  it("lower-cases an organization subdomain and trims surrounding whitespace", () => {
    expect(parseSentryUrl("  https://Acme.sentry.io/issues/7/\n")).toEqual({ kind: "issue", organization: "acme", issueId: "7" });
  });

  it("reads the old `/<org>/<project>/issues/<id>/` form", () => {
    expect(parseSentryUrl("https://sentry.example.com/acme/backend/issues/42/")).toEqual({ kind: "issue", organization: "acme", issueId: "42" });
  });

  it("rejects text that is not a web URL", () => {
    for (const input of ["", "not a url", "PUMP-STATION-1", "ftp://acme.sentry.io/issues/1/", "javascript:alert(1)"]) {
      expect(rejection(input).code).toBe("bad_request");
    }
    expect(rejection("not a url").message).toMatch(/`not a url` is not a URL/);
  });

  it("rejects URLs that name no organization", () => {
    for (const input of ["https://sentry.io/issues/1/", "https://www.sentry.io/issues/1/", "https://sentry.example.com/issues/1/"]) {
      expect(rejection(input).message).toMatch(/names no Sentry organization/);
    }
  });

  it("rejects an organization slug with characters Sentry never uses", () => {
    expect(rejection("https://sentry.io/organizations/ac%20me/issues/1/").message).toMatch(/is not an organization slug/);
  });

  it("keeps long input out of the message", () => {
    const message = rejection(`https://sentry.io/${"x".repeat(500)}`).message;
    expect(message.length).toBeLessThan(600);
    expect(message).toContain("…");
  });
});

describe("isConfiguredSentryHost", () => {
  it("accepts sentry.io and its subdomains when the server talks to sentry.io", () => {
    for (const url of ["https://sentry.io/organizations/acme/issues/1/", "https://acme.sentry.io/issues/1/", "https://us.sentry.io/x"]) {
      expect(isConfiguredSentryHost(url, "https://sentry.io")).toBe(true);
      expect(isConfiguredSentryHost(url, "https://us.sentry.io")).toBe(true);
    }
    expect(isConfiguredSentryHost("https://sentry.example.com/organizations/acme/issues/1/", "https://sentry.io")).toBe(false);
    expect(isConfiguredSentryHost("https://notsentry.io/organizations/acme/issues/1/", "https://sentry.io")).toBe(false);
    expect(isConfiguredSentryHost("https://sentry.io.evil.com/organizations/acme/issues/1/", "https://sentry.io")).toBe(false);
  });

  it("requires the same host and port for a self-hosted Sentry", () => {
    expect(isConfiguredSentryHost("https://sentry.example.com/organizations/acme/issues/1/", "https://sentry.example.com")).toBe(true);
    expect(isConfiguredSentryHost("https://SENTRY.example.com/x", "https://sentry.example.com/")).toBe(true);
    expect(isConfiguredSentryHost("https://acme.sentry.io/issues/1/", "https://sentry.example.com")).toBe(false);
    expect(isConfiguredSentryHost("http://127.0.0.1:9001/x", "http://127.0.0.1:9000")).toBe(false);
    expect(isConfiguredSentryHost("not a url", "https://sentry.example.com")).toBe(false);
  });
});
