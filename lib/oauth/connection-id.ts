/** The OAuth library names grants with 16 URL-safe characters; a connection's id is its grant's. */
const GRANT_ID_PATTERN = /^[A-Za-z0-9_-]{16}$/;

/** Whether a string could name a connection; anything else is answered like an unknown one. */
export function isConnectionId(value: string): boolean {
  return GRANT_ID_PATTERN.test(value);
}
