import { describe, expect, it } from "vitest";
import { describeMcp } from "@/lib/mcp/metadata";

describe("describeMcp", () => {
  const metadata = describeMcp({ disabledTools: [], writesAllowed: true });

  it("lists every tool with its title, description and a JSON Schema for its input", () => {
    expect(metadata.tools).toHaveLength(41);
    for (const tool of metadata.tools) {
      expect(tool.title).not.toBe("");
      expect(tool.description).not.toBe("");
      expect(tool.inputSchema).toMatchObject({ type: "object" });
    }
    const searchIssues = metadata.tools.find((tool) => tool.name === "search_issues");
    expect(searchIssues?.inputSchema).toMatchObject({ properties: { organizationSlug: { type: "string" } } });
  });

  it("marks exactly the write tools as not read-only", () => {
    const writes = metadata.tools.filter((tool) => !tool.readOnly).map((tool) => tool.name);
    expect(writes.sort()).toEqual(
      ["add_issue_note", "create_dsn", "create_project", "create_team", "update_dsn", "update_issue", "update_project"].sort(),
    );
  });

  it("leaves out the tools the admin's settings turn off", () => {
    const narrowed = describeMcp({ disabledTools: ["whoami"], writesAllowed: false });
    const names = narrowed.tools.map((tool) => tool.name);
    expect(names).toHaveLength(33);
    expect(names).not.toContain("whoami");
    expect(narrowed.tools.every((tool) => tool.readOnly)).toBe(true);
  });

  it("lists the prompts with their arguments, saying which are required", () => {
    expect(metadata.prompts.map((prompt) => prompt.name)).toEqual([
      "triage_recent_errors",
      "explain_issue",
      "release_health",
      "errors_in_file",
    ]);
    const triage = metadata.prompts[0];
    expect(triage.arguments).toEqual([
      { name: "organization", title: "Organization", description: expect.stringMatching(/Organization slug/), required: true },
      { name: "project", title: "Project", description: expect.stringMatching(/Project slug/), required: false },
      { name: "period", title: "Period", description: expect.stringMatching(/How far back/), required: false },
    ]);
  });

  it("gives every prompt argument a human title", () => {
    const titles = metadata.prompts.flatMap((prompt) => prompt.arguments.map((argument) => argument.title));
    expect(titles).toEqual(["Organization", "Project", "Period", "Organization", "Issue", "Organization", "Release", "Organization", "File"]);
  });

  it("is plain JSON", () => {
    expect(JSON.parse(JSON.stringify(metadata))).toEqual(metadata);
  });
});
