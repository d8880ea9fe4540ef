import { getCloudflareContext } from "@opennextjs/cloudflare";
import { readObservabilityConfig, type ObservabilityConfig } from "@/lib/observability/config";
import { parseSharingPolicy, type SharingPolicy } from "@/lib/shares/policy";

/** String settings read from the worker's environment (`.dev.vars` locally, secrets in production). */
export type AppConfig = {
  authSecret: string;
  /** The app's public origin (APP_URL): the OAuth issuer, and the origin of every MCP resource it issues tokens for. */
  appUrl: string;
  sentryUrl: string;
  sentryClientId: string;
  sentryClientSecret: string;
  openaiApiKey: string;
  openaiBaseUrl: string | undefined;
  openaiApiStyle: "responses" | "chat";
  offlineDemo: boolean;
  /** Whether the write tools (and the Sentry write scopes they need) are allowed at all. */
  allowWriteTools: boolean;
  /** Organization slugs the app may be used with, lower-case; empty means every organization. */
  allowedOrgs: string[];
  /** Which shared links may be made and opened: `public` (both kinds), `org` (organization only), `off`. */
  sharingPolicy: SharingPolicy;
  /** Sentry account emails of the people who may open /admin, lower-case. */
  adminEmails: string[];
  /** Sentry error monitoring and tracing (SENTRY_DSN, SENTRY_RELEASE, SENTRY_ENVIRONMENT, SENTRY_TRACES_SAMPLE_RATE); null when off. */
  observability: ObservabilityConfig | null;
};

export function getEnv(): CloudflareEnv {
  return getCloudflareContext().env;
}

export function read(env: CloudflareEnv, name: string): string | undefined {
  const value = (env as unknown as Record<string, unknown>)[name];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/** A typo in a permission switch must not silently widen access, so anything but true/false is refused. */
function readBoolean(env: CloudflareEnv, name: string, fallback: boolean): boolean {
  const value = read(env, name)?.toLowerCase();
  if (value === undefined) return fallback;
  if (value === "true") return true;
  if (value === "false") return false;
  throw new Error(`${name} must be "true" or "false" (see the configuration table in README.md)`);
}

/** A comma-separated list, trimmed and lower-cased, empty entries dropped. */
export function parseList(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((slug) => slug.trim().toLowerCase())
    .filter((slug) => slug !== "");
}

/** The public origin, lower-case and without a path: https, or http on the local machine. */
export function parseAppUrl(value: string | undefined): string {
  let url: URL;
  try {
    url = new URL(value ?? "http://localhost:8787");
  } catch {
    throw new Error(`APP_URL must be a URL such as https://chat.example.com (see the configuration table in README.md)`);
  }
  const local = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && local)) {
    throw new Error("APP_URL must use https (http only on localhost)");
  }
  return url.origin;
}

export function getConfig(env: CloudflareEnv = getEnv()): AppConfig {
  const authSecret = read(env, "AUTH_SECRET");
  if (!authSecret) throw new Error("AUTH_SECRET is not set (see the configuration table in README.md)");
  return {
    authSecret,
    appUrl: parseAppUrl(read(env, "APP_URL")),
    sentryUrl: (read(env, "SENTRY_URL") ?? "https://sentry.io").replace(/\/+$/, ""),
    sentryClientId: read(env, "SENTRY_CLIENT_ID") ?? "",
    sentryClientSecret: read(env, "SENTRY_CLIENT_SECRET") ?? "",
    openaiApiKey: read(env, "OPENAI_API_KEY") ?? "",
    openaiBaseUrl: read(env, "OPENAI_BASE_URL"),
    openaiApiStyle: read(env, "OPENAI_API_STYLE") === "chat" ? "chat" : "responses",
    offlineDemo: read(env, "OFFLINE_DEMO") === "true",
    allowWriteTools: readBoolean(env, "ALLOW_WRITE_TOOLS", true),
    allowedOrgs: parseList(read(env, "ALLOWED_ORGS")),
    sharingPolicy: parseSharingPolicy(read(env, "SHARING_POLICY")),
    adminEmails: parseList(read(env, "ADMIN_EMAILS")),
    observability: readObservabilityConfig((name) => read(env, name)),
  };
}
