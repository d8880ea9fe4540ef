import AxeBuilder from "@axe-core/playwright";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { expect, test, type Page } from "@playwright/test";
import { ORG } from "./support/chat.ts";
import { DEMO_TOKEN } from "./support/mcp-client.ts";
import { answerConsent, finishAndConnect, mcpTransport, REDIRECT_URL, startAuthorization, TestOAuthClient } from "./support/mcp-oauth.ts";
import { openAccountMenu } from "./support/session.ts";
import { APP_URL } from "./support/stack.ts";
import { startHttpsServer } from "./support/test-tls.ts";

/** Signs in with Sentry on the way (the consent page sends a signed-out person to /signin first), then decides. */
async function signInAndDecide(page: Page, decision: "Allow" | "Deny") {
  await page.getByRole("button", { name: "Continue with Sentry" }).click();
  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByRole("heading", { name: /Connect .* to your Sentry account\?/ })).toBeVisible();
  await page.getByRole("button", { name: decision }).click();
}

async function tokenRequest(body: Record<string, string>) {
  const response = await fetch(`${APP_URL}/oauth/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, string> };
}

function initializeWith(token: string, path = "/mcp") {
  return fetch(`${APP_URL}${path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json", accept: "application/json, text/event-stream" },
    body: JSON.stringify({
      jsonrpc: "2.0",
      id: 1,
      method: "initialize",
      params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "raw", version: "1" } },
    }),
  });
}

test.describe("discovery", () => {
  test("authorization server metadata advertises S256 only, registration, CIMD and the scopes", async ({ request }) => {
    const metadata = await (await request.get("/.well-known/oauth-authorization-server")).json();
    expect(metadata.issuer).toBe(APP_URL);
    expect(metadata.code_challenge_methods_supported).toEqual(["S256"]);
    expect(metadata.registration_endpoint).toBe(`${APP_URL}/oauth/register`);
    expect(metadata.authorization_endpoint).toBe(`${APP_URL}/oauth/authorize`);
    expect(metadata.client_id_metadata_document_supported).toBe(true);
    expect(metadata.scopes_supported).toEqual(["sentry:read", "sentry:write"]);
  });

  test("each MCP path has its own protected resource metadata, and the root describes /mcp", async ({ request }) => {
    for (const path of ["/mcp", `/mcp/${ORG}`, `/mcp/${ORG}/pump-station`]) {
      const metadata = await (await request.get(`/.well-known/oauth-protected-resource${path}`)).json();
      expect(metadata.resource).toBe(`${APP_URL}${path}`);
      expect(metadata.authorization_servers).toEqual([APP_URL]);
      expect(metadata.scopes_supported).toEqual(["sentry:read"]);
    }
    expect((await (await request.get("/.well-known/oauth-protected-resource")).json()).resource).toBe(`${APP_URL}/mcp`);
    expect((await request.get("/.well-known/oauth-protected-resource/mcp/a/b/c")).status()).toBe(404);
  });
});

