import { toHtml } from "hast-util-to-html";
import { describe, expect, it } from "vitest";
import { stackTraceView as fromEntries } from "@/lib/mcp/stack-trace-view";
import { eventSchema } from "@/lib/sentry/events";
import { documentedExamples } from "@/lib/sentry/openapi-examples";
import type { StackFrame, StackTraceView } from "@/lib/tool-views/stack-trace";
import { stackTraceView } from "./stack-trace-view";
import { tagsOf } from "./test-support";

const event = eventSchema.parse(documentedExamples("getProjectEvent")[0]);
const URL = "https://acme.sentry.io/issues/1/events/9999aaaaca8b46d797c23c6077c6ff01/";
const render = (view: StackTraceView) => toHtml(stackTraceView(view));

const frame = (name: string, inApp: boolean, extra: Partial<StackFrame> = {}): StackFrame => ({
  function: name,
  file: `${name}.py`,
  lineNo: 10,
  colNo: null,
  inApp,
  context: [],
  ...extra,
});

const withFrames = (frames: StackFrame[]): StackTraceView => ({
  kind: "stack-trace",
  url: URL,
  exceptions: [{ type: "ValueError", value: "bad", handled: false, mechanism: "generic", frames, omittedFrames: 0 }],
});

describe("stackTraceView", () => {
  it("shows the documented event's exception and every frame, most recent call first, when none is in-app", () => {
    const html = render(fromEntries(event.entries, URL)!);
    expect(html).toContain("ForbiddenError");
    expect(html).toContain("GET /organizations/hellboy-meowmeow/users/ 403");
    const reporter = html.indexOf("PublisherMethods.js:74:24");
    const helper = html.indexOf("helpers.js:71:23");
    expect(reporter).toBeGreaterThan(-1);
    expect(helper).toBeGreaterThan(reporter);
    expect(html).not.toContain("<details>");
    expect(html).toContain(`<a href="${URL}" target="_blank" rel="noopener noreferrer"`);
  });

  it("highlights in-app frames with their source, and folds each run of other frames", () => {
    const source: StackFrame["context"] = [
      [9, "def charge(order):"],
      [10, "    raise ValueError('bad')"],
    ];
    const html = render(withFrames([frame("runtime", false), frame("framework", false), frame("charge", true, { context: source }), frame("logger", false)]));
    // Newest first: the library frame above the app frame, then the app frame, then the two older ones folded.
    expect(html).toMatch(/<details><summary[^>]*>1 other frame<\/summary>.*logger\.py:10.*<\/details>.*charge\.py:10.*<details><summary[^>]*>2 other frames<\/summary>.*framework\.py.*runtime\.py/s);
    expect(html).toContain('data-in-app="true"');
    expect(html).toContain(">in app<");
    expect(html).toContain('<div class="bg-primary/15 font-semibold">   10      raise ValueError(\'bad\')</div>');
    expect(html).toContain(">unhandled (generic)<");
  });

  it("keeps frames, values and source with markup as text", () => {
    const hostile = "<script>alert(1)</script>";
    const view = withFrames([frame(hostile, true, { file: "<img src=x onerror=alert(1)>", context: [[10, hostile]] })]);
    view.exceptions[0].value = hostile;
    view.url = "javascript:alert(1)";
    const html = render(view);
    expect(tagsOf(html)).not.toMatch(/<script|<img|<a /);
    expect(html).not.toContain("javascript:");
    expect(html).toContain("&#x3C;img src=x onerror=alert(1)>:10");
  });
});
