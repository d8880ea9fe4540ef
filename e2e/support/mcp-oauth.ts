/**
 * An MCP client that connects by URL alone, with the official SDK's own OAuth support: on the
 * 401 it discovers our authorization server, registers (or presents a client ID metadata
 * document), and hands us the authorization URL, which a Playwright page opens to sign in and
 * answer the consent page as a person would.
 */
import { createServer } from "node:http";
import type { Page } from "@playwright/test";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { UnauthorizedError, type OAuthClientProvider } from "@modelcontextprotocol/sdk/client/auth.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { OAuthClientInformationMixed, OAuthClientMetadata, OAuthTokens } from "@modelcontextprotocol/sdk/shared/auth.js";
import { APP_URL } from "./stack.ts";

/** Where the client listens for the authorization code; the page's navigation there is intercepted. */
export const REDIRECT_URL = "http://127.0.0.1:47615/callback";

export class TestOAuthClient implements OAuthClientProvider {
  client: OAuthClientInformationMixed | undefined;
  saved: OAuthTokens | undefined;
  verifier = "";
  authorizationUrl: URL | undefined;

  constructor(readonly options: { name?: string; clientMetadataUrl?: string } = {}) {}

  get redirectUrl() {
    return REDIRECT_URL;
  }
  get clientMetadataUrl() {
    return this.options.clientMetadataUrl;
  }
  get clientMetadata(): OAuthClientMetadata {
    return {
      client_name: this.options.name ?? "E2E MCP client",
      redirect_uris: [REDIRECT_URL],
      grant_types: ["authorization_code", "refresh_token"],
      response_types: ["code"],
      token_endpoint_auth_method: "none",
    };
  }
  clientInformation() {
    return this.client;
  }
  saveClientInformation(client: OAuthClientInformationMixed) {
    this.client = client;
  }
  tokens() {
    return this.saved;
  }
  saveTokens(tokens: OAuthTokens) {
    this.saved = tokens;
  }
  redirectToAuthorization(url: URL) {
    this.authorizationUrl = url;
  }
  saveCodeVerifier(verifier: string) {
    this.verifier = verifier;
  }
  codeVerifier() {
    return this.verifier;
  }
}

export function mcpTransport(provider: OAuthClientProvider, path = "/mcp") {
  return new StreamableHTTPClientTransport(new URL(path, APP_URL), { authProvider: provider });
}

/**
 * The first connection fails with 401 and leaves the authorization URL; returns that URL. The
 * client is registered (or its metadata document named) by then.
 */
export async function startAuthorization(provider: TestOAuthClient, path = "/mcp"): Promise<URL> {
  const client = new Client({ name: "sentry-chat-e2e-oauth", version: "1.0.0" });
  const error = await client.connect(mcpTransport(provider, path)).then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof UnauthorizedError) || !provider.authorizationUrl) throw new Error(`expected a 401 that starts OAuth, got ${String(error)}`);
  return provider.authorizationUrl;
}

/**
 * Listens on the client's loopback redirect URI, as a native client does, and resolves with the
 * URL the browser was sent back to (the code, or the error, with state and iss).
 */
export async function listenForRedirect(): Promise<{ redirected: Promise<URL>; close(): void }> {
  const { origin, pathname, port } = new URL(REDIRECT_URL);
  let resolve!: (url: URL) => void;
  const redirected = new Promise<URL>((done) => (resolve = done));
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", origin);
    response.writeHead(url.pathname === pathname ? 200 : 404, { "content-type": "text/plain" }).end("You can close this page.");
    if (url.pathname === pathname) resolve(url);
  });
  await new Promise<void>((listening) => server.listen(Number(port), "127.0.0.1", listening));
  return { redirected, close: () => server.close() };
}

/** Opens the authorization URL, lets `decide` answer the pages, and returns where the browser was sent back to. */
export async function answerConsent(page: Page, authorizationUrl: URL, decide: () => Promise<void>): Promise<URL> {
  const callback = await listenForRedirect();
  try {
    await page.goto(authorizationUrl.href);
    await decide();
    return await callback.redirected;
  } finally {
    callback.close();
  }
}

/** After the code: the same provider, now holding tokens, connects for real. */
export async function finishAndConnect(provider: TestOAuthClient, code: string, path = "/mcp"): Promise<Client> {
  await mcpTransport(provider, path).finishAuth(code);
  const client = new Client({ name: "sentry-chat-e2e-oauth", version: "1.0.0" });
  await client.connect(mcpTransport(provider, path));
  return client;
}
