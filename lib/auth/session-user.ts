/**
 * The signed-in person: the Sentry user id and profile the session cookie holds. A module of its
 * own so that sign-in and the users table can name it without importing session.ts, which
 * reaches them back through the Auth.js configuration.
 */
export type SessionUser = { id: string; name: string; email: string | null; image: string | null };
