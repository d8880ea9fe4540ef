import { describe, expect, it } from "vitest";
import { tagsOf } from "@/components/tool-views/test-support";
import { renderSnapshotHtml } from "./render-html";
import type { SnapshotMessage } from "./snapshot";

const at = Date.UTC(2026, 10, 27, 7, 52);

function render(messages: Array<Pick<SnapshotMessage, "role" | "parts">>): string {
  return renderSnapshotHtml(messages.map((m, i) => ({ id: `m${i}`, createdAt: at, ...m })), "Jane <Doe>");
}

describe("renderSnapshotHtml", () => {
  it("renders the assistant's Markdown with safe links only, and no images or raw HTML", () => {
    const html = render([
      {
        role: "assistant",
        parts: [
          {
            type: "text",
            text:
              "**Bold** [safe](https://example.com/docs) [bad](javascript:alert(1)) [relative](/admin) " +
              "![pixel](https://evil.example/p.png) <script>window.pwned=1</script> <img src=x onerror=alert(1)> " +
              '<a href="https://evil.example" onclick="x()">raw</a>',
          },
        ],
      },
    ]);
    expect(html).toContain("<strong>Bold</strong>");
    expect(html).toContain(
      '<a href="https://example.com/docs" target="_blank" rel="noopener noreferrer" class="text-primary underline underline-offset-2">safe</a>',
    );
    const removed = '<span class="text-muted-foreground text-xs">(link removed)</span>';
    expect(html).toContain(`<span>bad ${removed}</span>`);
    expect(html).toContain(`<span>relative ${removed}</span>`);
    expect(html).not.toMatch(/blocked/i);
    expect(html).not.toMatch(/<img|<script|onerror|onclick|javascript:|evil\.example/i);
  });

  it("keeps user text, tool arguments and results as text, never markup", () => {
    const html = render([
      { role: "user", parts: [{ type: "text", text: "<script>alert(1)</script> **not bold**" }] },
      {
        role: "assistant",
        parts: [
          { type: "tool", toolName: "get_issue<x>", state: "failed", input: '{"q":"<img src=x>"}', result: "</pre><script>1</script>", durationMs: 1500 },
        ],
      },
    ]);
    expect(html).not.toMatch(/<script|<img|<\/pre><script/);
    expect(html).toContain("&#x3C;script>alert(1)&#x3C;/script> **not bold**");
    expect(html).toContain("Jane &#x3C;Doe> · ");
    expect(html).toContain('data-tool-name="get_issue<x>"');
    expect(html).toContain("· Failed");
    expect(html).toContain("· 1.5 s");
    expect(html).toContain('<time datetime="2026-11-27T07:52:00.000Z">November 27, 2026 at 7:52 AM UTC</time>');
  });

  it("shows tool calls as <details> a reader opens without JavaScript", () => {
    const html = render([{ role: "assistant", parts: [{ type: "tool", toolName: "whoami", state: "done", input: "", result: "" }] }]);
    expect(html).toMatch(/^<article class="flex w-full flex-col gap-1 items-start" data-testid="shared-message-assistant">/);
    expect(html).toContain('<details class="bg-muted/40 rounded-lg border text-sm" data-testid="shared-tool-call" data-tool-name="whoami">');
    expect(html).toContain("(none)");
    expect(html).toContain("(no result)");
  });

  it("shows a message sent from a prompt as its chip, not the template, its values as text", () => {
    const prompt = { name: "explain_issue", title: "Explain an issue", arguments: [{ name: "issue", value: "<b>PROJ-1</b>" }] };
    const html = renderSnapshotHtml([{ id: "u", role: "user", createdAt: at, parts: [{ type: "text", text: "Explain the Sentry issue" }], prompt }], "Jane");
    expect(html).toContain('<p class="text-sm" data-testid="prompt-chip"><span class="font-medium">Explain an issue</span><span class="break-all"> · &#x3C;b>PROJ-1&#x3C;/b></span></p>');
    expect(html).not.toContain("Explain the Sentry issue");
  });

  it("draws a result's views as HTML in an open card, with its text behind Text", () => {
    const views = [
      { kind: "time-series" as const, title: "Events, last 24 hours", unit: "events", series: [{ name: "Events", points: [{ time: "2018-11-05T21:00:00.000Z", value: 557 }] }] },
      {
        kind: "issue-table" as const,
        issues: [{ shortId: "PROJ-1", title: "<script>alert(1)</script>", culprit: null, url: null, level: "error", status: "unresolved", count: 3, userCount: 1, lastSeen: null }],
      },
    ];
    const html = render([{ role: "assistant", parts: [{ type: "tool", toolName: "get_issue_details", state: "done", input: "", result: "# Issue", views }] }]);
    expect(html).toContain('data-testid="shared-tool-call" data-tool-name="get_issue_details" open>');
    expect(html).toContain('data-testid="tool-view-time-series"');
    expect(html).toContain('data-testid="tool-view-issue-table"');
    expect(html).toMatch(/<details><summary class="text-muted-foreground cursor-pointer text-xs">Text<\/summary><pre[^>]*># Issue<\/pre><\/details>/);
    expect(tagsOf(html)).not.toContain("<script>");
    expect(html).toContain("&#x3C;script>alert(1)&#x3C;/script></span>");
  });
});
