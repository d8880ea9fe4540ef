/**
 * Where to go after sign-in: only a path on this site. Anything else (another origin,
 * protocol-relative `//host`, backslash tricks, control characters) falls back to "/".
 */
export function safeCallbackPath(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return "/";
  // Browsers strip tabs and newlines from URLs, which could turn "/\t/evil.com" into "//evil.com".
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return "/";
  try {
    const base = "http://internal.invalid";
    const url = new URL(value, base);
    if (url.origin !== base) return "/";
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return "/";
  }
}

/**
 * Auth.js's redirect decision: an absolute URL on this site or a safe path stays, anything else
 * becomes the home page. Applied to every redirect Auth.js makes after sign-in and sign-out.
 */
export function safeRedirectUrl(url: string, baseUrl: string): string {
  const origin = new URL(baseUrl).origin;
  if (url.startsWith("/")) return `${origin}${safeCallbackPath(url)}`;
  try {
    const target = new URL(url);
    if (target.origin !== origin) return `${origin}/`;
    return `${origin}${safeCallbackPath(`${target.pathname}${target.search}${target.hash}`)}`;
  } catch {
    return `${origin}/`;
  }
}