test("an MCP client connects by URL alone: 401, discovery, registration, sign-in and consent, tokens, tools", async ({ page }) => {
  const provider = new TestOAuthClient({ name: "Claude Code (e2e)" });
  const authorizationUrl = await startAuthorization(provider);
  expect(provider.client?.client_id).toBeTruthy();
  expect(authorizationUrl.searchParams.get("resource")).toBe(`${APP_URL}/mcp`);

  const redirected = await answerConsent(page, authorizationUrl, async () => {
    await page.getByRole("button", { name: "Continue with Sentry" }).click();
    await page.getByRole("button", { name: "Approve" }).click();
    await expect(page.getByRole("heading", { name: "Connect Claude Code (e2e) to your Sentry account?" })).toBeVisible();
    // Where the tokens go, and the warnings for a local app and a first connection.
    await expect(page.getByText("Access will be sent to 127.0.0.1")).toBeVisible();
    await expect(page.getByText(/an app on your computer/)).toBeVisible();
    await expect(page.getByText("You have not connected this app before.")).toBeVisible();
    await page.getByRole("button", { name: "Allow" }).click();
  });
  expect(redirected.searchParams.get("iss")).toBe(APP_URL);
  const code = redirected.searchParams.get("code");
  expect(code).toBeTruthy();

  const client = await finishAndConnect(provider, code!);
  expect(provider.saved?.expires_in).toBe(3600);
  const { tools } = await client.listTools();
  expect(tools.map((tool) => tool.name)).toContain("whoami");
  // Approved read-only: the write tools are not offered.
  expect(tools.map((tool) => tool.name)).not.toContain("update_issue");
  const result = await client.callTool({ name: "whoami", arguments: {} });
  expect(result.isError).toBeFalsy();
  expect(JSON.stringify(result.content)).toContain("jane@example.com");
  await client.close();

  // Refresh tokens rotate: the new one works, and once it has been used the old one is spent.
  const clientId = provider.client!.client_id;
  const first = provider.saved!.refresh_token!;
  const second = await tokenRequest({ grant_type: "refresh_token", refresh_token: first, client_id: clientId });
  expect(second.status).toBe(200);
  expect(second.body.refresh_token).not.toBe(first);
  const third = await tokenRequest({ grant_type: "refresh_token", refresh_token: second.body.refresh_token, client_id: clientId });
  expect(third.status).toBe(200);
  const reused = await tokenRequest({ grant_type: "refresh_token", refresh_token: first, client_id: clientId });
  expect(reused.status).toBe(400);
  expect(reused.body.error).toBe("invalid_grant");
  expect((await initializeWith(third.body.access_token)).status).toBe(200);
});

test("a client that presents a client ID metadata document connects without registering", async ({ page }) => {
  // The document lives on the client's own https origin (here: this test, on loopback, which an app
  // served from localhost may fetch; a public deployment refuses loopback).
  let fetched = 0;
  const { origin, server } = await startHttpsServer((request, response) => {
    fetched++;
    response.writeHead(200, { "content-type": "application/json" }).end(
      JSON.stringify({
        client_id: `${origin}/oauth/client.json`,
        client_name: "Metadata client",
        redirect_uris: [REDIRECT_URL],
        grant_types: ["authorization_code", "refresh_token"],
        response_types: ["code"],
        token_endpoint_auth_method: "none",
      }),
    );
  });
  try {
    const provider = new TestOAuthClient({ clientMetadataUrl: `${origin}/oauth/client.json` });
    const authorizationUrl = await startAuthorization(provider);
    expect(authorizationUrl.searchParams.get("client_id")).toBe(`${origin}/oauth/client.json`);
    const redirected = await answerConsent(page, authorizationUrl, async () => {
      await page.getByRole("button", { name: "Continue with Sentry" }).click();
      await page.getByRole("button", { name: "Approve" }).click();
      await expect(page.getByRole("heading", { name: "Connect Metadata client to your Sentry account?" })).toBeVisible();
      // Its domain is the one that served the document, not a name it chose.
      await expect(page.getByText("Published by 127.0.0.1")).toBeVisible();
      await page.getByRole("button", { name: "Allow" }).click();
    });
    const client = await finishAndConnect(provider, redirected.searchParams.get("code")!);
    expect(JSON.stringify((await client.callTool({ name: "whoami", arguments: {} })).content)).toContain("jane@example.com");
    await client.close();
    expect(fetched).toBeGreaterThan(0);
  } finally {
    server.close();
  }
});

