// Sentry's OAuth 2 endpoints: /oauth/authorize/ (consent screen, code issuance) and
// /oauth/token/ (authorization_code with PKCE S256, refresh_token with rotation).
// Strict on purpose: every check a real authorization server makes is made here too, so a bug
// in the app's OAuth client fails in tests rather than against sentry.io.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { html, isRecord, json } from "./http.ts";
import type { Incoming, Reply } from "./http.ts";
import { CLIENT_NAME, findUser } from "./fixtures.ts";
import type { State } from "./state.ts";
import { consentPage, errorPage } from "./consent-page.ts";
import type { AuthorizeRequest } from "./consent-page.ts";

type Params = (name: string) => string | undefined;

function paramsFromQuery(url: URL): Params {
  return (name) => url.searchParams.get(name) ?? undefined;
}

function paramsFromBody(body: unknown): Params {
  return (name) => {
    const value = isRecord(body) ? body[name] : undefined;
    return typeof value === "string" ? value : undefined;
  };
}

function randomToken(): string {
  return randomBytes(32).toString("hex");
}

function redirect(uri: string, params: Record<string, string | undefined>): Reply {
  const target = new URL(uri);
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== "") target.searchParams.set(key, value);
  }
  return { status: 302, headers: { location: target.toString(), "cache-control": "no-store" } };
}

function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === "http:" || u.protocol === "https:";
  } catch {
    return false;
  }
}

/**
 * RFC 6749 §4.1.2.1: problems with client_id or redirect_uri are shown to the user (never
 * redirect to an unverified URI); any other problem is reported back to the redirect_uri.
 */
function validateAuthorize(state: State, get: Params): { ok: AuthorizeRequest } | { reply: Reply } {
  const clientId = get("client_id");
  if (!clientId) return { reply: html(400, errorPage("Missing client_id.")) };
  if (clientId !== state.clientId) {
    return { reply: html(400, errorPage(`Invalid client_id: no application is registered as "${clientId}".`)) };
  }
  const redirectUri = get("redirect_uri");
  if (!redirectUri || !isHttpUrl(redirectUri)) {
    return { reply: html(400, errorPage("Missing or invalid redirect_uri.")) };
  }
  const req: AuthorizeRequest = {
    responseType: get("response_type") ?? "",
    clientId,
    redirectUri,
    scope: get("scope") ?? "",
    state: get("state"),
    codeChallenge: get("code_challenge") || undefined,
    codeChallengeMethod: get("code_challenge_method") || undefined,
  };
  const fail = (error: string, description: string) => ({
    reply: redirect(redirectUri, { error, error_description: description, state: req.state }),
  });
  if (req.responseType !== "code") return fail("unsupported_response_type", "response_type must be code");
  if (req.codeChallenge !== undefined || req.codeChallengeMethod !== undefined) {
    if (req.codeChallengeMethod !== "S256") return fail("invalid_request", "code_challenge_method must be S256");
    if (!req.codeChallenge || !/^[A-Za-z0-9_-]{43}$/.test(req.codeChallenge)) {
      return fail("invalid_request", "code_challenge must be a base64url SHA-256 digest (43 characters)");
    }
  }
  return { ok: req };
}

/** GET /oauth/authorize/ — the consent screen. */
export function showAuthorize(state: State, incoming: Incoming): Reply {
  const checked = validateAuthorize(state, paramsFromQuery(incoming.url));
  if ("reply" in checked) return checked.reply;
  return html(200, consentPage(CLIENT_NAME, checked.ok));
}

/** POST /oauth/authorize/ — the consent form's answer. Re-validates: hidden fields are client input. */
export function submitAuthorize(state: State, incoming: Incoming): Reply {
  const get = paramsFromBody(incoming.body);
  const checked = validateAuthorize(state, get);
  if ("reply" in checked) return checked.reply;
  const req = checked.ok;
  const op = get("op");
  if (op === "deny") {
    return redirect(req.redirectUri, {
      error: "access_denied",
      error_description: "The user denied the authorization request.",
      state: req.state,
    });
  }
  if (op !== "approve") return html(400, errorPage('The form must be submitted with op "approve" or "deny".'));
  const user = findUser(get("user") ?? "1");
  if (!user) return html(400, errorPage("Unknown user."));
  const code = randomToken();
  state.codes.set(code, {
    clientId: req.clientId,
    userId: user.id,
    redirectUri: req.redirectUri,
    scope: req.scope,
    codeChallenge: req.codeChallenge ?? null,
    createdAt: Date.now(),
    used: false,
  });
  return redirect(req.redirectUri, { code, state: req.state });
}

