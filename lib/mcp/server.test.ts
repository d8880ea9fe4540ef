import { Client } from "@modelcontextprotocol/client";
import { InMemoryTransport } from "@modelcontextprotocol/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Constraints } from "@/lib/mcp/constraints";
import { createMcpServer } from "@/lib/mcp/server";
import { EXAMPLE_ORG, EXAMPLE_PROJECT, startToolHarness, type ToolHarness } from "@/lib/mcp/test-support";
import { tools } from "@/lib/mcp/tools";
import { parseToolsets, type Toolset } from "@/lib/mcp/toolsets";

let harness: ToolHarness;
beforeAll(async () => (harness = await startToolHarness()));
afterAll(() => harness.close());

async function connect(
  policy: { disabledTools: string[]; writesAllowed: boolean },
  constraints: Constraints = {},
  toolsets: ReadonlySet<Toolset> | null = null,
) {
  const mcp = createMcpServer({ sentry: harness.context.sentry, constraints, toolPolicy: policy, listChanged: true, toolsets });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await mcp.server.connect(serverSide);
  const client = new Client({ name: "test", version: "1.0.0" });
  const listChanges: unknown[] = [];
  client.setNotificationHandler("notifications/tools/list_changed", (notification) => void listChanges.push(notification));
  await client.connect(clientSide);
  const listed = async () => (await client.listTools()).tools.map((tool) => tool.name);
  return { mcp, client, listed, listChanges };
}

describe("the tool policy", () => {
  it("neither lists nor runs a tool the admin turned off, nor a write tool while writes are not allowed", async () => {
    const { client, listed } = await connect({ disabledTools: ["whoami"], writesAllowed: false });
    const names = await listed();
    expect(names).toContain("find_projects");
    expect(names).not.toContain("whoami");
    expect(names).not.toContain("update_issue");
    await expect(client.callTool({ name: "whoami", arguments: {} })).rejects.toThrow("Tool whoami disabled");
    await client.close();
  });

  it("applies a change to a server that outlives requests, and tells the client the list changed once", async () => {
    const { mcp, client, listed, listChanges } = await connect({ disabledTools: [], writesAllowed: true });
    expect(await listed()).toEqual(expect.arrayContaining(["whoami", "update_issue"]));

    mcp.applyToolPolicy({ disabledTools: ["whoami"], writesAllowed: false });
    const names = await listed();
    expect(names).not.toContain("whoami");
    expect(names).not.toContain("update_issue");
    await expect(client.callTool({ name: "whoami", arguments: {} })).rejects.toThrow("Tool whoami disabled");
    await expect.poll(() => listChanges.length).toBe(1);

    mcp.applyToolPolicy({ disabledTools: ["whoami"], writesAllowed: false });
    mcp.applyToolPolicy({ disabledTools: [], writesAllowed: false });
    const whoami = await client.callTool({ name: "whoami", arguments: {} });
    expect(whoami).toMatchObject({ content: [{ type: "text", text: expect.stringContaining("Jane Doe") }] });
    expect(whoami.isError).toBeFalsy();
    await expect.poll(() => listChanges.length).toBe(2);
    await client.close();
  });
});

describe("toolsets", () => {
  it("list and run only the chosen groups and core, and offer only their resources", async () => {
    const { client, listed } = await connect({ disabledTools: [], writesAllowed: true }, {}, parseToolsets("traces"));
    const expected = tools.filter((tool) => tool.toolset === "core" || tool.toolset === "traces").map((tool) => tool.name);
    expect(await listed()).toEqual(expected);
    expect(expected).toEqual(expect.arrayContaining(["whoami", "get_trace_details"]));
    await expect(client.callTool({ name: "search_issues", arguments: { organizationSlug: EXAMPLE_ORG } })).rejects.toThrow("Tool search_issues not found");
    expect((await client.listResourceTemplates()).resourceTemplates).toEqual([]);
    await client.close();
  });
});