test("the consent page reads well and is accessible in light and dark, on a desktop and a phone", async ({ page }) => {
  const authorizationUrl = await startAuthorization(new TestOAuthClient({ name: "Accessible client" }));
  await page.goto(authorizationUrl.href);
  await page.getByRole("button", { name: "Continue with Sentry" }).click();
  await page.getByRole("button", { name: "Approve" }).click();
  for (const viewport of [{ width: 1280, height: 800 }, { width: 375, height: 740 }]) {
    for (const colorScheme of ["light", "dark"] as const) {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      await page.reload();
      await expect(page.getByRole("heading", { name: "Connect Accessible client to your Sentry account?" })).toBeVisible();
      await expect(page.locator("html")).toHaveClass(colorScheme === "dark" ? /dark/ : /^(?!.*dark)/);
      // Nothing wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => `${colorScheme} ${viewport.width}px ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    }
  }
});

test("a token is bound to the URL it was issued for: one for /mcp/<org> is refused on another organization and on /mcp", async ({ page }) => {
  const provider = new TestOAuthClient({ name: "Pinned client" });
  const authorizationUrl = await startAuthorization(provider, `/mcp/${ORG}`);
  expect(authorizationUrl.searchParams.get("resource")).toBe(`${APP_URL}/mcp/${ORG}`);
  const redirected = await answerConsent(page, authorizationUrl, async () => {
    await page.getByRole("button", { name: "Continue with Sentry" }).click();
    await page.getByRole("button", { name: "Approve" }).click();
    await expect(page.getByLabel("Which organizations")).toHaveValue(`org:${ORG}`);
    await expect(page.getByLabel("Which organizations").locator("option", { hasText: "All my organizations" })).toHaveCount(0);
    await page.getByRole("button", { name: "Allow" }).click();
  });
  const client = await finishAndConnect(provider, redirected.searchParams.get("code")!, `/mcp/${ORG}`);
  expect((await client.listTools()).tools.map((tool) => tool.name)).not.toContain("find_organizations");
  await client.close();

  const token = provider.saved!.access_token;
  expect((await initializeWith(token, `/mcp/${ORG}`)).status).toBe(200);
  expect((await initializeWith(token, "/mcp/another-org")).status).toBe(401);
  expect((await initializeWith(token, "/mcp")).status).toBe(401);
});

test("a grant narrowed to some toolsets lists only those and core; the URL's toolsets narrow it further", async ({ page }) => {
  const provider = new TestOAuthClient({ name: "Issues client" });
  const authorizationUrl = await startAuthorization(provider);
  const redirected = await answerConsent(page, authorizationUrl, async () => {
    await page.getByRole("button", { name: "Continue with Sentry" }).click();
    await page.getByRole("button", { name: "Approve" }).click();
    await page.getByRole("checkbox", { name: /^issues/i }).check();
    await page.getByRole("checkbox", { name: /^traces/i }).check();
    await page.getByRole("button", { name: "Allow" }).click();
  });
  const client = await finishAndConnect(provider, redirected.searchParams.get("code")!);
  const names = (await client.listTools()).tools.map((tool) => tool.name);
  expect(names).toEqual(expect.arrayContaining(["whoami", "find_organizations", "search_issues", "get_issue_details", "get_trace_details"]));
  for (const other of ["find_projects", "get_event", "find_releases"]) expect(names).not.toContain(other);
  await client.close();

  const narrower = new Client({ name: "sentry-chat-e2e-oauth", version: "1.0.0" });
  await narrower.connect(mcpTransport(provider, "/mcp?toolsets=traces,releases"));
  const narrowed = (await narrower.listTools()).tools.map((tool) => tool.name);
  expect(narrowed).toEqual(expect.arrayContaining(["whoami", "get_trace_details"]));
  for (const other of ["search_issues", "find_releases"]) expect(narrowed).not.toContain(other);
  await narrower.close();
});

test("Deny sends the client access_denied with its state and our issuer", async ({ page }) => {
  const provider = new TestOAuthClient({ name: "Denied client" });
  const authorizationUrl = await startAuthorization(provider);
  const redirected = await answerConsent(page, authorizationUrl, () => signInAndDecide(page, "Deny"));
  expect(redirected.searchParams.get("error")).toBe("access_denied");
  expect(redirected.searchParams.get("state")).toBe(authorizationUrl.searchParams.get("state"));
  expect(redirected.searchParams.get("iss")).toBe(APP_URL);
  expect(redirected.searchParams.get("code")).toBeNull();
});

test.describe("refused before any consent", () => {
  test("a redirect URI the client did not register: an error page here, no redirect", async ({ page }) => {
    const provider = new TestOAuthClient({ name: "Client with a registered URI" });
    const authorizationUrl = await startAuthorization(provider);
    authorizationUrl.searchParams.set("redirect_uri", "http://127.0.0.1:47616/elsewhere");
    const response = await page.goto(authorizationUrl.href);
    expect(response?.status()).toBe(400);
    expect(new URL(page.url()).origin).toBe(APP_URL);
    await expect(page.getByRole("heading", { name: "This app cannot connect" })).toBeVisible();
  });

  for (const [name, change] of [
    ["no PKCE challenge", (url: URL) => url.searchParams.delete("code_challenge")],
    ["the plain PKCE method", (url: URL) => url.searchParams.set("code_challenge_method", "plain")],
  ] as const) {
    test(`${name}: refused`, async ({ page }) => {
      const provider = new TestOAuthClient({ name: "PKCE client" });
      const authorizationUrl = await startAuthorization(provider);
      change(authorizationUrl);
      // Straight back to the client, before sign-in or consent, with invalid_request and no code.
      const redirected = await answerConsent(page, authorizationUrl, async () => {});
      expect(redirected.searchParams.get("error")).toBe("invalid_request");
      expect(redirected.searchParams.get("code")).toBeNull();
    });
  }

  test("a client ID metadata document on a private address: refused without fetching it", async ({ page }) => {
    // Names that resolve to private addresses (the refusal comes before any lookup or fetch).
    for (const clientId of ["https://metadata.google.internal/client.json", "https://printer.local/client.json"]) {
      const url = new URL("/oauth/authorize", APP_URL);
      url.search = new URLSearchParams({
        response_type: "code",
        client_id: clientId,
        redirect_uri: REDIRECT_URL,
        code_challenge: "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
        code_challenge_method: "S256",
        state: "s",
      }).toString();
      const response = await page.goto(url.href);
      expect(response?.status()).toBe(400);
      await expect(page.getByRole("heading", { name: "This app could not be verified" })).toBeVisible();
    }
    const token = await tokenRequest({ grant_type: "authorization_code", code: "x", client_id: "https://printer.local/client.json", code_verifier: "v" });
    expect(token.body.error).toBe("invalid_client");
  });
});

test("when the person's Sentry sign-in ends, the connection answers 401 and cannot be refreshed", async ({ page }) => {
  const provider = new TestOAuthClient({ name: "Outlived client" });
  const redirected = await answerConsent(page, await startAuthorization(provider), () => signInAndDecide(page, "Allow"));
  const client = await finishAndConnect(provider, redirected.searchParams.get("code")!);
  await client.close();
  expect((await initializeWith(provider.saved!.access_token)).status).toBe(200);

  // Signing out deletes the Sentry tokens the connection ran on.
  await page.goto("/");
  await openAccountMenu(page, "Jane Doe");
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);

  const refused = await initializeWith(provider.saved!.access_token);
  expect(refused.status).toBe(401);
  expect(refused.headers.get("www-authenticate")).toContain(`resource_metadata="${APP_URL}/.well-known/oauth-protected-resource/mcp"`);
  expect(((await refused.json()) as { error_description: string }).error_description).toMatch(/Sentry sign-in has ended/);
  // The grant is gone with it: the client has to connect again rather than refresh.
  const refresh = await tokenRequest({ grant_type: "refresh_token", refresh_token: provider.saved!.refresh_token!, client_id: provider.client!.client_id });
  expect(refresh.body.error).toBe("invalid_grant");
});

test("pasted Sentry tokens keep working as Sentry-Bearer", async () => {
  const response = await fetch(`${APP_URL}/mcp`, {
    method: "POST",
    headers: { authorization: `Sentry-Bearer ${DEMO_TOKEN}`, "content-type": "application/json", accept: "application/json, text/event-stream" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "raw", version: "1" } } }),
  });
  expect(response.status).toBe(200);
});
