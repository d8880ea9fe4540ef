import { AuthorizationError, CimdFetchError, type AuthRequest, type OAuthHelpers } from "@cloudflare/workers-oauth-provider";
import { allowedOrganizations, listUserOrganizations } from "@/lib/auth/organizations";
import { getAccessToken } from "@/lib/auth/access-token";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { requestUser } from "@/lib/auth/request-user";
import type { AppConfig } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { toolsetNames, toolsets } from "@/lib/mcp/toolsets";
import { authorizationServer } from "@/lib/oauth/authorization-server";
import { clientIdUrlAllowed } from "@/lib/oauth/cimd-guard";
import {
  CONSENT_VIEW_HEADER,
  encodeConsentView,
  parsePinValue,
  parseToolsetChoice,
  pinValue,
  withinPin,
  type ConsentView,
  type PinOption,
} from "@/lib/oauth/consent-view";
import type { GrantMetadata, GrantProps } from "@/lib/oauth/grant-props";
import { constraintsOfResource, parseResourceIndicator } from "@/lib/oauth/resources";
import { READ_SCOPE, WRITE_SCOPE } from "@/lib/oauth/scopes";
import { sentryClientFor } from "@/lib/sentry/for-deployment";
import { listOrganizationProjects } from "@/lib/sentry/projects";
import type { Settings } from "@/lib/settings/schema";

type Context = {
  request: Request;
  env: CloudflareEnv;
  config: AppConfig;
  settings: Settings;
  /** Renders the app's consent page (a Next.js page) for this request with the view it is to show. */
  renderPage: (request: Request) => Promise<Response>;
};

const UNVERIFIABLE: ConsentView = {
  kind: "error",
  title: "This app could not be verified",
  message: "Its client metadata document is not on a public https address, could not be fetched, or is not valid.",
};

/** Organizations whose projects the consent page offers one by one; beyond them only whole organizations. */
const MAX_ORGANIZATIONS_WITH_PROJECTS = 10;

/**
 * GET /oauth/authorize: validate the client's request (the OAuth library), have the person signed
 * in (Auth.js, coming back here), then show our consent page with a handle bound to this browser.
 */
export async function showConsent({ request, env, config, settings, renderPage }: Context): Promise<Response> {
  const url = new URL(request.url);
  if (!clientIdUrlAllowed(url.searchParams.get("client_id") ?? "", config.appUrl)) {
    return render(renderPage, request, UNVERIFIABLE, 400);
  }
  const oauth = helpersFor(env, config, url.searchParams.get("resource"));
  let authRequest: AuthRequest;
  try {
    authRequest = await oauth.parseAuthRequest(request);
  } catch (error) {
    return refusal(error, renderPage, request);
  }

  const user = await requestUser(request, config.authSecret);
  if (!user) return redirect(`/signin?callbackUrl=${encodeURIComponent(safeCallbackPath(`${url.pathname}${url.search}`))}`);
  if (!settings.externalMcpClients) {
    return render(renderPage, request, { kind: "error", title: "Connecting apps is turned off", message: "An administrator has turned off external MCP clients for this app." }, 403);
  }

  const facts = await Promise.all([
    oauth.describeConsent(authRequest),
    oauth.listUserGrants(user.id),
    pinChoices(env, config, settings, user.id),
  ]).catch((error: unknown) => {
    // The session outlived the person's Sentry grant: signing in again renews it.
    if (error instanceof AppError && error.code === "reauth_required") return null;
    return refusal(error, renderPage, request);
  });
  if (facts instanceof Response) return facts;
  if (!facts) return redirect(`/signin?callbackUrl=${encodeURIComponent(safeCallbackPath(`${url.pathname}${url.search}`))}`);
  const [details, grants, pinOptions] = facts;

  const consent = await oauth.beginConsent(authRequest);
  const resource = authRequest.resource ?? `${config.appUrl}/mcp`;
  const pinned = constraintsOfResource(resource);
  // A URL that pins an organization (or project) leaves only the choices within it.
  const choices = pinOptions.filter((option) => withinPin(parsePinValue(option.value) ?? {}, pinned));
  if (!choices.some((option) => option.value === pinValue(pinned))) {
    choices.unshift({ value: pinValue(pinned), label: [pinned.organization, pinned.project].filter(Boolean).join(" / ") });
  }
  const view: ConsentView = {
    kind: "consent",
    handle: consent.handle,
    resource,
    clientName: details.clientName,
    clientDomain: details.clientDomain,
    logoUri: details.logoUri,
    redirectHost: details.redirectHost,
    redirectIsLoopback: details.redirectIsLoopback,
    firstTime: !grants.items.some((grant) => grant.clientId === authRequest.clientId),
    writeAvailable: config.allowWriteTools && settings.writeToolsAllowed,
    pinned,
    pinOptions: choices,
    toolsetOptions: toolsetNames.filter((name) => name !== "core").map((name) => ({ name, description: toolsets[name] })),
  };
  const page = await render(renderPage, request, view, 200);
  for (const [name, value] of consent.headers) page.headers.append(name, value);
  return page;
}

