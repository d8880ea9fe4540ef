import NextAuth from "next-auth";
import { buildAuthConfig } from "@/lib/auth/auth-config";
import { getEnv } from "@/lib/env";

/** The error Auth.js reported while handling a request, for callback-failures.ts to explain. */
const failures = new WeakMap<Request, Error>();

/** Auth.js, initialised per request so it reads the worker's bindings. */
export const { handlers, auth, signIn, signOut } = NextAuth((request) =>
  buildAuthConfig(getEnv(), {
    onError: (error) => {
      if (request) failures.set(request, error);
    },
  }),
);

export function takeAuthFailure(request: Request): Error | undefined {
  const error = failures.get(request);
  failures.delete(request);
  return error;
}
