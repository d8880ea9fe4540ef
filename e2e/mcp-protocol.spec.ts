import { expect, test } from "@playwright/test";
import { connectMcp, connectMcpV2, DEMO_TOKEN } from "./support/mcp-client.ts";
import { issueSentryToken } from "./support/sentry-token.ts";
import { sentryStandIn } from "./support/stand-ins.ts";
import { APP_URL } from "./support/stack.ts";

const ORG = "the-interstellar-jurisdiction";
const initialize = {
  jsonrpc: "2.0",
  id: 1,
  method: "initialize",
  params: { protocolVersion: "2025-11-25", capabilities: {}, clientInfo: { name: "raw", version: "1" } },
};
const mcpHeaders = { "content-type": "application/json", accept: "application/json, text/event-stream" };

test.beforeEach(() => sentryStandIn.reset());

test("initialize and list the tools, each with its annotations", async () => {
  const client = await connectMcp();
  expect(client.getServerVersion()?.name).toBe("sentry-chat");
  const { tools } = await client.listTools();
  expect(tools.map((t) => t.name)).toEqual(expect.arrayContaining(["whoami", "find_organizations", "find_projects"]));
  for (const tool of tools) {
    expect(tool.description?.length, tool.name).toBeGreaterThan(20);
    expect(typeof tool.annotations?.readOnlyHint, tool.name).toBe("boolean");
    expect(typeof tool.annotations?.destructiveHint, tool.name).toBe("boolean");
    expect(tool.annotations?.openWorldHint, tool.name).toBe(true);
    expect(tool.annotations?.title, tool.name).toBeTruthy();
  }
  await client.close();
});

const MODERN = "2026-07-28";
const envelope = {
  "io.modelcontextprotocol/protocolVersion": MODERN,
  "io.modelcontextprotocol/clientInfo": { name: "raw", version: "1" },
  "io.modelcontextprotocol/clientCapabilities": {},
};
/** One MCP 2026-07-28 request as a raw POST: the headers the revision requires, mirroring the body. */
const modern = (method: string, params: Record<string, unknown> = {}, headers: Record<string, string> = {}) => ({
  headers: {
    ...mcpHeaders,
    authorization: `Sentry-Bearer ${DEMO_TOKEN}`,
    "mcp-protocol-version": MODERN,
    "mcp-method": method,
    ...(typeof params.name === "string" ? { "mcp-name": params.name } : {}),
    ...headers,
  },
  data: { jsonrpc: "2.0", id: 41, method, params: { ...params, _meta: envelope } },
});

