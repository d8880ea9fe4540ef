import { z } from "zod";

/** Parameters shared by the team, project and DSN tools (beside the common ones in params.ts). */

export const teamSlug = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_.-]+$/, "a team slug, e.g. `backend`")
  .describe("e.g. `backend` (from `find_teams`)");

/** A slug Sentry accepts for a new team or project: lowercase letters, digits, `_` and `-`, not only digits. */
export const newSlug = (what: string, example: string) =>
  z
    .string()
    .trim()
    .min(1)
    .max(50)
    .regex(/^(?![0-9]+$)[a-z0-9_-]+$/, `a ${what} slug of lowercase letters, digits, "_" or "-", e.g. \`${example}\``)
    .optional()
    .describe("Omit to derive it from the name");

export const platform = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-]*$/, "a Sentry platform id, e.g. `python` or `javascript-react`")
  .optional()
  .describe("SDK platform id, e.g. `python-django`, `javascript-react`, `node`, `apple-ios`");