describe("structured results", () => {
  it("lists the output schema of a tool that returns views, and answers it with the Markdown and the structured copy", async () => {
    const { client } = await connect({ disabledTools: [], writesAllowed: true });
    const { tools } = await client.listTools();
    const search = tools.find((tool) => tool.name === "search_issues");
    expect(search?.outputSchema).toMatchObject({ type: "object", properties: { views: { type: "array" } }, required: ["views"] });
    expect(tools.find((tool) => tool.name === "whoami")?.outputSchema).toBeUndefined();

    const result = await client.callTool({ name: "search_issues", arguments: { organizationSlug: EXAMPLE_ORG } });
    expect(result.isError).toBeFalsy();
    expect(result.content).toEqual([{ type: "text", text: expect.stringContaining("# Issues in") }]);
    expect(result.structuredContent).toEqual({ views: [expect.objectContaining({ kind: "issue-table" })] });
    await client.close();
  });
});

describe("prompts", () => {
  it("complete an argument, optional ones too, from the user's Sentry data", async () => {
    const { client } = await connect({ disabledTools: [], writesAllowed: true });
    const complete = (name: string, argument: string, value: string) =>
      client.complete({ ref: { type: "ref/prompt", name }, argument: { name: argument, value }, context: { arguments: { organization: EXAMPLE_ORG } } });
    expect((await complete("explain_issue", "organization", "the-")).completion.values).toEqual([EXAMPLE_ORG]);
    expect((await complete("triage_recent_errors", "project", "pr")).completion.values).toEqual(["prime-mover"]);
    await client.close();
  });
});

describe("resources", () => {
  it("offers issues and events as templates, read through their tools", async () => {
    const { client } = await connect({ disabledTools: [], writesAllowed: true });
    const { resourceTemplates } = await client.listResourceTemplates();
    expect(resourceTemplates.map((template) => template.uriTemplate)).toEqual([
      "sentry://{organization}/issues/{issueId}",
      "sentry://{organization}/{project}/events/{eventId}",
    ]);
    expect((await client.listResources()).resources).toEqual([]);
    const issue = await client.readResource({ uri: `sentry://${EXAMPLE_ORG}/issues/1` });
    expect(issue.contents[0]).toMatchObject({ uri: `sentry://${EXAMPLE_ORG}/issues/1`, mimeType: "text/markdown", text: expect.stringContaining("PUMP-STATION-1") });
    const event = await client.readResource({ uri: `sentry://${EXAMPLE_ORG}/${EXAMPLE_PROJECT}/events/9999aaaaca8b46d797c23c6077c6ff01` });
    expect(event.contents[0]).toMatchObject({ text: expect.stringContaining("9999aaaaca8b46d797c23c6077c6ff01") });
    const completion = await client.complete({ ref: { type: "ref/resource", uri: "sentry://{organization}/issues/{issueId}" }, argument: { name: "organization", value: "the-" } });
    expect(completion.completion.values).toEqual([EXAMPLE_ORG]);
    await client.close();
  });

  it("refuses another organization under a pinned endpoint, and follows its tool's policy", async () => {
    const pinned = await connect({ disabledTools: [], writesAllowed: true }, { organization: EXAMPLE_ORG });
    await expect(pinned.client.readResource({ uri: "sentry://someone-else/issues/1" })).rejects.toThrow(/own organization/);
    await pinned.client.close();

    const off = await connect({ disabledTools: ["get_event"], writesAllowed: true });
    expect((await off.client.listResourceTemplates()).resourceTemplates.map((template) => template.name)).toEqual(["sentry_issue"]);
    await expect(off.client.readResource({ uri: `sentry://${EXAMPLE_ORG}/${EXAMPLE_PROJECT}/events/9999aaaaca8b46d797c23c6077c6ff01` })).rejects.toThrow();
    await off.client.close();
  });
});