function oauthError(status: number, error: string, description?: string): Reply {
  const body: Record<string, string> = { error };
  if (description) body.error_description = description;
  return json(status, body, { "cache-control": "no-store" });
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Client credentials from HTTP Basic (form-encoded per RFC 6749 §2.3.1) or from the body. */
function clientCredentials(incoming: Incoming, get: Params): { id?: string; secret?: string } {
  const header = incoming.headers.authorization;
  if (header && /^basic /i.test(header)) {
    const decoded = Buffer.from(header.slice(6).trim(), "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon < 0) return {};
    try {
      return {
        id: decodeURIComponent(decoded.slice(0, colon).replace(/\+/g, " ")),
        secret: decodeURIComponent(decoded.slice(colon + 1).replace(/\+/g, " ")),
      };
    } catch {
      return {};
    }
  }
  return { id: get("client_id"), secret: get("client_secret") };
}

function issueTokens(state: State, userId: string, scope: string, clientId: string): Reply {
  const user = findUser(userId);
  if (!user) return oauthError(400, "invalid_grant", "Unknown user");
  const accessToken = randomToken();
  const refreshToken = randomToken();
  const expiresIn = state.config.tokenExpiresIn;
  const expiresAt = Date.now() + expiresIn * 1000;
  state.accessTokens.set(accessToken, { userId, scope, expiresAt });
  state.refreshTokens.set(refreshToken, { userId, scope, clientId, current: true });
  return json(
    200,
    {
      access_token: accessToken,
      refresh_token: refreshToken,
      expires_in: expiresIn,
      expires_at: new Date(expiresAt).toISOString(),
      token_type: "bearer",
      scope,
      user: { id: user.id, name: user.name, email: user.email },
    },
    { "cache-control": "no-store", pragma: "no-cache" },
  );
}

function pkceMatches(verifier: string, challenge: string): boolean {
  return createHash("sha256").update(verifier).digest("base64url") === challenge;
}

function exchangeCode(state: State, clientId: string, get: Params): Reply {
  const code = get("code");
  if (!code) return oauthError(400, "invalid_request", "Missing code");
  const grant = state.codes.get(code);
  if (!grant || grant.clientId !== clientId) return oauthError(400, "invalid_grant", "Invalid grant: unknown code");
  if (grant.used) return oauthError(400, "invalid_grant", "Invalid grant: code already used");
  if (Date.now() - grant.createdAt > state.config.codeExpiresIn * 1000) {
    return oauthError(400, "invalid_grant", "Invalid grant: code expired");
  }
  if (get("redirect_uri") !== grant.redirectUri) {
    return oauthError(400, "invalid_grant", "Invalid grant: redirect_uri does not match the authorization request");
  }
  if (grant.codeChallenge !== null) {
    const verifier = get("code_verifier");
    if (!verifier) return oauthError(400, "invalid_grant", "Invalid grant: missing code_verifier");
    if (!/^[A-Za-z0-9\-._~]{43,128}$/.test(verifier)) {
      return oauthError(400, "invalid_grant", "Invalid grant: code_verifier must be 43-128 unreserved characters");
    }
    if (!pkceMatches(verifier, grant.codeChallenge)) {
      return oauthError(400, "invalid_grant", "Invalid grant: code_verifier does not match code_challenge");
    }
  }
  // Consumed only once every check passed, so a failed attempt leaves the code usable.
  grant.used = true;
  return issueTokens(state, grant.userId, grant.scope, clientId);
}

function refresh(state: State, clientId: string, get: Params): Reply {
  const token = get("refresh_token");
  if (!token) return oauthError(400, "invalid_request", "Missing refresh_token");
  const record = state.refreshTokens.get(token);
  if (!record || record.clientId !== clientId || !record.current) {
    return oauthError(400, "invalid_grant", "Invalid grant: refresh token is not valid");
  }
  // Rotation: the old refresh token stops working; its access token lives until it expires.
  record.current = false;
  return issueTokens(state, record.userId, record.scope, clientId);
}

/** POST /oauth/token/ */
export function token(state: State, incoming: Incoming): Reply {
  if (incoming.bodyError) return oauthError(400, "invalid_request", "Malformed request body");
  const get = paramsFromBody(incoming.body);
  const client = clientCredentials(incoming, get);
  if (client.id !== state.clientId || client.secret === undefined || !sameSecret(client.secret, state.clientSecret)) {
    return oauthError(401, "invalid_client");
  }
  const grantType = get("grant_type");
  if (grantType === "authorization_code") return exchangeCode(state, client.id, get);
  if (grantType === "refresh_token") return refresh(state, client.id, get);
  if (!grantType) return oauthError(400, "invalid_request", "Missing grant_type");
  return oauthError(400, "unsupported_grant_type");
}
