import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { runTool } from "@/lib/mcp/run-tool";
import { EXAMPLE_ORG, EXAMPLE_PROJECT, startToolHarness, type ToolHarness } from "@/lib/mcp/test-support";
import { createSentryClient } from "@/lib/sentry/client";
import type { StackTraceView } from "@/lib/tool-views/stack-trace";
import { getEvent } from "./get-event";

let harness: ToolHarness;
beforeAll(async () => (harness = await startToolHarness()));
beforeEach(() => harness.reset());
afterAll(() => harness.close());

const EVENT_ID = "9999aaaaca8b46d797c23c6077c6ff01";
const EVENT_PATH = `/api/0/projects/${EXAMPLE_ORG}/${EXAMPLE_PROJECT}/events/${EVENT_ID}/`;
const args = { organizationSlug: EXAMPLE_ORG, projectSlug: EXAMPLE_PROJECT, eventId: EVENT_ID };

describe("get_event", () => {
  it("is a read-only tool", () => {
    expect(getEvent.annotations).toMatchObject({ readOnlyHint: true, destructiveHint: false, openWorldHint: true });
  });

  it("shows the event's facts, tags and stack trace", async () => {
    const { text, isError } = await harness.run(getEvent, args);
    expect(isError).toBe(false);
    expect(text).toMatch(/^# Event `9999aaaaca8b46d797c23c6077c6ff01`: This is an example Python exception\n/);
    expect(text).toContain("- **Date**: 2020-06-17T22:26:56.098Z");
    expect(text).toContain("- **Environment**: `prod`");
    expect(text).toContain("- **User**: hell@boy.cat (id `550747`)");
    expect(text).toContain("- **Issue id**: `1341191803`");
    expect(text).toMatch(/\[Open in Sentry\]\(http:\/\/127\.0\.0\.1:\d+\/organizations\/the-interstellar-jurisdiction\/issues\/1341191803\/events\/9999aaaaca8b46d797c23c6077c6ff01\/\)/);
    expect(text).toContain("- `browser`: `Chrome 83.0.4103`");
    expect(text).toContain("- `handled`: `yes`");
    expect(text).toContain("**ForbiddenError**: GET /organizations/hellboy-meowmeow/users/ 403");
    expect(text).toContain("helpers.js:71:23 in ignoreOnError");
    const request = (await harness.requests()).find((r) => r.path === EVENT_PATH);
    expect(request?.method).toBe("GET");
  });

  it("keeps only the in-app frames when the event has some", async () => {
    // The documented example has no in-app frame: mark the second one in-app on its way in.
    const sentry = createSentryClient({
      baseUrl: harness.standIn.url,
      token: harness.standIn.demoToken,
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        if (!String(input).includes("/events/")) return response;
        const body = (await response.json()) as { entries: Array<{ data: { values: Array<{ stacktrace: { frames: Array<{ inApp: boolean }> } }> } }> };
        body.entries[0].data.values[0].stacktrace.frames[1].inApp = true;
        return Response.json(body, { status: response.status });
      },
    });
    const result = await runTool(getEvent, z.object(getEvent.inputSchema).parse(args), { sentry });
    const text = result.content[0].text;
    expect(text).toContain("In-app frames (1 of 2), most recent call last:");
    expect(text).toContain("PublisherMethods.js:74:24 in apply\n    me.trigger.apply(me, args);");
    expect(text).not.toContain("ignoreOnError");
    // The view keeps every frame, marking which is in-app; only an in-app frame carries its source lines.
    const [view] = (getEvent.outputSchema!.parse(result.structuredContent) as { views: StackTraceView[] }).views;
    expect(view.url).toMatch(/\/issues\/1341191803\/events\/9999aaaaca8b46d797c23c6077c6ff01\/$/);
    expect(view.exceptions[0].frames.map((frame) => [frame.function, frame.inApp, frame.context.length > 0])).toEqual([
      ["ignoreOnError", false, false],
      ["apply", true, true],
    ]);
    expect(view.exceptions[0].frames[1].context).toContainEqual([74, "            me.trigger.apply(me, args);"]);
  });

  it("accepts an event id written as a UUID", async () => {
    await harness.run(getEvent, { ...args, eventId: "9999AAAA-CA8B-46D7-97C2-3C6077C6FF01" });
    expect((await harness.requests()).some((r) => r.path === EVENT_PATH)).toBe(true);
  });

  it("reports an unknown project as an error a model can act on", async () => {
    const { text, isError } = await harness.run(getEvent, { ...args, projectSlug: "no-such-project" });
    expect(isError).toBe(true);
    expect(text).toBe(`Sentry found nothing at /api/0/projects/${EXAMPLE_ORG}/no-such-project/events/${EVENT_ID}/. Check the organization, project or id.`);
  });

  it("names the missing scope when Sentry refuses", async () => {
    await harness.fault({ path: EVENT_PATH, status: 403 });
    const { text, isError } = await harness.run(getEvent, args);
    expect(isError).toBe(true);
    expect(text).toBe(`Sentry refused ${EVENT_PATH}: the token lacks the \`event:read\` scope or access to this organization or project.`);
  });
});
