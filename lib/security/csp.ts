/**
 * The page Content-Security-Policy: scripts only with this request's nonce, no plugins, no framing.
 * `reportTo` is the Sentry ingest origin the browser may send events to, when monitoring is on.
 */
export function contentSecurityPolicy(nonce: string, development: boolean, reportTo?: string): string {
  return [
    "default-src 'self'",
    // React's development build evaluates code; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self'",
    `connect-src 'self'${reportTo ? ` ${reportTo}` : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
