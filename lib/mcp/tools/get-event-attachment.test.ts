import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { EXAMPLE_ORG, EXAMPLE_PROJECT, startToolHarness, type ToolHarness } from "@/lib/mcp/test-support";
import { formatBytes, getEventAttachment } from "./get-event-attachment";

let harness: ToolHarness;
beforeAll(async () => (harness = await startToolHarness()));
beforeEach(() => harness.reset());
afterAll(() => harness.close());

const EVENT_ID = "9b29bbe17e9d4ee3a6d0fe9b2e8a3b1c";
const ATTACHMENTS_PATH = `/api/0/projects/${EXAMPLE_ORG}/${EXAMPLE_PROJECT}/events/${EVENT_ID}/attachments/`;
const args = { organizationSlug: EXAMPLE_ORG, projectSlug: EXAMPLE_PROJECT, eventId: EVENT_ID };

describe("get_event_attachment", () => {
  it("is a read-only tool", () => {
    expect(getEventAttachment.annotations).toMatchObject({ readOnlyHint: true, destructiveHint: false, openWorldHint: true });
  });

  it("lists the event's attachments with name, type, size and id, without downloading them", async () => {
    const { text, isError } = await harness.run(getEventAttachment, args);
    expect(isError).toBe(false);
    expect(text).toContain(`# Attachments of event \`${EVENT_ID}\` (2)`);
    expect(text).toContain("- `1234` **screenshot.png** — `image/png`, 242.3 KiB, kind `event.attachment`");
    expect(text).toContain("- `1235` **view-hierarchy.json** — `application/json`, 8.2 KiB");
    expect(text).toMatch(/\[Open the event in Sentry\]\(http:\/\/127\.0\.0\.1:\d+\/organizations\/the-interstellar-jurisdiction\/projects\/pump-station\/events\/9b29bbe17e9d4ee3a6d0fe9b2e8a3b1c\/\)/);
    const requests = await harness.requests();
    expect(requests.filter((r) => r.path.startsWith(ATTACHMENTS_PATH)).map((r) => r.path)).toEqual([ATTACHMENTS_PATH]);
  });

  it("shows one attachment's metadata", async () => {
    const { text, isError } = await harness.run(getEventAttachment, { ...args, attachmentId: "1235" });
    expect(isError).toBe(false);
    expect(text).toMatch(/^# Attachment `1235`: view-hierarchy.json\n/);
    expect(text).toContain("- **Type**: `application/json`");
    expect(text).toContain("- **Size**: 8.2 KiB (8,421 bytes)");
    expect(text).not.toContain("screenshot.png");
  });

  it("names the event's attachments when the id is unknown", async () => {
    expect(await harness.run(getEventAttachment, { ...args, attachmentId: "999" })).toEqual({
      isError: true,
      text: `Event ${EVENT_ID} in project ${EXAMPLE_PROJECT} has no attachment 999 (its attachments: 1234, 1235).`,
    });
  });

  it("names the missing scope when Sentry refuses", async () => {
    await harness.fault({ path: ATTACHMENTS_PATH, status: 403 });
    const { text, isError } = await harness.run(getEventAttachment, args);
    expect(isError).toBe(true);
    expect(text).toContain("lacks the `event:read` scope");
  });

  it("formats sizes", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(5 * 1024 * 1024)).toBe("5.0 MiB");
    expect(formatBytes(null)).toBe("unknown size");
  });
});
