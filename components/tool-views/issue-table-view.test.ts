import { toHtml } from "hast-util-to-html";
import { describe, expect, it } from "vitest";
import { issueSchema } from "@/lib/sentry/issues";
import { documentedExamples } from "@/lib/sentry/openapi-examples";
import type { IssueTableView } from "@/lib/tool-views/issue-table";
import { issueTableView } from "./issue-table-view";
import { tagsOf } from "./test-support";

const [issue] = issueSchema.array().parse(documentedExamples("listOrganizationIssues")[0]);
const row = {
  shortId: issue.shortId!,
  title: issue.title!,
  culprit: issue.culprit ?? null,
  url: issue.permalink ?? null,
  level: issue.level ?? null,
  status: issue.status!,
  count: Number(issue.count),
  userCount: issue.userCount == null ? null : Number(issue.userCount),
  lastSeen: issue.lastSeen ?? null,
};
const render = (issues: IssueTableView["issues"]) => toHtml(issueTableView({ kind: "issue-table", issues }));

describe("issueTableView", () => {
  it("shows the documented issue as a row: linked short id, title, culprit, level, status, counts and last seen", () => {
    const html = render([{ ...row, count: 1234 }]);
    expect(html).toContain(
      '<a href="https://sentry.io/the-interstellar-jurisdiction/pump-station/issues/1/" target="_blank" rel="noopener noreferrer" class="text-primary shrink-0 font-mono underline underline-offset-2">PUMP-STATION-1</a>',
    );
    expect(html).toContain(">This is an example Python exception</span>");
    expect(html).toContain(">raven.scripts.runner in main</div>");
    expect(html).toMatch(/bg-red-500[^>]*><\/span>error<\/span>/);
    expect(html).toContain(">ignored</td>");
    expect(html).toContain(">1,234</td>");
    expect(html).toContain(">Dec 6, 2018, 9:19 PM UTC</td>");
    expect(html).toContain('<th scope="col"');
    expect(html).toContain('<caption class="sr-only">1 issue</caption>');
  });

  it("shows a dash for a count Sentry did not send", () => {
    expect(render([{ ...row, count: null, userCount: null }])).toMatch(/>—<\/td><td[^>]*>—<\/td>/);
  });

  it("keeps titles and culprits with markup as text, and drops links that are not http(s)", () => {
    const html = render([{ ...row, title: "<script>alert(1)</script>", culprit: "<img src=x>", url: "javascript:alert(1)" }]);
    expect(tagsOf(html)).not.toMatch(/<script|<img|<a /);
    expect(html).not.toContain("javascript:");
    expect(html).toContain("&#x3C;script>alert(1)&#x3C;/script>");
  });
});