test.describe("protocol revisions", () => {
  test("MCP 2026-07-28: server/discover offers it, with no initialize round trip", async ({ request }) => {
    const response = await request.post("/mcp", modern("server/discover"));
    expect(response.status()).toBe(200);
    const { id, result } = await response.json();
    expect(id).toBe(41);
    expect(result.supportedVersions).toContain(MODERN);
    expect(result.capabilities).toMatchObject({ tools: { listChanged: false }, prompts: {}, resources: {}, completions: {} });
    expect(result._meta["io.modelcontextprotocol/serverInfo"]).toMatchObject({ name: "sentry-chat" });

    const client = await connectMcpV2({ path: `/mcp/${ORG}` });
    expect(client.getNegotiatedProtocolVersion()).toBe(MODERN);
    expect((await client.callTool({ name: "whoami", arguments: {} })).content).toEqual([expect.objectContaining({ text: expect.stringContaining("Jane Doe") })]);
    await client.close();
  });

  for (const version of ["2025-11-25", "2025-06-18", "2025-03-26"]) {
    test(`MCP ${version}: initialize is answered in that revision`, async ({ request }) => {
      const response = await request.post("/mcp", {
        headers: { ...mcpHeaders, authorization: `Sentry-Bearer ${DEMO_TOKEN}` },
        data: { ...initialize, params: { ...initialize.params, protocolVersion: version } },
      });
      expect(response.status()).toBe(200);
      const text = await response.text();
      const body = JSON.parse(text.startsWith("{") ? text : /^data: (.*)$/m.exec(text)![1]);
      expect(body).toMatchObject({ id: 1, result: { protocolVersion: version, serverInfo: { name: "sentry-chat" } } });
    });
  }

  test("lists carry cache hints on 2026-07-28 (private, a minute) and none before", async ({ request }) => {
    for (const method of ["tools/list", "prompts/list", "resources/list", "resources/templates/list"]) {
      const { result } = await (await request.post("/mcp", modern(method))).json();
      expect(result, method).toMatchObject({ ttlMs: 60_000, cacheScope: "private" });
    }
    const client = await connectMcp();
    const legacy = await client.listTools();
    expect(legacy).not.toHaveProperty("ttlMs");
    expect(legacy).not.toHaveProperty("cacheScope");
    await client.close();
  });

  test("an issue and an event can be attached as resources", async () => {
    const client = await connectMcpV2();
    const { resourceTemplates } = await client.listResourceTemplates();
    expect(resourceTemplates.map((template) => template.uriTemplate)).toEqual([
      "sentry://{organization}/issues/{issueId}",
      "sentry://{organization}/{project}/events/{eventId}",
    ]);
    const issue = await client.readResource({ uri: `sentry://${ORG}/issues/1` });
    expect(issue.contents[0]).toMatchObject({ mimeType: "text/markdown", text: expect.stringContaining("PUMP-STATION-1") });
    await client.close();
  });

  test("malformed and unsupported requests: the spec's codes and statuses, each carrying the request's id", async ({ request }) => {
    const mismatch = await request.post("/mcp", modern("tools/call", { name: "whoami", arguments: {} }, { "mcp-name": "find_projects" }));
    expect(mismatch.status()).toBe(400);
    expect(await mismatch.json()).toMatchObject({ id: 41, error: { code: -32020 } });

    const unsupported = await request.post("/mcp", modern("tools/list", {}, { "mcp-protocol-version": "2099-01-01" }));
    expect(unsupported.status()).toBe(400);
    expect((await unsupported.json()).id).toBe(41);

    const unknownMethod = await request.post("/mcp", modern("no/such/method"));
    expect(unknownMethod.status()).toBe(404);
    expect(await unknownMethod.json()).toMatchObject({ id: 41, error: { code: -32601 } });

    const notJson = await request.post("/mcp", { headers: { ...mcpHeaders, authorization: `Sentry-Bearer ${DEMO_TOKEN}` }, data: Buffer.from("{not json") });
    expect(notJson.status()).toBe(400);
    expect(await notJson.json()).toMatchObject({ id: null, error: { code: -32700 } });

    const wrongType = await request.post("/mcp", { headers: { "content-type": "text/plain", authorization: `Sentry-Bearer ${DEMO_TOKEN}` }, data: JSON.stringify(initialize) });
    expect(wrongType.status()).toBe(415);

    // Our own refusals carry it too.
    const badPath = await request.post("/mcp/a/b/c", { headers: { ...mcpHeaders, authorization: `Sentry-Bearer ${DEMO_TOKEN}` }, data: initialize });
    expect(badPath.status()).toBe(404);
    expect((await badPath.json()).id).toBe(1);
  });
});

test("prompts: listed with arguments, rendered with them, and completed", async () => {
  const client = await connectMcp();
  const { prompts } = await client.listPrompts();
  expect(prompts.length).toBeGreaterThanOrEqual(4);
  const triage = prompts.find((p) => p.name === "triage_recent_errors");
  expect(triage?.arguments?.map((a) => [a.name, a.required])).toEqual([
    ["organization", true],
    ["project", false],
    ["period", false],
  ]);
  const rendered = await client.getPrompt({ name: "triage_recent_errors", arguments: { organization: ORG, period: "7d" } });
  expect(rendered.messages[0].content).toMatchObject({ type: "text", text: expect.stringContaining(`\`${ORG}\``) });

  const orgs = await client.complete({
    ref: { type: "ref/prompt", name: "explain_issue" },
    argument: { name: "organization", value: "the-" },
  });
  expect(orgs.completion.values).toEqual([ORG]);
  const projects = await client.complete({
    ref: { type: "ref/prompt", name: "triage_recent_errors" },
    argument: { name: "project", value: "pr" },
    context: { arguments: { organization: ORG } },
  });
  expect(projects.completion.values).toEqual(["prime-mover"]);
  await client.close();
});

test("logging/setLevel is accepted", async () => {
  const client = await connectMcp();
  await expect(client.setLoggingLevel("warning")).resolves.toBeDefined();
  await client.close();
});

