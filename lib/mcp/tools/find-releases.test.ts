import { z } from "zod";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runTool } from "@/lib/mcp/run-tool";
import { EXAMPLE_ORG, EXAMPLE_PROJECT, startToolHarness, type ToolHarness } from "@/lib/mcp/test-support";
import { createSentryClient } from "@/lib/sentry/client";
import { findReleases } from "./find-releases";

let harness: ToolHarness;
beforeAll(async () => (harness = await startToolHarness()));
beforeEach(() => harness.reset());
afterAll(() => harness.close());

const RELEASES_PATH = `/api/0/organizations/${EXAMPLE_ORG}/releases/`;

describe("find_releases", () => {
  it("is a read-only tool", () => {
    expect(findReleases.annotations).toEqual({ readOnlyHint: true, destructiveHint: false, openWorldHint: true });
  });

  it("lists each release with version, dates, new issues, projects and a link", async () => {
    const { text, isError } = await harness.run(findReleases, { organizationSlug: EXAMPLE_ORG });
    expect(isError).toBe(false);
    expect(text).toContain(`# Releases in \`${EXAMPLE_ORG}\` (1)`);
    expect(text).toMatch(/\[frontend@1\.0\.0\]\(http:\/\/127\.0\.0\.1:\d+\/organizations\/the-interstellar-jurisdiction\/releases\/frontend%401\.0\.0\/\)/);
    expect(text).toContain("version `frontend@1.0.0`, created 2024-01-01T00:00:00Z, not marked released, 0 new issues, project `sentry`");
    expect(text).toContain("`release:frontend@1.0.0`");
    expect(text).not.toContain("More results exist");
  });

  it("sends the project, version filter, page size and cursor to the organization's releases endpoint", async () => {
    await harness.run(findReleases, { organizationSlug: EXAMPLE_ORG, projectSlug: EXAMPLE_PROJECT, query: "frontend@", limit: 5, cursor: "0:0:0" });
    const request = (await harness.requests()).find((r) => r.path === RELEASES_PATH);
    expect(request).toMatchObject({ method: "GET", query: { project: EXAMPLE_PROJECT, query: "frontend@", per_page: "5", cursor: "0:0:0" } });
  });

  it("hints at the next page when Sentry says there is one", async () => {
    const fetchWithNextPage: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const link = response.headers.get("link");
      if (!link) return response;
      const headers = new Headers(response.headers);
      headers.set("link", link.replace(/rel="next"; results="false"/, 'rel="next"; results="true"'));
      return new Response(response.body, { status: response.status, headers });
    };
    const sentry = createSentryClient({ baseUrl: harness.standIn.url, token: harness.standIn.demoToken, fetch: fetchWithNextPage });
    const args = z.object(findReleases.inputSchema).parse({ organizationSlug: EXAMPLE_ORG });
    const result = await runTool(findReleases, args, { sentry });
    expect(result.content[0].text).toContain('call again with `cursor: "0:100:0"` for the next page');
  });

  it("says so when a later page is empty", async () => {
    const { text, isError } = await harness.run(findReleases, { organizationSlug: EXAMPLE_ORG, cursor: "0:100:0" });
    expect(isError).toBe(false);
    expect(text).toContain("No more releases");
  });

  it("reports an unknown organization as an error a model can act on", async () => {
    const { text, isError } = await harness.run(findReleases, { organizationSlug: "no-such-org" });
    expect(isError).toBe(true);
    expect(text).toMatch(/Sentry found nothing at \/api\/0\/organizations\/no-such-org\/.*Check the organization/);
  });

  it("names the missing scope when Sentry refuses", async () => {
    await harness.fault({ path: RELEASES_PATH, status: 403 });
    const { text, isError } = await harness.run(findReleases, { organizationSlug: EXAMPLE_ORG });
    expect(isError).toBe(true);
    expect(text).toContain("`project:read`");
  });
});
