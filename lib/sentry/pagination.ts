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

/**
 * For endpoints whose body wraps the rows (`{data: [...]}`), read with the client's `request`,
 * which does not expose the `Link` header: the next cursor is written the way Sentry's offset
 * paginator writes it (`0:<offset + per_page>:0`) when the page came back full.
 */
export function nextOffsetCursor(cursor: string | undefined, perPage: number, received: number): string | null {
  if (received < perPage) return null;
  const offset = Number(cursor?.split(":")[1] ?? 0);
  return `0:${(Number.isInteger(offset) && offset > 0 ? offset : 0) + perPage}:0`;
}
