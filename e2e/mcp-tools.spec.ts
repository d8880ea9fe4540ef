import { expect, test } from "@playwright/test";
import { connectMcp, connectMcpV2 } from "./support/mcp-client.ts";
import { SENTRY_STANDIN_URL } from "./support/stack.ts";
import { sentryStandIn } from "./support/stand-ins.ts";

const organizationSlug = "the-interstellar-jurisdiction";
const projectSlug = "pump-station";

/** Every registered tool, called over /mcp with the documented example data, and what its answer must show. */
const calls: Record<string, { args: Record<string, unknown>; shows: string | RegExp }> = {
  whoami: { args: {}, shows: "Jane Doe" },
  find_organizations: { args: {}, shows: organizationSlug },
  find_teams: { args: { organizationSlug }, shows: "ancient-gabelers" },
  find_projects: { args: { organizationSlug }, shows: "prime-mover" },
  find_releases: { args: { organizationSlug }, shows: "frontend@1.0.0" },
  get_release_details: { args: { organizationSlug, version: "control@abc123" }, shows: "control@abc123" },
  search_issues: { args: { organizationSlug, query: "is:unresolved" }, shows: "PUMP-STATION-1" },
  get_issue_details: { args: { organizationSlug, issueId: "1" }, shows: "PUMP-STATION-1" },
  search_issue_events: { args: { organizationSlug, issueId: "1" }, shows: "9fac2ceed9344f2bbfdd1fdacb0ed9b1" },
  get_event: { args: { organizationSlug, projectSlug, eventId: "9999aaaaca8b46d797c23c6077c6ff01" }, shows: "9999aaaaca8b46d797c23c6077c6ff01" },
  get_issue_tag_values: { args: { organizationSlug, issueId: "1", tagKey: "browser" }, shows: /browser/i },
  search_events: { args: { organizationSlug, dataset: "errors", query: "level:error" }, shows: "|" },
  find_tags: { args: { organizationSlug }, shows: "browser" },
  get_trace_details: { args: { organizationSlug, traceId: "da6caabcd90e45fdb81f6655824a5f88" }, shows: "da6caabcd90e45fdb81f6655824a5f88" },
  get_replay_details: { args: { organizationSlug, replayId: "7e07485f-12f9-416b-8b14-26260799b51f" }, shows: "7e07485f" },
  find_monitors: { args: { organizationSlug }, shows: "nightly-billing-job" },
  find_dsns: { args: { organizationSlug, projectSlug }, shows: "ingest" },
  get_event_attachment: { args: { organizationSlug, projectSlug, eventId: "9b29bbe17e9d4ee3a6d0fe9b2e8a3b1c" }, shows: "1234" },
  get_sentry_resource: { args: { url: `${SENTRY_STANDIN_URL}/organizations/${organizationSlug}/issues/1/` }, shows: "PUMP-STATION-1" },
  find_dashboards: { args: { organizationSlug }, shows: "dashboard/1/" },
  get_dashboard_details: { args: { organizationSlug, dashboardId: "1" }, shows: "Custom Widget" },
  get_release_commits: { args: { organizationSlug, version: "frontend@1.0.0" }, shows: "fix: handle empty release version" },
  get_release_deploys: { args: { organizationSlug, version: "control@abc123" }, shows: "took 5 min 12 s" },
  get_monitor_details: { args: { organizationSlug, monitorSlug: "cache-warmer" }, shows: "2 of the last 3 check-ins failed" },
  find_replays: { args: { organizationSlug, query: "count_errors:>0" }, shows: "John Doe" },
  get_profile: { args: { organizationSlug, projectSlug, transaction: "GET /api/users" }, shows: "Most time is spent in `loads`" },
  find_alert_rules: { args: { organizationSlug }, shows: "Notify team #example-team" },
  update_issue: { args: { organizationSlug, issueId: "1", status: "resolved" }, shows: /resolved/i },
  add_issue_note: { args: { organizationSlug, issueId: "1", text: "Looking into it." }, shows: /note/i },
  create_team: { args: { organizationSlug, name: "Incident Response" }, shows: /team/i },
  create_project: { args: { organizationSlug, teamSlug: "ancient-gabelers", name: "Billing API" }, shows: /project/i },
  update_project: { args: { organizationSlug, projectSlug, name: "Pump Station 2" }, shows: /project/i },
  create_dsn: { args: { organizationSlug, projectSlug, name: "Staging" }, shows: "ingest" },
  find_environments: { args: { organizationSlug, projectSlug }, shows: "Production" },
  find_members: { args: { organizationSlug }, shows: "Sir Penguin" },
  get_organization_stats: { args: { organizationSlug }, shows: "165665" },
  get_event_breadcrumbs: { args: { organizationSlug, projectSlug, eventId: "9999aaaaca8b46d797c23c6077c6ff01" }, shows: "pushActivity" },
  debug_source_maps: { args: { organizationSlug, projectSlug, eventId: "9999aaaaca8b46d797c23c6077c6ff01" }, shows: "resolved by debug ID" },
  get_issue_activity: { args: { organizationSlug, issueId: "1" }, shows: "first saw it" },
  find_user_feedback: { args: { organizationSlug, projectSlug }, shows: "It broke!" },
  update_dsn: { args: { organizationSlug, projectSlug, keyId: "60120449b6b1d5e45f75561e6dabd80b", isActive: true }, shows: "Liked Pegasus" },
};

test.beforeEach(() => sentryStandIn.reset());

/** Both lines of the official SDK: 1.x (MCP 2025-11-25, with `initialize`) and v2 (MCP 2026-07-28, stateless). */
const clients = [
  { line: "SDK 1.x, 2025-11-25", connect: () => connectMcp() },
  { line: "SDK v2, 2026-07-28", connect: () => connectMcpV2() },
];

type AnyClient = Awaited<ReturnType<(typeof clients)[number]["connect"]>>;

test("all 41 tools are listed: 34 read-only, 7 writes marked as such, to either SDK line", async () => {
  for (const { line, connect } of clients) {
    const client: AnyClient = await connect();
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort(), line).toEqual(Object.keys(calls).sort());
    const writes = tools.filter((t) => t.annotations?.readOnlyHint === false).map((t) => t.name).sort();
    expect(writes, line).toEqual(["add_issue_note", "create_dsn", "create_project", "create_team", "update_dsn", "update_issue", "update_project"]);
    await client.close();
  }
});

for (const [name, { args, shows }] of Object.entries(calls)) {
  test(`tools/call ${name}, from either SDK line`, async () => {
    for (const { line, connect } of clients) {
      const client: AnyClient = await connect();
      const result = await client.callTool({ name, arguments: args });
      const text = (result.content as Array<{ type: string; text: string }>).map((part) => part.text).join("\n");
      expect(result.isError, `${line}: ${text}`).toBeFalsy();
      expect(text, line).toMatch(shows);
      await client.close();
    }
  });
}

test("a multi-request tool reports progress when the client asks for it", async () => {
  const client = await connectMcp();
  const progress: number[] = [];
  await client.callTool(
    { name: "get_release_details", arguments: { organizationSlug, version: "control@abc123" } },
    undefined,
    { onprogress: (update) => progress.push(update.progress) },
  );
  expect(progress.length).toBeGreaterThan(0);
  expect(progress).toEqual([...progress].sort((a, b) => a - b));
  await client.close();
});
