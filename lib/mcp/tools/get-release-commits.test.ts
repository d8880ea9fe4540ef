import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EXAMPLE_ORG, startToolHarness, type ToolHarness } from "@/lib/mcp/test-support";
import { getReleaseCommits } from "./get-release-commits";

let harness: ToolHarness;
beforeAll(async () => (harness = await startToolHarness()));
beforeEach(() => harness.reset());
afterAll(() => harness.close());

const VERSION = "frontend@1.0.0";
const COMMITS_PATH = `/api/0/organizations/${EXAMPLE_ORG}/releases/${encodeURIComponent(VERSION)}/commits/`;

describe("get_release_commits", () => {
  it("is a read-only tool", () => {
    expect(getReleaseCommits.annotations).toEqual({ readOnlyHint: true, destructiveHint: false, openWorldHint: true });
  });

  it("lists each commit's short SHA, subject and date under a link to the release", async () => {
    const { text, isError } = await harness.run(getReleaseCommits, { organizationSlug: EXAMPLE_ORG, version: VERSION });
    expect(isError).toBe(false);
    expect(text).toMatch(
      /^# Commits in release \[frontend@1\.0\.0\]\(http:\/\/127\.0\.0\.1:\d+\/organizations\/the-interstellar-jurisdiction\/releases\/frontend%401\.0\.0\/\) \(1\)/,
    );
    expect(text).toContain("- `a1b2c3d4e5f6` fix: handle empty release version — 2024-01-01T00:00:00Z");
    expect(text).toContain("`release:frontend@1.0.0`");
  });

  it("sends the version encoded, the page size and the cursor", async () => {
    await harness.run(getReleaseCommits, { organizationSlug: EXAMPLE_ORG, version: VERSION, limit: 5, cursor: "0:5:0" });
    const request = (await harness.requests()).find((r) => r.path === COMMITS_PATH);
    expect(request).toMatchObject({ method: "GET", query: { per_page: "5", cursor: "0:5:0" } });
  });

  it("names the author and pull request, and escapes Markdown in what a committer wrote", async () => {
    await harness.fault({
      path: COMMITS_PATH,
      status: 200,
      body: [
        {
          id: "0123456789abcdef0123456789abcdef01234567",
          message: "feat: add *billing* [retry](http://evil.example)\n\nLong body",
          dateCreated: "2024-05-01T10:00:00Z",
          author: { name: "Ada Lovelace", email: "ada@example.com" },
          repository: { name: "acme/backend" },
          pullRequest: { title: "Retry billing" },
        },
      ],
    });
    const { text } = await harness.run(getReleaseCommits, { organizationSlug: EXAMPLE_ORG, version: VERSION });
    expect(text).toContain(
      '- `0123456789ab` feat: add \\*billing\\* \\[retry\\](http://evil.example) — by Ada Lovelace, 2024-05-01T10:00:00Z, in `acme/backend`, PR "Retry billing"',
    );
    expect(text).not.toContain("Long body");
  });

  it("says how commits get linked when the release has none", async () => {
    await harness.fault({ path: COMMITS_PATH, status: 200, body: [] });
    const { text, isError } = await harness.run(getReleaseCommits, { organizationSlug: EXAMPLE_ORG, version: VERSION });
    expect(isError).toBe(false);
    expect(text).toContain("has no commits associated. They are linked with sentry-cli `releases set-commits`");
  });

  it("reports an unknown organization", async () => {
    const { text, isError } = await harness.run(getReleaseCommits, { organizationSlug: "no-such-org", version: VERSION });
    expect(isError).toBe(true);
    expect(text).toBe("Sentry found nothing at /api/0/organizations/no-such-org/. Check the organization, project or id.");
  });

  it("names the missing scope when Sentry refuses", async () => {
    await harness.fault({ path: COMMITS_PATH, status: 403 });
    const { text, isError } = await harness.run(getReleaseCommits, { organizationSlug: EXAMPLE_ORG, version: VERSION });
    expect(isError).toBe(true);
    expect(text).toBe(`Sentry refused ${COMMITS_PATH}: the token lacks the \`project:read\` scope or access to this organization or project.`);
  });
});
