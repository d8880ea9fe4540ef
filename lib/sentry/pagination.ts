/**
 * Sentry paginates with a `Link` header:
 * `<url>; rel="previous"; results="false"; cursor="0:0:1", <url>; rel="next"; results="true"; cursor="0:100:0"`.
 * There is a next page only when the `next` link says `results="true"`.
 */
export function parseNextCursor(link: string | null): string | null {
  if (!link) return null;
  for (const part of link.split(/,\s*(?=<)/)) {
    const rel = /rel="([^"]+)"/.exec(part)?.[1];
    const results = /results="([^"]+)"/.exec(part)?.[1];
    const cursor = /cursor="([^"]+)"/.exec(part)?.[1];
    if (rel === "next" && results === "true" && cursor) return cursor;
  }
  return null;
}
