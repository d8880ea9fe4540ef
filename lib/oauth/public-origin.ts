/**
 * The OAuth library serves only requests on the issuer's (and resource's) own origin. The worker
 * is also reached at other addresses — its own, locally — so requests are restated on the
 * configured public origin; what decides access is the token's audience, not the Host header.
 */
export function atOrigin(request: Request, origin: string): Request {
  const url = new URL(request.url);
  if (url.origin === origin) return request;
  return new Request(`${origin}${url.pathname}${url.search}`, request);
}
