import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EXAMPLE_ORG, startToolHarness, type ToolHarness } from "@/lib/mcp/test-support";
import { getProfile } from "./get-profile";

let harness: ToolHarness;
beforeAll(async () => (harness = await startToolHarness()));
beforeEach(() => harness.reset());
afterAll(() => harness.close());

const FLAMEGRAPH_PATH = `/api/0/organizations/${EXAMPLE_ORG}/profiling/flamegraph/`;
const TRANSACTION = "GET /api/0/projects/{org}/{proj}/files/dsyms/";

describe("get_profile", () => {
  it("is a read-only tool", () => {
    expect(getProfile.annotations).toEqual({ readOnlyHint: true, destructiveHint: false, openWorldHint: true });
  });

  it("says in words where the time goes: the hottest function, its caller, and the hottest application code", async () => {
    const { text, isError } = await harness.run(getProfile, { organizationSlug: EXAMPLE_ORG, projectSlug: "pump-station", transaction: TRANSACTION });
    expect(isError).toBe(false);
    expect(text).toContain("# Profile of transaction `GET /api/0/projects/{org}/{proj}/files/dsyms/` (last `7d`)");
    expect(text).toMatch(
      /\[Open in Sentry\]\(http:\/\/127\.0\.0\.1:\d+\/organizations\/the-interstellar-jurisdiction\/explore\/profiling\/summary\/pump-station\/\?transaction=GET\+%2Fapi%2F0%2Fprojects%2F%7Borg%7D%2F%7Bproj%7D%2Ffiles%2Fdsyms%2F&statsPeriod=7d\)/,
    );
    expect(text).toContain("4 s in 2 sampled stacks of `python` code.");
    expect(text).toContain(
      "**Most time is spent in `loads`** (`json/__init__.py:299`, library): 75% of samples, called from `do_work` (`app/worker.py:42`).",
    );
    expect(text).toContain("**Hottest application frame:** `do_work` (`app/worker.py:42`), self 25%, total 100%.");
    expect(text).toContain("1. `loads` (`json/__init__.py:299`, library) — self 75%, total 75%\n2. `do_work` (`app/worker.py:42`) — self 25%, total 100%");
  });

  it("asks for the flamegraph of that transaction in that project and period", async () => {
    await harness.run(getProfile, { organizationSlug: EXAMPLE_ORG, projectSlug: "pump-station", transaction: 'say "hi"', statsPeriod: "24h" });
    const request = (await harness.requests()).find((r) => r.path === FLAMEGRAPH_PATH);
    expect(request).toMatchObject({ method: "GET", query: { project: "pump-station", query: 'transaction:"say \\"hi\\""', statsPeriod: "24h" } });
  });

  it("shows the ten hottest functions of the whole organization when no project or transaction is named", async () => {
    const frames = Array.from({ length: 12 }, (_, index) => ({ name: `fn${index}`, file: "app/hot.py", is_application: true }));
    await harness.fault({
      path: FLAMEGRAPH_PATH,
      status: 200,
      body: { shared: { frames }, profiles: [{ samples: frames.map((_, index) => [index]), weights: frames.map((_, index) => 12 - index) }] },
    });
    const { text } = await harness.run(getProfile, { organizationSlug: EXAMPLE_ORG });
    expect(text).toContain("# Profile of organization `the-interstellar-jurisdiction` (last `7d`)");
    expect(text).toMatch(/\[Open in Sentry\]\(http:\/\/127\.0\.0\.1:\d+\/organizations\/the-interstellar-jurisdiction\/explore\/profiling\/\)/);
    expect(text).toContain("10. `fn9`");
    expect(text).not.toContain("`fn10`");
  });

  it("explains where profiles come from when there are none", async () => {
    await harness.fault({ path: FLAMEGRAPH_PATH, status: 200, body: { platform: "", shared: { frames: [], profiles: [] }, profiles: [] } });
    const { text, isError } = await harness.run(getProfile, { organizationSlug: EXAMPLE_ORG, projectSlug: "pump-station" });
    expect(isError).toBe(false);
    expect(text).toContain("No profiles of project `pump-station` in the last `7d`.");
  });

  it("reports an unknown organization", async () => {
    const { text, isError } = await harness.run(getProfile, { organizationSlug: "no-such-org" });
    expect(isError).toBe(true);
    expect(text).toBe("Sentry found nothing at /api/0/organizations/no-such-org/. Check the organization, project or id.");
  });

  it("names the missing scope when Sentry refuses", async () => {
    await harness.fault({ path: FLAMEGRAPH_PATH, status: 403 });
    const { text, isError } = await harness.run(getProfile, { organizationSlug: EXAMPLE_ORG });
    expect(isError).toBe(true);
    expect(text).toBe(`Sentry refused ${FLAMEGRAPH_PATH}: the token lacks the \`event:read\` scope or access to this organization or project.`);
  });
});
