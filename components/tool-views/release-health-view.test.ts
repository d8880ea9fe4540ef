import { toHtml } from "hast-util-to-html";
import { describe, expect, it } from "vitest";
import type { ReleaseHealthView } from "@/lib/tool-views/release-health";
import { releaseHealthView } from "./release-health-view";
import { tagsOf } from "./test-support";

const project = { project: "backend", crashFreeSessions: 98.5, crashFreeUsers: 99.75, sessions: 1200, users: null };
const render = (projects: ReleaseHealthView["projects"], version = "backend@2.4.1") => toHtml(releaseHealthView({ kind: "release-health", version, projects }));

describe("releaseHealthView", () => {
  it("shows each project's crash-free rates as filled bars, warning below 99%", () => {
    const html = render([project]);
    expect(html).toContain(">backend@2.4.1</code>");
    expect(html).toContain('<span class="font-medium">98.5%</span> of 1,200 sessions');
    expect(html).toContain('class="bg-amber-500 h-full" style="width:98.5%"');
    expect(html).toContain('<span class="font-medium">99.75%</span></span>');
    expect(html).toContain('class="bg-emerald-500 h-full" style="width:99.75%"');
  });

  it("says unknown for a rate Sentry did not send", () => {
    expect(render([{ ...project, crashFreeUsers: null }])).toContain('<span class="font-medium">unknown</span>');
  });

  it("keeps a version and project name with markup as text", () => {
    const html = render([{ ...project, project: "<img src=x onerror=alert(1)>" }], "<script>alert(1)</script>");
    expect(tagsOf(html)).not.toMatch(/<img|<script/);
    expect(html).toContain("&#x3C;script>alert(1)&#x3C;/script>");
  });
});
