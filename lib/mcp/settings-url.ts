/**
 * Sentry's settings pages do not live under `/organizations/<org>/` on self-hosted Sentry, so
 * `webUrl` from format.ts cannot build them: `https://<org>.sentry.io/settings/<path>` on sentry.io,
 * `<host>/settings/<org>/<path>` elsewhere.
 */
export function settingsUrl(baseUrl: string, organization: string, path: string): string {
  const clean = path.replace(/^\/+/, "");
  const host = new URL(baseUrl);
  if (host.hostname === "sentry.io" || host.hostname.endsWith(".sentry.io")) {
    return `https://${organization}.sentry.io/settings/${clean}`;
  }
  return `${host.origin}/settings/${organization}/${clean}`;
}
