/**
 * What an MCP client may do with a grant, as OAuth scopes. Read is the baseline every client asks
 * for first (it is named in the 401 challenge); write is granted on the consent page, and only
 * where the deployment allows the write tools at all.
 */
export const READ_SCOPE = "sentry:read";
export const WRITE_SCOPE = "sentry:write";
export const SUPPORTED_SCOPES = [READ_SCOPE, WRITE_SCOPE] as const;

export function grantsWrite(scope: readonly string[]): boolean {
  return scope.includes(WRITE_SCOPE);
}
