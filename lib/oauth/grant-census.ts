/**
 * How many MCP connections (OAuth grants) each person has, for the admin page. The library lists
 * grants one person at a time only, which would cost a KV list and a read per grant for every
 * person; its documented storage layout keys each grant `grant:<userId>:<grantId>`, so one list of
 * key names (a thousand a call) counts them all without reading any.
 */
const GRANT_PREFIX = "grant:";

/** Listing stops after this many pages (1,000 keys each), well within a request's KV operations. */
const MAX_PAGES = 20;

export type GrantCensus = {
  /** Grants per person id. */
  byUser: Map<string, number>;
  /** False when there were more grants than one census counts; the counts are then lower bounds. */
  complete: boolean;
};

export async function grantCensus(kv: KVNamespace): Promise<GrantCensus> {
  const byUser = new Map<string, number>();
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const listed = await kv.list({ prefix: GRANT_PREFIX, cursor });
    for (const key of listed.keys) {
      const userId = grantOwner(key.name);
      if (userId !== null) byUser.set(userId, (byUser.get(userId) ?? 0) + 1);
    }
    if (listed.list_complete) return { byUser, complete: true };
    cursor = listed.cursor;
  }
  return { byUser, complete: false };
}

/** The person a grant key belongs to. Grant ids never contain `:`, so the last one ends the user id (as the library splits it). */
export function grantOwner(keyName: string): string | null {
  if (!keyName.startsWith(GRANT_PREFIX)) return null;
  const rest = keyName.slice(GRANT_PREFIX.length);
  const separator = rest.lastIndexOf(":");
  if (separator <= 0 || separator === rest.length - 1) return null;
  return rest.slice(0, separator);
}