test("a tool call reaches Sentry with the caller's token", async () => {
  const client = await connectMcp();
  const result = await client.callTool({ name: "whoami", arguments: {} });
  expect(result.isError).toBeFalsy();
  expect(JSON.stringify(result.content)).toContain("jane@example.com");
  const calls = (await sentryStandIn.requests()).filter((r) => r.path === "/api/0/auth/");
  expect((calls.at(-1)?.headers as Record<string, string>).authorization).toBe(`Bearer ${DEMO_TOKEN}`);
  await client.close();
});

test.describe("authentication and origin", () => {
  test("no token: 401 naming the path's own protected resource metadata and the scope to ask for", async ({ request }) => {
    for (const path of ["/mcp", `/mcp/${ORG}`, `/mcp/${ORG}/pump-station`]) {
      const response = await request.post(path, { headers: mcpHeaders, data: initialize });
      expect(response.status()).toBe(401);
      const challenge = response.headers()["www-authenticate"];
      expect(challenge).toMatch(/^Bearer /);
      expect(challenge).toContain(`resource_metadata="${APP_URL}/.well-known/oauth-protected-resource${path}"`);
      expect(challenge).toContain('scope="sentry:read"');
    }
  });

  test("a Sentry token sent as Bearer: 401 saying to send it as Sentry-Bearer", async ({ request }) => {
    const response = await request.post("/mcp", { headers: { ...mcpHeaders, authorization: `Bearer ${DEMO_TOKEN}` }, data: initialize });
    expect(response.status()).toBe(401);
    expect(response.headers()["www-authenticate"]).toContain('error="invalid_token"');
    expect((await response.json()).error_description).toContain("Sentry-Bearer");
  });

  test("a token Sentry does not know: 401", async ({ request }) => {
    const response = await request.post("/mcp", {
      headers: { ...mcpHeaders, authorization: "Sentry-Bearer sntryu_not-a-real-token" },
      data: initialize,
    });
    expect(response.status()).toBe(401);
  });

  test("a foreign Origin: 403", async ({ request }) => {
    const response = await request.post("/mcp", {
      headers: { ...mcpHeaders, authorization: `Sentry-Bearer ${DEMO_TOKEN}`, origin: "https://evil.example" },
      data: initialize,
    });
    expect(response.status()).toBe(403);
  });

  test("GET and DELETE on the stateless endpoint: 405", async ({ request }) => {
    expect((await request.get("/mcp")).status()).toBe(405);
    expect((await request.delete("/mcp")).status()).toBe(405);
  });

  test("too many requests for one token: 429 with Retry-After", async ({ request }) => {
    const token = await issueSentryToken("jane");
    const send = () => request.post("/mcp", { headers: { ...mcpHeaders, authorization: `Sentry-Bearer ${token}` }, data: initialize });
    let response = await send();
    // The limiter counts in fixed 60-second windows (300 each): 700 requests spread over two
    // windows still put more than 300 in one, however slow the machine is.
    for (let i = 0; i < 700 && response.status() !== 429; i++) response = await send();
    expect(response.status()).toBe(429);
    expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
  });
});

test.describe("toolsets", () => {
  test("?toolsets= lists and serves only those groups and core, on a pinned URL too", async () => {
    const client = await connectMcp({ path: `/mcp/${ORG}?toolsets=traces` });
    const names = (await client.listTools()).tools.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(["whoami", "get_sentry_resource", "get_trace_details"]));
    for (const other of ["search_issues", "find_projects", "get_event", "find_organizations"]) expect(names).not.toContain(other);
    await expect(client.callTool({ name: "search_issues", arguments: {} })).rejects.toThrow(/search_issues not found/);
    await client.close();
  });

  test("an unknown toolset is refused with 400 and a JSON-RPC error naming the valid ones", async () => {
    const response = await fetch(`${APP_URL}/mcp?toolsets=issues,nope`, {
      method: "POST",
      headers: { ...mcpHeaders, authorization: `Sentry-Bearer ${DEMO_TOKEN}` },
      body: JSON.stringify(initialize),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      jsonrpc: "2.0",
      id: 1,
      error: {
        code: -32001,
        message: "Unknown toolset: nope. Valid toolsets: core, issues, events, traces, releases, projects, monitors, replays, dashboards.",
        data: { code: "bad_request" },
      },
    });
  });
});

