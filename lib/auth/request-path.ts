/**
 * Set by middleware.ts on every page request (overwriting anything the browser sent): the path
 * and query asked for. Its own module so the edge middleware does not import Auth.js.
 */
export const REQUEST_PATH_HEADER = "x-request-path";
