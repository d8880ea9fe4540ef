import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EXAMPLE_ORG, startToolHarness, type ToolHarness } from "@/lib/mcp/test-support";
import { getReplayDetails } from "./get-replay-details";

let harness: ToolHarness;
beforeAll(async () => (harness = await startToolHarness()));
beforeEach(() => harness.reset());
afterAll(() => harness.close());

const REPLAY_ID = "7e07485f-12f9-416b-8b14-26260799b51f";
const REPLAY_HEX = "7e07485f12f9416b8b1426260799b51f";
const replayPath = (id: string) => `/api/0/organizations/${EXAMPLE_ORG}/replays/${id}/`;

describe("get_replay_details", () => {
  it("is a read-only tool", () => {
    expect(getReplayDetails.annotations).toEqual({ readOnlyHint: true, destructiveHint: false, openWorldHint: true });
  });

  it("shows the user, browser, OS, timing, URLs, errors and a link to watch it", async () => {
    const { text, isError } = await harness.run(getReplayDetails, { organizationSlug: EXAMPLE_ORG, replayId: REPLAY_ID });
    expect(isError).toBe(false);
    expect(text).toContain(`# Replay \`${REPLAY_HEX}\``);
    expect(text).toContain("- **User**: John Doe (john.doe@example.com)");
    expect(text).toContain("- **Started**: 2022-07-07T14:05:57.909Z");
    expect(text).toContain("- **Finished**: 2022-07-07T14:15:33.201Z");
    expect(text).toContain("- **Duration**: 9 min 36 s");
    expect(text).toContain("- **Browser**: Chome 103.0.38");
    expect(text).toContain("- **OS**: iOS 16.2");
    expect(text).toContain("- **Device**: iPhone 11");
    expect(text).toContain("- **Environment**: `production`");
    expect(text).toContain("- **Releases**: `version@1.4`");
    expect(text).toContain("- **Errors**: 1");
    expect(text).toContain("- **Rage clicks**: 1");
    expect(text).toContain(`- **Error event ids**: \`${REPLAY_ID}\``);
    expect(text).toContain("## URLs visited (1)\n\n1. /organizations/abc123/issues");
    expect(text).toMatch(new RegExp(`\\[Watch the replay in Sentry\\]\\(http://127\\.0\\.0\\.1:\\d+/organizations/${EXAMPLE_ORG}/replays/${REPLAY_HEX}/\\)`));
    // The user's IP address is not repeated.
    expect(text).not.toContain("213.164.1.114");
  });

  it("asks the organization's replay endpoint for the id as given (lower-cased)", async () => {
    await harness.run(getReplayDetails, { organizationSlug: EXAMPLE_ORG, replayId: REPLAY_HEX.toUpperCase() });
    expect((await harness.requests()).map((r) => `${r.method} ${r.path}`)).toContain(`GET ${replayPath(REPLAY_HEX)}`);
  });

  it("rejects an id that is not a replay id", async () => {
    await expect(harness.run(getReplayDetails, { organizationSlug: EXAMPLE_ORG, replayId: "replay-1" })).rejects.toThrow(/32 hexadecimal/);
  });

  it("reports an unknown replay as an error a model can act on", async () => {
    await harness.fault({ path: replayPath(REPLAY_HEX), status: 404 });
    const { text, isError } = await harness.run(getReplayDetails, { organizationSlug: EXAMPLE_ORG, replayId: REPLAY_HEX });
    expect(isError).toBe(true);
    expect(text).toBe(`Sentry found nothing at ${replayPath(REPLAY_HEX)}. Check the organization, project or id.`);
  });
});