/** POST /oauth/authorize: the consent form. Deny answers the client `access_denied`; approve issues the grant. */
export async function submitConsent({ request, env, config, settings, renderPage }: Context): Promise<Response> {
  const form = await request.formData().catch(() => null);
  const field = (name: string) => (typeof form?.get(name) === "string" ? String(form?.get(name)) : "");
  const handle = field("handle");
  const resource = parseResourceIndicator(config.appUrl, field("resource"));
  if (!form || !handle || !resource) {
    return render(renderPage, request, { kind: "error", title: "This request is not valid", message: "Start connecting again from your MCP client." }, 400);
  }
  const oauth = helpersFor(env, config, resource);

  const user = await requestUser(request, config.authSecret);
  if (!user) return render(renderPage, request, { kind: "error", title: "Signed out", message: "Your session ended. Start connecting again from your MCP client." }, 401);

  try {
    if (field("decision") !== "approve") {
      const denied = await oauth.denyConsent(request, handle);
      return new Response(null, { status: 302, headers: denied.headers });
    }
    if (!settings.externalMcpClients) {
      return render(renderPage, request, { kind: "error", title: "Connecting apps is turned off", message: "An administrator has turned off external MCP clients for this app." }, 403);
    }
    const pin = parsePinValue(field("target"));
    if (!pin || !withinPin(pin, constraintsOfResource(resource))) {
      return render(renderPage, request, { kind: "error", title: "This request is not valid", message: "Choose organizations from the list." }, 400);
    }
    const toolChoice = parseToolsetChoice(form.getAll("toolset").filter((value) => typeof value === "string"));
    if (!toolChoice) {
      return render(renderPage, request, { kind: "error", title: "This request is not valid", message: "Choose tool groups from the list." }, 400);
    }
    const write = field("access") === "write" && config.allowWriteTools && settings.writeToolsAllowed;
    const scope = write ? [READ_SCOPE, WRITE_SCOPE] : [READ_SCOPE];
    const approved = await oauth.approveConsent(request, handle, { scope });
    const client = await oauth.lookupClient(approved.request.clientId);
    const connectionId = crypto.randomUUID();
    const metadata: GrantMetadata = { connectionId, clientName: client?.clientName ?? approved.request.clientId, ...pin };
    const props: GrantProps = { userId: user.id, connectionId, ...pin, ...toolChoice };
    const { redirectTo } = await oauth.completeAuthorization({ request: approved.request, userId: user.id, metadata, scope, props });
    approved.headers.set("location", redirectTo);
    return new Response(null, { status: 302, headers: approved.headers });
  } catch (error) {
    return refusal(error, renderPage, request);
  }
}

function helpersFor(env: CloudflareEnv, config: AppConfig, resourceParameter: string | null): OAuthHelpers {
  const resource = parseResourceIndicator(config.appUrl, resourceParameter);
  return authorizationServer(config.appUrl, resource ? [resource] : []).getOAuthApi(env);
}

/**
 * The library's verdict on a request it refused: back to the client when the client and its
 * redirect URI are verified, otherwise an error page of ours (never a redirect to an unverified URI).
 */
async function refusal(error: unknown, renderPage: Context["renderPage"], request: Request): Promise<Response> {
  if (error instanceof AuthorizationError && error.redirectTo) return new Response(null, { status: 302, headers: { location: error.redirectTo } });
  if (error instanceof AuthorizationError) {
    return render(renderPage, request, { kind: "error", title: "This app cannot connect", message: error.description }, 400);
  }
  if (error instanceof CimdFetchError) return render(renderPage, request, UNVERIFIABLE, 400);
  throw error;
}

async function render(renderPage: Context["renderPage"], request: Request, view: ConsentView, status: number): Promise<Response> {
  const headers = new Headers(request.headers);
  headers.set(CONSENT_VIEW_HEADER, encodeConsentView(view));
  const page = await renderPage(new Request(request.url, { method: "GET", headers }));
  const response = new Response(page.body, { status, headers: page.headers });
  response.headers.set("cache-control", "no-store");
  return response;
}

function redirect(location: string): Response {
  return new Response(null, { status: 302, headers: { location, "cache-control": "no-store" } });
}

/** All organizations, each allowed organization, and (for the first few) each of its projects. */
async function pinChoices(env: CloudflareEnv, config: AppConfig, settings: Settings, userId: string): Promise<PinOption[]> {
  const organizations = allowedOrganizations(await listUserOrganizations(env.KV, config, userId), settings.allowedOrgs);
  const sentry = sentryClientFor(config, env.KV, await getAccessToken(env.KV, config, userId));
  const projects = await Promise.all(
    organizations.slice(0, MAX_ORGANIZATIONS_WITH_PROJECTS).map((organization) =>
      listOrganizationProjects(sentry, organization.slug, { perPage: 100 }).then(
        (page) => page.items,
        () => [],
      ),
    ),
  );
  return [
    { value: "all", label: "All my organizations" },
    ...organizations.flatMap((organization, index) => [
      { value: pinValue({ organization: organization.slug }), label: organization.name },
      ...(projects[index] ?? []).map((project) => ({
        value: pinValue({ organization: organization.slug, project: project.slug }),
        label: `${organization.name} / ${project.slug}`,
      })),
    ]),
  ];
}
