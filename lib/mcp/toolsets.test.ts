import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { tools } from "@/lib/mcp/tools";
import { narrowToolsets, parseToolsets, toolsetNames } from "@/lib/mcp/toolsets";

describe("parseToolsets", () => {
  it("reads a comma-separated choice and always adds core; no choice means every tool", () => {
    expect(parseToolsets("issues, traces")).toEqual(new Set(["core", "issues", "traces"]));
    expect(parseToolsets(null)).toBeNull();
  });

  it("refuses an unknown or empty choice with a 400 that names the valid toolsets", () => {
    for (const [list, message] of [
      ["issues,tracez", "Unknown toolset: tracez. Valid toolsets: core, issues, events, traces, releases, projects, monitors, replays, dashboards."],
      ["", "`toolsets` names no toolset. Valid toolsets: core, issues, events, traces, releases, projects, monitors, replays, dashboards."],
    ]) {
      const error = (() => {
        try {
          parseToolsets(list);
        } catch (caught) {
          return caught;
        }
      })();
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: "bad_request", status: 400, message });
    }
  });

  it("narrows a URL's choice by a grant's, never widens it", () => {
    const granted = new Set(["core", "issues"] as const);
    expect(narrowToolsets(parseToolsets("issues,traces"), granted)).toEqual(new Set(["core", "issues"]));
    expect(narrowToolsets(null, granted)).toBe(granted);
    expect(narrowToolsets(null, null)).toBeNull();
  });
});

describe("the registry", () => {
  it("puts every tool in a named toolset", () => {
    for (const tool of tools) expect(toolsetNames).toContain(tool.toolset);
  });
});
