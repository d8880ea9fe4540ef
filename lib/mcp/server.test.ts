import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { ToolListChangedNotificationSchema } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMcpServer } from "@/lib/mcp/server";
import { startToolHarness, type ToolHarness } from "@/lib/mcp/test-support";

let harness: ToolHarness;
beforeAll(async () => (harness = await startToolHarness()));
afterAll(() => harness.close());

async function connect(policy: { disabledTools: string[]; writesAllowed: boolean }) {
  const mcp = createMcpServer({ sentry: harness.context.sentry, constraints: {}, toolPolicy: policy });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await mcp.server.connect(serverSide);
  const client = new Client({ name: "test", version: "1.0.0" });
  const listChanges: unknown[] = [];
  client.setNotificationHandler(ToolListChangedNotificationSchema, (notification) => void listChanges.push(notification));
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
    const refused = await client.callTool({ name: "whoami", arguments: {} });
    expect(refused).toMatchObject({ isError: true, content: [{ type: "text", text: expect.stringContaining("whoami disabled") }] });
    await client.close();
  });

  it("applies a change to a server that outlives requests, and tells the client the list changed once", async () => {
    const { mcp, client, listed, listChanges } = await connect({ disabledTools: [], writesAllowed: true });
    expect(await listed()).toEqual(expect.arrayContaining(["whoami", "update_issue"]));

    mcp.applyToolPolicy({ disabledTools: ["whoami"], writesAllowed: false });
    const names = await listed();
    expect(names).not.toContain("whoami");
    expect(names).not.toContain("update_issue");
    expect(await client.callTool({ name: "whoami", arguments: {} })).toMatchObject({ isError: true });
    expect(listChanges).toHaveLength(1);

    mcp.applyToolPolicy({ disabledTools: ["whoami"], writesAllowed: false });
    mcp.applyToolPolicy({ disabledTools: [], writesAllowed: false });
    const whoami = await client.callTool({ name: "whoami", arguments: {} });
    expect(whoami).toMatchObject({ content: [{ type: "text", text: expect.stringContaining("Jane Doe") }] });
    expect(whoami.isError).toBeFalsy();
    expect(listChanges).toHaveLength(2);
    await client.close();
  });
});
