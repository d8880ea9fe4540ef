import { describe, expect, it } from "vitest";
import type { EventEntry } from "@/lib/sentry/events";
import { formatStacktrace } from "./format-stacktrace";

const frame = (n: number, inApp: boolean, extra: Record<string, unknown> = {}) => ({
  filename: `lib/file${n}.py`,
  module: `lib.file${n}`,
  function: `fn${n}`,
  lineNo: 10 + n,
  inApp,
  context: [
    [9 + n, "before()"],
    [10 + n, `  call${n}()  `],
    [11 + n, "after()"],
  ],
  ...extra,
});

const exceptionEntry = (values: unknown[]): EventEntry => ({ type: "exception", data: { values } });

describe("formatStacktrace", () => {
  it("shows the type and value, then only the in-app frames with their context line", () => {
    const text = formatStacktrace([
      { type: "breadcrumbs", data: { values: [] } },
      exceptionEntry([
        {
          type: "ValueError",
          value: "bad *input*",
          mechanism: { type: "generic", handled: false },
          stacktrace: { frames: [frame(1, false), frame(2, true), frame(3, false), frame(4, true)] },
        },
      ]),
    ]);
    expect(text).toMatch(/^\*\*ValueError\*\*: bad \\\*input\\\* \(mechanism `generic`, unhandled\)/);
    expect(text).toContain("In-app frames (2 of 4), most recent call last:");
    expect(text).toContain("```\nlib/file2.py:12 in fn2\n    call2()\nlib/file4.py:14 in fn4\n    call4()\n```");
    expect(text).not.toContain("file1");
    expect(text).not.toContain("file3");
  });

  it("falls back to the last 5 frames when no frame is in-app", () => {
    const frames = Array.from({ length: 8 }, (_, i) => frame(i + 1, false));
    const text = formatStacktrace([exceptionEntry([{ type: "Error", value: "x", stacktrace: { frames } }])]) ?? "";
    expect(text).toContain("No frame is marked in-app; the last 5 of 8 frames");
    for (const n of [4, 5, 6, 7, 8]) expect(text).toContain(`lib/file${n}.py:${10 + n} in fn${n}`);
    for (const n of [1, 2, 3]) expect(text).not.toContain(`file${n}.py`);
  });

  it("keeps the most recent in-app frames of a deep stack", () => {
    const frames = Array.from({ length: 35 }, (_, i) => frame(i + 1, true));
    const text = formatStacktrace([exceptionEntry([{ type: "RecursionError", stacktrace: { frames } }])]) ?? "";
    expect(text).toContain("In-app frames (35 of 35)");
    expect(text).toContain("… 5 earlier in-app frames omitted\nlib/file6.py:16 in fn6");
    expect(text).not.toContain("lib/file5.py");
    expect(text).toContain("lib/file35.py:45 in fn35");
  });

  it("uses the module when there is no filename, and a fence the source cannot close", () => {
    const text = formatStacktrace([
      exceptionEntry([
        {
          type: "Error",
          stacktrace: { frames: [{ module: "app.core", function: "run", lineNo: 3, inApp: true, context: [[3, "s = ```x```"]] }] },
        },
      ]),
    ]);
    expect(text).toContain("````\napp.core:3 in run\n    s = ```x```\n````");
  });

  it("lists a chain most recent exception first", () => {
    const text = formatStacktrace([exceptionEntry([{ type: "KeyError", value: "cause" }, { type: "RuntimeError", value: "outer" }])]) ?? "";
    expect(text.indexOf("RuntimeError")).toBeLessThan(text.indexOf("KeyError"));
    expect(text).toContain("Chained exception: **KeyError**: cause");
    expect(text).toContain("No stack trace was recorded.");
  });

  it("returns null when the event has no exception", () => {
    expect(formatStacktrace([{ type: "message", data: { formatted: "hi" } }])).toBeNull();
    expect(formatStacktrace(undefined)).toBeNull();
  });
});
