import { z } from "zod";
import { describe, expect, it } from "vitest";
import { constrainTool, parseConstraints } from "./constraints";
import { defineTool, replyText } from "./tool";

const echo = defineTool({
  name: "echo",
  title: "Echo",
  description: "echo",
  inputSchema: { organizationSlug: z.string(), projectSlug: z.string().optional(), query: z.string() },
  toolset: "core",
  annotations: { readOnlyHint: true, destructiveHint: false, openWorldHint: false },
  handler: async (args) => JSON.stringify(args),
});

describe("constraints", () => {
  it("parses org and project segments and refuses anything else", () => {
    expect(parseConstraints(undefined)).toEqual({ organization: undefined, project: undefined });
    expect(parseConstraints(["acme", "web"])).toEqual({ organization: "acme", project: "web" });
    expect(parseConstraints(["acme", "web", "extra"])).toBeNull();
    expect(parseConstraints(["../x"])).toBeNull();
  });

  it("removes pinned parameters from the schema and fills them in, overriding what the caller sends", async () => {
    const tool = constrainTool(echo, { organization: "acme", project: "web" })!;
    expect(Object.keys(tool.inputSchema)).toEqual(["query"]);
    const result = JSON.parse(replyText(await tool.handler({ query: "q", organizationSlug: "evil" }, {} as never)));
    expect(result).toEqual({ query: "q", organizationSlug: "acme", projectSlug: "web" });
  });

  it("hides find_organizations under an organization constraint", () => {
    expect(constrainTool({ ...echo, name: "find_organizations" }, { organization: "acme" })).toBeNull();
    expect(constrainTool({ ...echo, name: "find_organizations" }, {})).not.toBeNull();
  });
});