test.describe("organization and project constraints", () => {
  test("/mcp/:org hides find_organizations and pins the organization", async () => {
    const client = await connectMcp({ path: `/mcp/${ORG}` });
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).not.toContain("find_organizations");
    const findProjects = tools.find((t) => t.name === "find_projects");
    expect(Object.keys(findProjects?.inputSchema.properties ?? {})).not.toContain("organizationSlug");
    const result = await client.callTool({ name: "find_projects", arguments: { organizationSlug: "someone-else" } });
    expect(result.isError).toBeFalsy();
    const paths = (await sentryStandIn.requests()).map((r) => r.path);
    expect(paths).toContain(`/api/0/organizations/${ORG}/projects/`);
    expect(paths.some((p) => String(p).includes("someone-else"))).toBe(false);
    await client.close();
  });

  test("/mcp/:org/:project pins the project too", async () => {
    const client = await connectMcp({ path: `/mcp/${ORG}/pump-station` });
    const { tools } = await client.listTools();
    for (const tool of tools) {
      expect(Object.keys(tool.inputSchema.properties ?? {}), tool.name).not.toContain("projectSlug");
    }
    await client.close();
  });

  test("a token without access to the organization gets 403 at initialize", async ({ request }) => {
    const samToken = await issueSentryToken("sam");
    const response = await request.post(`/mcp/${ORG}`, {
      headers: { ...mcpHeaders, authorization: `Sentry-Bearer ${samToken}` },
      data: initialize,
    });
    expect(response.status()).toBe(403);
    expect(await response.json()).toMatchObject({ id: 1, error: { message: expect.stringContaining(ORG) } });
  });

  test("a malformed constraint path: 404", async ({ request }) => {
    const response = await request.post("/mcp/a/b/c", { headers: { ...mcpHeaders, authorization: `Sentry-Bearer ${DEMO_TOKEN}` }, data: initialize });
    expect(response.status()).toBe(404);
  });
});

test.describe("Sentry failures arrive as isError results", () => {
  const cases: Array<[string, Record<string, unknown>, RegExp]> = [
    ["404", { status: 404 }, /found nothing/],
    ["403", { status: 403 }, /lacks the `org:read` scope/],
    ["429", { status: 429, retryAfter: 12 }, /retry after 12 s/],
    ["500", { status: 500 }, /answered 500/],
  ];
  for (const [name, fault, message] of cases) {
    test(`Sentry ${name}`, async () => {
      const client = await connectMcp();
      await sentryStandIn.fault({ path: "/api/0/organizations/", match: "exact", ...fault });
      const result = await client.callTool({ name: "find_organizations", arguments: {} });
      expect(result.isError).toBe(true);
      expect(JSON.stringify(result.content)).toMatch(message);
      await client.close();
    });
  }

  test("Sentry too slow: a timeout result after 10 s", async () => {
    test.setTimeout(30_000);
    const client = await connectMcp();
    await sentryStandIn.fault({ path: "/api/0/organizations/", match: "exact", delayMs: 11_000 });
    const result = await client.callTool({ name: "find_organizations", arguments: {} });
    expect(result.isError).toBe(true);
    expect(JSON.stringify(result.content)).toMatch(/did not answer .* within 10 s/);
    await client.close();
  });
});

test("legacy SSE transport: initialize, list and call over /sse", async () => {
  const client = await connectMcp({ transport: "sse" });
  const { tools } = await client.listTools();
  expect(tools.map((t) => t.name)).toContain("whoami");
  const result = await client.callTool({ name: "whoami", arguments: {} });
  expect(JSON.stringify(result.content)).toContain("Jane Doe");
  await client.close();
});

test("legacy SSE: unknown or malformed session ids are refused cleanly", async ({ request }) => {
  const headers = { ...mcpHeaders, authorization: `Sentry-Bearer ${DEMO_TOKEN}` };
  const malformed = await request.post("/sse/message?sessionId=not-an-id", { headers, data: initialize });
  expect(malformed.status()).toBe(404);
  const unknown = await request.post(`/sse/message?sessionId=${"a".repeat(64)}`, { headers, data: initialize });
  expect([404]).toContain(unknown.status());
});
