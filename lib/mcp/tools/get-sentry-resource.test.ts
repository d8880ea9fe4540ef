import { z } from "zod";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { replyText, type SentryTool } from "@/lib/mcp/tool";
import { EXAMPLE_ORG, EXAMPLE_PROJECT, startToolHarness, type ToolHarness } from "@/lib/mcp/test-support";
import { getEvent } from "./get-event";
import { getIssueDetails } from "./get-issue-details";
import { getReplayDetails } from "./get-replay-details";
import { getSentryResource } from "./get-sentry-resource";
import { getTraceDetails } from "./get-trace-details";

let harness: ToolHarness;
let web: string;
beforeAll(async () => {
  harness = await startToolHarness();
  // The stand-in is a self-hosted Sentry: its web URLs are `<host>/organizations/<org>/…`.
  web = `${harness.standIn.url}/organizations/${EXAMPLE_ORG}`;
});
beforeEach(() => harness.reset());
afterAll(() => harness.close());

const EVENT_ID = "9999aaaaca8b46d797c23c6077c6ff01";
const TRACE_ID = "da6caabcd90e45fdb81f6655824a5f88";
const REPLAY_ID = "7e07485f12f9416b8b1426260799b51f";

/** What the tool a URL dispatches to answers when called directly. */
async function direct(tool: SentryTool, args: Record<string, unknown>): Promise<string> {
  return replyText(await tool.handler(z.object(tool.inputSchema).parse(args), harness.context));
}

async function paths(): Promise<string[]> {
  return (await harness.requests()).map((r) => `${r.method} ${r.path}`);
}

describe("get_sentry_resource", () => {
  it("is a read-only tool", () => {
    expect(getSentryResource.annotations).toEqual({ readOnlyHint: true, destructiveHint: false, openWorldHint: true });
  });

  it("opens an issue URL as get_issue_details does", async () => {
    const { text, isError } = await harness.run(getSentryResource, { url: `${web}/issues/1/?project=2&referrer=slack` });
    expect(isError).toBe(false);
    expect(text).toContain("# Issue `PUMP-STATION-1`");
    expect(text).toBe(await direct(getIssueDetails, { organizationSlug: EXAMPLE_ORG, issueId: "1" }));
  });

  it("opens an event URL of an issue through the issue's events endpoint", async () => {
    const { text, isError } = await harness.run(getSentryResource, { url: `${web}/issues/1/events/${EVENT_ID}` });
    expect(isError).toBe(false);
    expect(text).toContain(`# Event \`${EVENT_ID}\``);
    expect(text).toContain("## Exception");
    expect(text).toMatch(new RegExp(`\\[Open in Sentry\\]\\(http://127\\.0\\.0\\.1:\\d+/organizations/${EXAMPLE_ORG}/issues/\\d+/events/${EVENT_ID}/\\)`));
    expect(await paths()).toContain(`GET /api/0/organizations/${EXAMPLE_ORG}/issues/1/events/${EVENT_ID}/`);
  });

  it("opens a Discover event URL as get_event does", async () => {
    const { text, isError } = await harness.run(getSentryResource, { url: `${web}/discover/${EXAMPLE_PROJECT}:${EVENT_ID}/?field=title` });
    expect(isError).toBe(false);
    expect(text).toBe(await direct(getEvent, { organizationSlug: EXAMPLE_ORG, projectSlug: EXAMPLE_PROJECT, eventId: EVENT_ID }));
    expect(await paths()).toContain(`GET /api/0/projects/${EXAMPLE_ORG}/${EXAMPLE_PROJECT}/events/${EVENT_ID}/`);
  });

  it("opens a trace URL as get_trace_details does", async () => {
    const { text, isError } = await harness.run(getSentryResource, { url: `${web}/explore/traces/trace/${TRACE_ID}/` });
    expect(isError).toBe(false);
    expect(text).toContain(`# Trace \`${TRACE_ID}\``);
    expect(text).toBe(await direct(getTraceDetails, { organizationSlug: EXAMPLE_ORG, traceId: TRACE_ID }));
  });

  it("opens a replay URL as get_replay_details does", async () => {
    const { text, isError } = await harness.run(getSentryResource, { url: `${web}/replays/${REPLAY_ID}/?t=10` });
    expect(isError).toBe(false);
    expect(text).toContain(`# Replay \`${REPLAY_ID}\``);
    expect(text).toBe(await direct(getReplayDetails, { organizationSlug: EXAMPLE_ORG, replayId: REPLAY_ID }));
  });

  it("refuses a URL from another Sentry host, naming the configured one, without calling Sentry", async () => {
    const { host } = new URL(harness.standIn.url);
    const { text, isError } = await harness.run(getSentryResource, { url: `https://${EXAMPLE_ORG}.sentry.io/issues/1/` });
    expect(isError).toBe(true);
    expect(text).toBe(
      `That URL is on ${EXAMPLE_ORG}.sentry.io, but this server is connected to the Sentry at ${host}. Paste a URL from that Sentry.`,
    );
    expect(await harness.requests()).toEqual([]);
  });

  it("explains what it accepts when the URL shows something else", async () => {
    const { text, isError } = await harness.run(getSentryResource, { url: `${web}/dashboards/` });
    expect(isError).toBe(true);
    expect(text).toContain("does not point to an issue, event, trace or replay");
    expect(text).toContain("https://acme.sentry.io/issues/123/");
  });

  it("keeps to the organization and project the conversation is limited to", async () => {
    const other = await harness.run(getSentryResource, { url: `${harness.standIn.url}/organizations/acme/issues/1/`, organizationSlug: EXAMPLE_ORG });
    expect(other).toEqual({
      isError: true,
      text: `That URL belongs to organization acme, but this conversation is limited to organization ${EXAMPLE_ORG}.`,
    });
    const event = await harness.run(getSentryResource, { url: `${web}/discover/prime-mover:${EVENT_ID}/`, projectSlug: EXAMPLE_PROJECT });
    expect(event.isError).toBe(true);
    expect(event.text).toContain(`is not in project ${EXAMPLE_PROJECT}`);
    expect(await harness.requests()).toEqual([]);
    // An event addressed through its issue: the issue's project decides.
    const viaIssue = await harness.run(getSentryResource, { url: `${web}/issues/1/events/${EVENT_ID}/`, projectSlug: "prime-mover" });
    expect(viaIssue.isError).toBe(true);
    expect(viaIssue.text).toContain("is not in project prime-mover");
    expect(await paths()).not.toContain(`GET /api/0/organizations/${EXAMPLE_ORG}/issues/1/events/${EVENT_ID}/`);
  });

  it("passes Sentry's 404 for an unknown organization through as an error", async () => {
    const { text, isError } = await harness.run(getSentryResource, { url: `${harness.standIn.url}/organizations/no-such-org/replays/${REPLAY_ID}/` });
    expect(isError).toBe(true);
    expect(text).toMatch(/^Sentry found nothing at \/api\/0\/organizations\/no-such-org\/.*Check the organization/);
  });
});
